// The score history's aggregates, summed by the database rather than in JavaScript: a learner
// with hundreds of attempts has thousands of responses, and a class of 500 tens of thousands of
// attempts; loading those rows through Prisma took half a second (tests/bench/scale.bench.ts).
// Plain SQL that SQLite and PostgreSQL both run (docs/decisions/010-aggregates-in-sql.md):
// double-quoted identifiers, CASE rather than MIN/MAX/LEAST/GREATEST, window functions.
import { getDb } from "@/prisma/client";
import { directSql, join, list, raw, sql, type Statement } from "@/prisma/direct-sql";
import type { QuizSettings } from "../quizzes/quiz-settings";
import { medianOfCounts, type Tally } from "./score-history-stats";

/** A learner's newest `limit` submitted attempts (previews never count), with their quiz. */
function newestSubmitted(userId: string, limit: number): Statement {
  return sql`SELECT "id", "quizId" FROM "Attempt"
    WHERE "userId" = ${userId} AND "status" = 'submitted' AND "preview" = false AND "submittedAt" IS NOT NULL
    ORDER BY "submittedAt" DESC, "id" DESC LIMIT ${limit}`;
}

// A response's fraction clamped to 0..1, as tallyAccuracy does.
const EARNED = raw(`CASE WHEN r."fraction" >= 1 THEN 1.0 WHEN r."fraction" <= 0 THEN 0.0 ELSE r."fraction" END`);
const CORRECT = raw(`CASE WHEN r."fraction" >= 1 THEN 1 ELSE 0 END`);

interface TallyRow {
  key: string | null;
  quizId: string;
  answered: number | bigint;
  correct: number | bigint;
  earned: number | null;
}

/**
 * A tally of one quiz's responses. Kept per quiz so the caller can leave out quizzes whose marks
 * the learner may not see yet (score only, or after close before it closes): summed over every
 * quiz, the tallies before and after an attempt would tell which of its answers were right.
 */
export type QuizTally<K = string> = Omit<Tally, "key"> & { key: K; quizId: string };

const toTally = (row: TallyRow) => ({
  key: row.key,
  quizId: row.quizId,
  answered: Number(row.answered),
  correct: Number(row.correct),
  earned: Number(row.earned ?? 0),
});

/** Responses in those attempts tallied per quiz and fact kind of their question (null: hand-written). */
export async function tallyByFactKind(userId: string, limit: number): Promise<QuizTally<string | null>[]> {
  const db = await directSql(getDb());
  const rows = await db.query<TallyRow>(sql`
    SELECT q."factKind" AS "key", a."quizId" AS "quizId", COUNT(*) AS "answered", SUM(${CORRECT}) AS "correct", SUM(${EARNED}) AS "earned"
    FROM (${newestSubmitted(userId, limit)}) a JOIN "Response" r ON r."attemptId" = a."id" JOIN "Question" q ON q."id" = r."questionId"
    GROUP BY q."factKind", a."quizId"`);
  return rows.map(toTally);
}

/** Responses in those attempts tallied per quiz and tag: a response counts once for each tag its question has. */
export async function tallyByTag(userId: string, limit: number): Promise<QuizTally[]> {
  const db = await directSql(getDb());
  const rows = await db.query<TallyRow>(sql`
    SELECT t."name" AS "key", a."quizId" AS "quizId", COUNT(*) AS "answered", SUM(${CORRECT}) AS "correct", SUM(${EARNED}) AS "earned"
    FROM (${newestSubmitted(userId, limit)}) a JOIN "Response" r ON r."attemptId" = a."id"
      JOIN "QuestionTag" qt ON qt."questionId" = r."questionId" JOIN "Tag" t ON t."id" = qt."tagId"
    GROUP BY t."name", a."quizId"`);
  return rows.map((row) => ({ ...toTally(row), key: row.key ?? "" }));
}

export interface AssignedQuiz {
  classId: string;
  quizId: string;
  grading: QuizSettings["grading"];
}

export interface StandingRow {
  classId: string;
  quizId: string;
  /** Class members with a grade for the quiz. */
  graded: number;
  /** The median of their grades. */
  median: number | null;
  /** The actor's own grade, null if they have not submitted it. */
  you: number | null;
}

// An attempt's score as a fraction of its maximum, clamped to 0..1, as scoreFraction does.
const fractionOf = (a: string) =>
  raw(`CASE WHEN ${a}."score" IS NULL OR ${a}."maxScore" <= 0 THEN 0.0 WHEN ${a}."score" >= ${a}."maxScore" THEN 1.0
    WHEN ${a}."score" <= 0 THEN 0.0 ELSE ${a}."score" / ${a}."maxScore" END`);
const SUBMITTED = (a: string) => raw(`${a}."status" = 'submitted' AND ${a}."preview" = false`);

/**
 * Per class and assigned quiz: how many members have a grade, the median grade and the actor's.
 * Each member's grade follows the quiz's grading method over their submitted attempts (previews
 * never count), as finalGrade does; the median is the middle grade, or the mean of the middle two.
 * Only numbers leave the database: no classmate's id, name or score.
 *
 * The shape is chosen for speed (a year group of 500 and 25 quizzes is 12,500 grades): one pass
 * over the Attempt_quiz_grades_idx index groups attempts per quiz and learner without sorting or
 * reading rows, and the first or latest attempt is looked up in that index only for quizzes graded
 * that way and learners with more than one attempt. Window functions over every attempt cost
 * several times more on SQLite. The quizzes are a list of ids rather than a join to "assigned":
 * PostgreSQL then scans the index for them in order and groups as it goes; joined, it hashed the
 * 14,000 attempts of a year group instead, which took 45 ms of its CPU rather than 28 (decision 030).
 */
export async function classStandingRows(actorId: string, assigned: readonly AssignedQuiz[]): Promise<StandingRow[]> {
  if (!assigned.length) return [];
  // Each (class, quiz) pair is numbered: partitions and groups then sort numbers, not text
  // (PostgreSQL compares text by its collation, which is slow over 12,500 rows).
  const pairs = join(
    assigned.map(
      (a, k) => sql`SELECT CAST(${k} AS INTEGER) AS "pair", CAST(${a.classId} AS TEXT) AS "classId", CAST(${a.quizId} AS TEXT) AS "quizId", CAST(${a.grading} AS TEXT) AS "grading"`,
    ),
    " UNION ALL ",
  );
  const db = await directSql(getDb());
  const rows = await db.query<{ pair: number; grade: number; count: number; mine: number }>(sql`
    WITH "assigned" AS (${pairs}),
    "perLearner" AS (
      SELECT a."quizId", a."userId", MAX(${fractionOf("a")}) AS "highest", AVG(${fractionOf("a")}) AS "average",
        MIN(a."submittedAt") AS "firstAt", MAX(a."submittedAt") AS "latestAt", COUNT(*) AS "attempts"
      FROM "Attempt" a
      WHERE a."quizId" IN (${list([...new Set(assigned.map((a) => a.quizId))])}) AND ${SUBMITTED("a")}
      GROUP BY a."quizId", a."userId"
    ),
    "grades" AS (
      SELECT s."pair", p."userId",
        CASE
          -- One attempt (most learners): it is the first, the latest, the best and the average.
          WHEN p."attempts" = 1 THEN p."highest"
          WHEN s."grading" = 'first' THEN (SELECT ${fractionOf("b")} FROM "Attempt" b
            WHERE b."quizId" = p."quizId" AND ${SUBMITTED("b")} AND b."userId" = p."userId" AND b."submittedAt" = p."firstAt" ORDER BY b."id" LIMIT 1)
          WHEN s."grading" = 'latest' THEN (SELECT ${fractionOf("b")} FROM "Attempt" b
            WHERE b."quizId" = p."quizId" AND ${SUBMITTED("b")} AND b."userId" = p."userId" AND b."submittedAt" = p."latestAt" ORDER BY b."id" DESC LIMIT 1)
          WHEN s."grading" = 'average' THEN p."average"
          ELSE p."highest" END AS "grade"
      FROM "assigned" s
      JOIN "perLearner" p ON p."quizId" = s."quizId"
      JOIN "ClassMember" m ON m."classId" = s."classId" AND m."userId" = p."userId"
    )
    -- How many members have each grade, and whether the actor is one of them: at most a few dozen
    -- distinct grades per quiz, from which the median is read (medianOfCounts). Cheaper than
    -- ranking 12,500 grades with a window function.
    SELECT "pair", "grade", COUNT(*) AS "count", SUM(CASE WHEN "userId" = ${actorId} THEN 1 ELSE 0 END) AS "mine"
    FROM "grades"
    GROUP BY "pair", "grade"`);
  const byPair = new Map<number, { value: number; count: number; mine: boolean }[]>();
  for (const r of rows) {
    const list = byPair.get(Number(r.pair)) ?? [];
    list.push({ value: Number(r.grade), count: Number(r.count), mine: Number(r.mine) > 0 });
    byPair.set(Number(r.pair), list);
  }
  return [...byPair.entries()].map(([pair, grades]) => {
    const { classId, quizId } = assigned[pair]!;
    return { classId, quizId, graded: grades.reduce((n, g) => n + g.count, 0), median: medianOfCounts(grades), you: grades.find((g) => g.mine)?.value ?? null };
  });
}
