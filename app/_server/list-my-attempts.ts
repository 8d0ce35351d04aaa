import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { secondsTaken } from "./score-history-stats";

export interface AttemptSummary {
  id: string;
  quizId: string;
  quizTitle: string;
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
  /** From start to submission; null while in progress. */
  seconds: number | null;
}

/** The actor's own attempts, newest first, from `offset` on. One query (the index on userId, startedAt serves it). */
export async function listMyAttempts({ actor, limit = 100, offset = 0 }: { actor: Actor; limit?: number; offset?: number }): Promise<AttemptSummary[]> {
  const attempts = await getDb().attempt.findMany({
    where: { userId: actor.id, preview: false },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    skip: Math.max(0, offset),
    take: Math.min(Math.max(limit, 1), 500),
    select: {
      id: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      quiz: { select: { id: true, title: true } },
    },
  });
  return attempts.map(({ quiz, ...a }) => ({ ...a, quizId: quiz.id, quizTitle: quiz.title, seconds: secondsTaken(a.startedAt, a.submittedAt) }));
}

/** How many attempts listMyAttempts can page through. */
export async function countMyAttempts({ actor }: { actor: Actor }): Promise<number> {
  return getDb().attempt.count({ where: { userId: actor.id, preview: false } });
}
