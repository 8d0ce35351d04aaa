import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { NotFoundError } from "./errors";
import { parseQuizSettings } from "./quiz-settings";

/**
 * Starts an attempt at a published quiz, or returns the learner's attempt in progress so that a
 * reload or a second tab resumes rather than restarts.
 */
export async function startAttempt({ quizId, actor, now = new Date() }: { quizId: string; actor: Actor; now?: Date }) {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, status: "published" },
    select: { id: true, settings: true, openAt: true, closeAt: true, questions: { select: { points: true } } },
  });
  if (!quiz || (quiz.openAt && quiz.openAt > now) || (quiz.closeAt && quiz.closeAt <= now)) {
    throw new NotFoundError("Quiz");
  }
  const existing = await db.attempt.findFirst({
    where: { quizId, userId: actor.id, status: "in_progress" },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  if (existing) return existing;

  const { timeLimitSeconds } = parseQuizSettings(quiz.settings);
  return db.attempt.create({
    data: {
      quizId,
      userId: actor.id,
      startedAt: now,
      deadlineAt: timeLimitSeconds ? new Date(now.getTime() + timeLimitSeconds * 1000) : null,
      maxScore: quiz.questions.reduce((sum, q) => sum + q.points, 0),
    },
    select: { id: true },
  });
}
