// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import type { Actor } from "./session";
import { NotFoundError } from "./errors";
import { questionRowSelect, toDomainQuestion } from "./question-record";
import { parseQuizSettings, type QuizSettings } from "./quiz-settings";

export interface LoadedAttempt {
  id: string;
  status: string;
  preview: boolean;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
  quiz: { id: string; title: string; settings: QuizSettings; closeAt: Date | null };
  questions: {
    id: string;
    position: number;
    points: number;
    version: number;
    question: Question;
    article: { id: string; title: string; source: string | null } | null;
  }[];
  responses: Map<string, { questionVersion: number; response: string; fraction: number; points: number }>;
}

const layoutSchema = z.array(z.object({ questionId: z.string(), points: z.number() }));

/**
 * An attempt with its questions in the order it shows them (answer keys included: for server
 * use only), if it belongs to the actor. Someone else's attempt is reported as not found.
 * Two queries: the attempt, then its questions.
 */
export async function loadAttempt({ attemptId, actor }: { attemptId: string; actor: Actor }): Promise<LoadedAttempt> {
  const db = getDb();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: actor.id },
    select: {
      id: true,
      status: true,
      preview: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      layout: true,
      quiz: { select: { id: true, title: true, settings: true, closeAt: true, questions: { orderBy: { position: "asc" }, select: { questionId: true, points: true } } } },
      responses: { select: { questionId: true, questionVersion: true, response: true, fraction: true, points: true } },
    },
  });
  if (!attempt) throw new NotFoundError("Attempt");
  const stored = layoutSchema.safeParse(JSON.parse(attempt.layout));
  // Attempts started before layouts existed show the quiz's own questions.
  const layout = stored.success && stored.data.length ? stored.data : attempt.quiz.questions;
  const rows = await db.question.findMany({
    where: { id: { in: layout.map((l) => l.questionId) } },
    select: { id: true, version: true, ...questionRowSelect, article: { select: { id: true, title: true, source: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    id: attempt.id,
    status: attempt.status,
    preview: attempt.preview,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    submittedAt: attempt.submittedAt,
    score: attempt.score,
    maxScore: attempt.maxScore,
    quiz: { id: attempt.quiz.id, title: attempt.quiz.title, settings: parseQuizSettings(attempt.quiz.settings), closeAt: attempt.quiz.closeAt },
    questions: layout.flatMap((entry, position) => {
      const row = byId.get(entry.questionId);
      if (!row) return []; // a question deleted since: nothing to show or mark
      return [{ id: row.id, position, points: entry.points, version: row.version, question: toDomainQuestion(row), article: row.article }];
    }),
    responses: new Map(attempt.responses.map(({ questionId, ...r }) => [questionId, r])),
  };
}
