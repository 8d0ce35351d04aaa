import "server-only";
// The report's per-response data, reduced by the database: a quiz taken by 500 learners has
// 10,000 first-attempt responses, and loading them (answer JSON included) through Prisma took
// longer than the whole page may (tests/bench/scale.bench.ts). Plain SQL that SQLite and
// PostgreSQL both run (docs/decisions/010-aggregates-in-sql.md), sent through direct SQL
// (prisma/direct-sql.ts): Prisma's handling of 10,000 rows of marks cost more than the statement.
import { getDb } from "@/prisma/client";
import { directSql, sql } from "@/prisma/direct-sql";

/**
 * Each learner's first submitted attempt at the quiz (previews never count), as `a`: no earlier
 * submitted attempt by the same learner, earlier meaning by submission time, then id. The
 * Attempt_quiz_grades_idx index answers the NOT EXISTS without reading rows.
 */
const firstAttempts = (quizId: string) => sql`
  FROM "Attempt" a
  WHERE a."quizId" = ${quizId} AND a."status" = 'submitted' AND a."preview" = false
    AND NOT EXISTS (
      SELECT 1 FROM "Attempt" e
      WHERE e."quizId" = a."quizId" AND e."status" = 'submitted' AND e."preview" = false AND e."userId" = a."userId"
        AND (e."submittedAt" < a."submittedAt" OR (e."submittedAt" = a."submittedAt" AND e."id" < a."id")))`;

/** The marks of every response in the learners' first attempts: the item analysis's input. */
export async function firstAttemptMarks(quizId: string): Promise<{ attemptId: string; questionId: string; points: number }[]> {
  // MATERIALIZED: the first attempts are found first (a few hundred, from the index alone), then
  // their responses. Inlined, PostgreSQL joined every attempt of the quiz to its responses before
  // ruling out the later ones, reading the whole Attempt table in parallel: 150 ms of a report
  // that should take 30 (decision 030). SQLite (3.35 and later) accepts the same words.
  const db = await directSql(getDb());
  const rows = await db.query<{ attemptId: string; questionId: string; points: number }>(sql`
    WITH "firsts" AS MATERIALIZED (SELECT a."id" ${firstAttempts(quizId)})
    SELECT r."attemptId", r."questionId", r."points"
    FROM "firsts" f
    JOIN "Response" r ON r."attemptId" = f."id"`);
  return rows.map((r) => ({ attemptId: r.attemptId, questionId: r.questionId, points: Number(r.points) }));
}

export interface AnswerGroup {
  questionId: string;
  /** The stored response JSON. */
  response: string;
  correct: boolean;
  count: number;
  /** Where the group's first response falls among first attempts in submission order (1 = first). */
  firstRank: number;
}

/**
 * What learners answered on their first attempts, per question: identical responses counted
 * together, apart by whether they earned full marks, with the position of their first occurrence
 * (the report lists answers most common first, ties in the order they were first given). First
 * attempts without a response to a question are not here: the caller knows them from the marks.
 */
export async function firstAttemptAnswers(quizId: string): Promise<AnswerGroup[]> {
  const db = await directSql(getDb());
  const rows = await db.query<{ questionId: string; response: string; correct: number | bigint; count: number | bigint; firstRank: number | bigint }>(sql`
    WITH "firsts" AS (SELECT a."id", ROW_NUMBER() OVER (ORDER BY a."submittedAt", a."id") AS "rank" ${firstAttempts(quizId)})
    SELECT r."questionId", r."response", CASE WHEN r."fraction" >= 1 THEN 1 ELSE 0 END AS "correct", COUNT(*) AS "count", MIN(f."rank") AS "firstRank"
    FROM "firsts" f JOIN "Response" r ON r."attemptId" = f."id"
    GROUP BY r."questionId", r."response", CASE WHEN r."fraction" >= 1 THEN 1 ELSE 0 END`);
  return rows.map((r) => ({ questionId: r.questionId, response: r.response, correct: Number(r.correct) === 1, count: Number(r.count), firstRank: Number(r.firstRank) }));
}
