// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
import { randomInt } from "node:crypto";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { ForbiddenError, NotFoundError } from "./errors";
import { assertOwner } from "./permissions";
import { drawPool, parseDrawRules, parseQuizSettings } from "./quiz-settings";

export class AttemptLimitError extends ForbiddenError {
  constructor(allowed: number) {
    super(`This quiz allows ${allowed} attempt${allowed === 1 ? "" : "s"}, and you have used ${allowed === 1 ? "it" : "them all"}.`);
    this.name = "AttemptLimitError";
  }
}

export interface LayoutEntry {
  questionId: string;
  points: number;
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Starts an attempt at a published quiz, or returns the learner's attempt in progress so that a
 * reload or a second tab resumes rather than restarts. The questions (fixed ones, shuffled if
 * the quiz says so, plus any drawn at random from a tag or article) are fixed here, once.
 * A teacher may preview their own quiz, published or not; previews count nowhere.
 */
export async function startAttempt({ quizId, actor, now = new Date(), preview = false }: { quizId: string; actor: Actor; now?: Date; preview?: boolean }) {
  const db = getDb();
  const quiz = await db.quiz.findFirst({
    where: preview ? { id: quizId } : { id: quizId, status: "published" },
    select: { id: true, ownerId: true, isDemo: true, settings: true, drawRules: true, openAt: true, closeAt: true, questions: { orderBy: { position: "asc" }, select: { questionId: true, points: true } } },
  });
  if (!quiz) throw new NotFoundError("Quiz");
  // Guests may try the demo quiz, nothing else: other quizzes are for people with accounts.
  if (actor.isGuest && !quiz.isDemo) throw new ForbiddenError("Create an account to take this quiz.");
  if (preview) assertOwner(actor, quiz.ownerId, "Quiz");
  else if ((quiz.openAt && quiz.openAt > now) || (quiz.closeAt && quiz.closeAt <= now)) throw new NotFoundError("Quiz");

  const existing = await db.attempt.findFirst({
    where: { quizId, userId: actor.id, status: "in_progress", preview },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  if (existing) return { id: existing.id, resumed: true };

  const settings = parseQuizSettings(quiz.settings);
  if (!preview && settings.attemptsAllowed) {
    const used = await db.attempt.count({ where: { quizId, userId: actor.id, preview: false } });
    if (used >= settings.attemptsAllowed) throw new AttemptLimitError(settings.attemptsAllowed);
  }

  const fixed: LayoutEntry[] = quiz.questions.map((q) => ({ questionId: q.questionId, points: q.points }));
  const layout = settings.shuffleQuestions ? shuffled(fixed) : fixed;
  const taken = new Set(layout.map((l) => l.questionId));
  for (const rule of parseDrawRules(quiz.drawRules)) {
    const pool = await db.question.findMany({
      where: { ...drawPool(rule, quiz.ownerId, now), id: { notIn: [...taken] } },
      select: { id: true },
      take: 1000,
    });
    for (const q of shuffled(pool).slice(0, rule.count)) {
      layout.push({ questionId: q.id, points: rule.points });
      taken.add(q.id);
    }
  }

  if (layout.length === 0) throw new NotFoundError("Quiz"); // nothing to ask yet (a draw with an empty pool)
  const created = await db.attempt.create({
    data: {
      quizId,
      userId: actor.id,
      preview,
      startedAt: now,
      deadlineAt: settings.timeLimitSeconds ? new Date(now.getTime() + settings.timeLimitSeconds * 1000) : null,
      maxScore: layout.reduce((sum, q) => sum + q.points, 0),
      layout: JSON.stringify(layout),
    },
    select: { id: true },
  });
  return { id: created.id, resumed: false };
}
