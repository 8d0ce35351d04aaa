import { getDb } from "@/prisma/client";
import { directSql, sql } from "@/prisma/direct-sql";
import type { Actor } from "../auth/session";
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

/**
 * The actor's own attempts, newest first, from `offset` on. One statement (the index on userId,
 * startedAt serves it), in direct SQL (decision 012): every learner sees it after each quiz.
 */
export async function listMyAttempts({ actor, limit = 100, offset = 0 }: { actor: Actor; limit?: number; offset?: number }): Promise<AttemptSummary[]> {
  const db = await directSql(getDb());
  const attempts = await db.query<Omit<AttemptSummary, "seconds">>(sql`
    SELECT a."id", a."status", a."startedAt", a."submittedAt", a."score", a."maxScore", q."id" AS "quizId", q."title" AS "quizTitle"
    FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId"
    WHERE a."userId" = ${actor.id} AND a."preview" = ${false}
    ORDER BY a."startedAt" DESC, a."id" DESC
    LIMIT ${Math.min(Math.max(Math.trunc(limit), 1), 500)} OFFSET ${Math.max(0, Math.trunc(offset))}`);
  return attempts.map((a) => ({ ...a, seconds: secondsTaken(a.startedAt, a.submittedAt) }));
}

/** How many attempts listMyAttempts can page through. */
export async function countMyAttempts({ actor }: { actor: Actor }): Promise<number> {
  const db = await directSql(getDb());
  const [row] = await db.query<{ count: number }>(sql`SELECT COUNT(*) AS "count" FROM "Attempt" WHERE "userId" = ${actor.id} AND "preview" = ${false}`);
  return row?.count ?? 0;
}
