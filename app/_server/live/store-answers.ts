// Storing live answers: one statement for any number of them, each row re-checked in the database
// (the player by the token's hash in that game, the game open at that question since the moment
// the points were worked out from, one answer a player a question), then one count of who is
// still to answer. On PostgreSQL the answers that arrive while a write is under way are written
// (and counted) together by the next one.
// docs/decisions/031-live-answers-in-one-statement-and-together.md
import { getDb } from "@/prisma/client";
import { directSql, join, raw, sql, type Statement } from "@/prisma/direct-sql";

export interface AnswerRow {
  /** The new answer's id: the statement returns the ids it stored. */
  id: string;
  tokenHash: string;
  gameId: string;
  questionIndex: number;
  questionId: string;
  /** The learner response as JSON. */
  response: string;
  receivedAt: Date;
  elapsedMs: number;
  fraction: number;
  correct: boolean;
  points: number;
  /** When the question opened, as the points were computed from it (a pause moves it on). */
  openedAt: Date;
}

/** At most this many answers in one statement (a room of 200 answering at once fits in one). */
const MAX_ROWS = 200;

function values(row: AnswerRow, postgres: boolean): Statement {
  // PostgreSQL cannot infer a VALUES list's types from untyped parameters.
  const t = (type: string) => raw(postgres ? `::${type}` : "");
  return sql`(${row.id}${t("text")}, ${row.tokenHash}${t("text")}, ${row.gameId}${t("text")}, ${row.questionIndex}${t("integer")}, ${row.questionId}${t("text")},
    ${row.response}${t("text")}, ${row.receivedAt}${t("timestamp(3)")}, ${row.elapsedMs}${t("integer")}, ${row.fraction}${t("double precision")},
    ${row.correct}${t("boolean")}, ${row.points}${t("integer")}, ${row.openedAt}${t("timestamp(3)")})`;
}

/** Writes `rows` in one statement; returns the ids of those stored (the others were refused). */
export async function insertAnswers(rows: readonly AnswerRow[]): Promise<Set<string>> {
  const direct = await directSql(getDb());
  // `WHERE true`: SQLite needs a WHERE before ON CONFLICT in an INSERT … SELECT (its parser would
  // take ON CONFLICT for a join's ON).
  const stored = await direct.query<{ id: string }>(sql`
    WITH v ("id", "tokenHash", "gameId", "questionIndex", "questionId", "response", "receivedAt", "elapsedMs", "fraction", "correct", "points", "openedAt")
      AS (VALUES ${join(rows.map((row) => values(row, direct.postgres)), ", ")})
    INSERT INTO "LiveAnswer" ("id", "gameId", "playerId", "questionIndex", "questionId", "response", "receivedAt", "elapsedMs", "fraction", "correct", "points")
    SELECT v."id", v."gameId", p."id", v."questionIndex", v."questionId", v."response", v."receivedAt", v."elapsedMs", v."fraction", v."correct", v."points"
    FROM v
    JOIN "LivePlayer" p ON p."tokenHash" = v."tokenHash" AND p."gameId" = v."gameId"
    JOIN "LiveGame" g ON g."id" = v."gameId" AND g."state" = 'open' AND g."questionIndex" = v."questionIndex" AND g."questionOpenedAt" = v."openedAt"
    WHERE true
    ON CONFLICT ("playerId", "questionIndex") DO NOTHING
    RETURNING "id"`);
  return new Set(stored.map((r) => r.id));
}

/** (game, question) as a key: the count below is per question of a game. */
const keyOf = (row: Pick<AnswerRow, "gameId" | "questionIndex">) => `${row.gameId}:${row.questionIndex}`;

/**
 * For each (game, question) of `rows`, how many players have not answered it yet, counted after
 * the answers were committed: of two last answers committed at once by two processes, the later
 * count sees both, so the question is closed by at least one of them.
 */
async function countWaiting(rows: readonly AnswerRow[]): Promise<Map<string, number>> {
  const direct = await directSql(getDb());
  const keys = [...new Map(rows.map((r) => [keyOf(r), r])).values()];
  const t = (type: string) => raw(direct.postgres ? `::${type}` : "");
  const counted = await direct.query<{ gameId: string; questionIndex: number; waiting: number }>(sql`
    WITH k ("gameId", "questionIndex") AS (VALUES ${join(keys.map((r) => sql`(${r.gameId}${t("text")}, ${r.questionIndex}${t("integer")})`), ", ")})
    SELECT k."gameId", k."questionIndex",
           (SELECT COUNT(*) FROM "LivePlayer" p WHERE p."gameId" = k."gameId")
             - (SELECT COUNT(*) FROM "LiveAnswer" a WHERE a."gameId" = k."gameId" AND a."questionIndex" = k."questionIndex") AS "waiting"
    FROM k`);
  return new Map(counted.map((c) => [keyOf(c), Number(c.waiting)]));
}

/** Writes `rows` and counts who is still to answer; per row, that count if it was stored, else null. */
async function writeAndCount(rows: readonly AnswerRow[]): Promise<(number | null)[]> {
  const stored = await insertAnswers(rows);
  const kept = rows.filter((r) => stored.has(r.id));
  const waiting = kept.length > 0 ? await countWaiting(kept) : new Map<string, number>();
  return rows.map((r) => (stored.has(r.id) ? (waiting.get(keyOf(r)) ?? 1) : null));
}

interface Waiting {
  row: AnswerRow;
  done: (waiting: number | null) => void;
  failed: (error: unknown) => void;
}
const waiting: Waiting[] = [];
let writing = false;

/**
 * Stores one answer. Returns null if it was refused, else how many players of the game have still
 * to answer the question (0: everyone has, the question can close). On PostgreSQL, an answer
 * arriving while a write is under way waits for the next write, which takes every answer waiting
 * (no timer: a lone answer is written at once), and one count follows each write, for every
 * question in it. Each caller hears back only after the statement holding its answer has returned,
 * so an acknowledged answer is committed. On SQLite each is written alone: the driver is
 * synchronous, so there is no round trip to share, and a long statement would hold the event loop.
 */
export async function storeAnswer(row: AnswerRow): Promise<number | null> {
  if (!(await directSql(getDb())).postgres) return (await writeAndCount([row]))[0]!;
  return new Promise((done, failed) => {
    waiting.push({ row, done, failed });
    if (!writing) void writeWaiting();
  });
}

async function writeWaiting(): Promise<void> {
  writing = true;
  try {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, MAX_ROWS);
      try {
        const results = await writeAndCount(batch.map((w) => w.row));
        batch.forEach((w, i) => w.done(results[i]!));
      } catch (error) {
        for (const w of batch) w.failed(error);
      }
    }
  } finally {
    writing = false;
  }
}
