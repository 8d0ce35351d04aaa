// prisma/direct-sql.ts: statements straight through Prisma's driver adapter give the same values
// Prisma's own queries give (dates, booleans, integers, floats, nulls), on SQLite and PostgreSQL
// alike, bind every kind of parameter, and are counted in the query events tests rely on.
import { describe, expect, it, vi } from "vitest";
import pg from "pg";
import { createDb, getDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { directSql, list, sql } from "@/prisma/direct-sql";
import { createLearner } from "./factories";

async function quizWithAttempts() {
  const db = getDb();
  const learner = await createLearner("Direct Sql");
  const quiz = await db.quiz.create({ data: { title: "Direct SQL quiz", status: "published", isDemo: false, openAt: new Date("2026-03-04T05:06:07.089Z") } });
  const open = await db.attempt.create({ data: { quizId: quiz.id, userId: learner.id, maxScore: 7.5, deadlineAt: new Date("2026-03-04T06:00:00.001Z") } });
  const done = await db.attempt.create({ data: { quizId: quiz.id, userId: learner.id, status: "submitted", score: 2.25, maxScore: 3, preview: true, submittedAt: new Date() } });
  return { learner, quiz, open, done };
}

describe("direct SQL", () => {
  it("reads rows as Prisma does", async () => {
    const { quiz, open, done } = await quizWithAttempts();
    const direct = await directSql(getDb());
    for (const attempt of [open, done]) {
      const [row] = await direct.query<Record<string, unknown>>(sql`
        SELECT "id", "status", "startedAt", "deadlineAt", "submittedAt", "score", "maxScore", "preview", "layout"
        FROM "Attempt" WHERE "id" = ${attempt.id}`);
      const { id, status, startedAt, deadlineAt, submittedAt, score, maxScore, preview, layout } = attempt;
      expect(row).toEqual({ id, status, startedAt, deadlineAt, submittedAt, score, maxScore, preview, layout });
    }
    const [quizRow] = await direct.query<{ isDemo: boolean; openAt: Date; closeAt: Date | null; attempts: number }>(sql`
      SELECT q."isDemo", q."openAt", q."closeAt", (SELECT COUNT(*) FROM "Attempt" a WHERE a."quizId" = q."id") AS "attempts"
      FROM "Quiz" q WHERE q."id" = ${quiz.id}`);
    expect(quizRow).toEqual({ isDemo: false, openAt: quiz.openAt, closeAt: null, attempts: 2 });
  });

  it("binds strings, numbers, booleans, dates and lists as parameters", async () => {
    const { learner, open, done } = await quizWithAttempts();
    const direct = await directSql(getDb());
    const ids = await direct.query<{ id: string }>(sql`
      SELECT "id" FROM "Attempt"
      WHERE "userId" = ${learner.id} AND "id" IN (${list([open.id, done.id, "no-such-id"])}) AND "maxScore" > ${2.5} AND "preview" = ${false}`);
    expect(ids).toEqual([{ id: open.id }]);
    const moved = new Date("2027-01-02T03:04:05.678Z");
    const changed = await direct.execute(sql`UPDATE "Attempt" SET "deadlineAt" = ${moved}, "score" = ${1.5} WHERE "id" = ${open.id} AND "status" = ${"in_progress"}`);
    expect(changed).toBe(1);
    const reread = await getDb().attempt.findUniqueOrThrow({ where: { id: open.id } });
    expect(reread.deadlineAt).toEqual(moved);
    expect(reread.score).toBe(1.5);
    const nested = sql`"status" = ${"submitted"}`;
    expect(await direct.query(sql`SELECT "id" FROM "Attempt" WHERE "userId" = ${learner.id} AND ${nested}`)).toEqual([{ id: done.id }]);
  });

  it("is counted by the client's query events, on the client's own connection", async () => {
    const statements: string[] = [];
    const counted = createDb(resolveDatabase(), { onQuery: (e) => statements.push(e.query) });
    try {
      const direct = await directSql(counted);
      const [row] = await direct.query<{ one: number }>(sql`SELECT 1 AS "one"`);
      expect(row).toEqual({ one: 1 });
      expect(statements.filter((s) => s.includes(`SELECT 1 AS "one"`))).toHaveLength(1);
    } finally {
      await counted.$disconnect();
    }
  });

  it("commits a transaction's statements together, or none of them", async () => {
    const { open, done } = await quizWithAttempts();
    const direct = await directSql(getDb());
    const scoreOf = async (id: string) => (await getDb().attempt.findUniqueOrThrow({ where: { id } })).score;
    await expect(
      direct.transaction(async (tx) => {
        await tx.execute(sql`UPDATE "Attempt" SET "score" = ${4} WHERE "id" = ${open.id}`);
        await tx.execute(sql`UPDATE "Attempt" SET "score" = ${4} WHERE "id" = ${done.id}`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect([await scoreOf(open.id), await scoreOf(done.id)]).toEqual([null, 2.25]);
    const changed = await direct.transaction(async (tx) => {
      const [row] = await tx.query<{ score: number }>(sql`SELECT "score" FROM "Attempt" WHERE "id" = ${done.id}`);
      return tx.execute(sql`UPDATE "Attempt" SET "score" = ${row!.score * 2} WHERE "id" IN (${list([open.id, done.id])})`);
    });
    expect(changed).toBe(2);
    expect([await scoreOf(open.id), await scoreOf(done.id)]).toEqual([4.5, 4.5]);
    // The connection is usable again afterwards (the transaction released it).
    expect(await direct.query(sql`SELECT "id" FROM "Attempt" WHERE "id" = ${open.id}`)).toHaveLength(1);
  });

  it("refuses an empty list and a client it did not make", () => {
    expect(() => list([])).toThrow(/at least one/);
    return expect(directSql({} as never)).rejects.toThrow(/createDb/);
  });
});

// Our patch to @prisma/adapter-pg (patches/): direct statements are named, so each connection
// prepares them once. Fails if `npm install` did not apply the patch.
describe.runIf(resolveDatabase().provider === "postgresql")("prepared statements on PostgreSQL", () => {
  it("sends direct statements under a stable name and binds each call's own arguments", async () => {
    const { learner } = await quizWithAttempts();
    const direct = await directSql(getDb());
    const spy = vi.spyOn(pg.Client.prototype, "query");
    try {
      const find = (id: string) => direct.query<{ name: string }>(sql`SELECT "name" FROM "user" WHERE "id" = ${id}`);
      expect(await find(learner.id)).toEqual([{ name: "Direct Sql" }]);
      expect(await find("no-such-user")).toEqual([]);
      const names = spy.mock.calls.map(([config]) => (config as { name?: string }).name);
      expect(names).toHaveLength(2);
      expect(names[0]).toMatch(/^nq_[0-9a-f]{20}$/);
      expect(names[1]).toBe(names[0]);
    } finally {
      spy.mockRestore();
    }
  });
});
