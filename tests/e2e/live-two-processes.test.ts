// Two app processes serve one live game (issue 15): the host's screen and commands go to process A,
// a phone is served by process B (itself two workers sharing a port, as NEWSQUIZ_WORKERS=2 runs),
// and another phone by A. Every change made on one process reaches the connections on the other
// over PostgreSQL LISTEN/NOTIFY (app/_server/live/postgres-bus.ts): B's phone sees each question
// open and close, A's host sees B's answer counted, and a question left to run out is closed by
// the clock once (one reveal, one result), whichever process's timer gets there first.
//
// Needs PostgreSQL: TEST_DATABASE_URL, else the local default. Skipped loudly without one, and a
// failure under CI (.ci/run starts PostgreSQL), as tests/e2e/scale-out.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { postgresReachable } from "../support/test-database";
import { E2E_AUTH_SECRET, launchApp, startAppServer, type AppProcess, type AppServer } from "./support/app-server";
import { choiceOf, createLiveFixture, hostCommand, openEventStream, phoneAnswer, type EventStream, type LiveFixture } from "./support/live-phones";

const POSTGRES_URL = /^postgres/.test(process.env.TEST_DATABASE_URL ?? "") ? process.env.TEST_DATABASE_URL! : "postgresql://postgres@127.0.0.1:5432/test";

async function postgresAvailable(): Promise<boolean> {
  if (await postgresReachable(POSTGRES_URL)) return true;
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}: the two-process live test cannot run in CI without it.`);
  console.warn(`\n${"!".repeat(72)}\n!! SKIPPING TWO-PROCESS LIVE TEST: no PostgreSQL at ${POSTGRES_URL}\n${"!".repeat(72)}\n`);
  return false;
}

const available = await postgresAvailable();

describe.skipIf(!available)("one live game served by two processes on PostgreSQL", () => {
  let a: AppServer;
  let b: AppProcess;
  let db: Db;
  let fixture: LiveFixture;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    a = await startAppServer({ databaseBase: POSTGRES_URL });
    b = await launchApp({ databaseUrl: a.databaseUrl, env: { NEWSQUIZ_WORKERS: "2" } });
    db = createDb(resolveDatabase(a.databaseUrl));
    fixture = await createLiveFixture(db, { games: 1, players: 2, questions: 2, secret: E2E_AUTH_SECRET, runId: "two-processes" });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await db?.$disconnect();
    await b?.kill();
    await a?.stop();
  });

  it("carries every move between the host's process and the phone's", async () => {
    const { id: gameId, phones } = fixture.games[0]!;
    const [onB, onA] = phones as [(typeof phones)[0], (typeof phones)[0]];
    const host = await openEventStream(a.baseUrl, `/api/live/${gameId}/events?as=host`, fixture.teacherCookie);
    const phoneB = await openEventStream(b.baseUrl, `/api/live/${gameId}/events`, onB.cookie);
    const phoneA = await openEventStream(a.baseUrl, `/api/live/${gameId}/events`, onA.cookie);
    streams.push(host, phoneB, phoneA);
    await phoneB.waitFor((m) => m.kind === "lobby");

    // The host starts on A; the phone on B is shown the question.
    expect((await hostCommand(a.baseUrl, gameId, fixture.teacherCookie, "start")).status).toBe(200);
    const asked = await phoneB.waitFor((m) => m.kind === "question" && m.index === 0);
    expect(asked.message.answered).toBe(false);

    // B's phone answers on B; A's host screen counts it.
    const ack = await phoneAnswer(b.baseUrl, gameId, onB, 0, choiceOf(asked.message, fixture.rightAnswer[0]!));
    expect(ack.status).toBe(200);
    await host.waitFor((m) => m.kind === "question" && m.answerCount === 1);

    // The host skips on A: B's phone gets the reveal, with the right answer and its points.
    expect((await hostCommand(a.baseUrl, gameId, fixture.teacherCookie, "skip")).status).toBe(200);
    const result = await phoneB.waitFor((m) => m.kind === "result" && m.index === 0);
    expect(result.message).toMatchObject({ answered: true, correct: true, correctAnswer: "North harbour 1" });
    expect(result.message.points).toBeGreaterThan(500);
    await host.waitFor((m) => m.kind === "reveal" && m.index === 0);

    // The last question, on a short clock, is left to run out. Both processes hold a timer for it
    // (A opened it; B serves a connection to it): it closes once, and both phones hear it.
    await db.liveGame.update({ where: { id: gameId }, data: { secondsPerQuestion: 2 } });
    expect((await hostCommand(a.baseUrl, gameId, fixture.teacherCookie, "next")).status).toBe(200);
    const last = await phoneB.waitFor((m) => m.kind === "question" && m.index === 1);
    await phoneB.waitFor((m) => m.kind === "result" && m.index === 1);
    await phoneA.waitFor((m) => m.kind === "result" && m.index === 1);
    await host.waitFor((m) => m.kind === "reveal" && m.index === 1);
    // A late answer, sent to B after the close, is refused.
    expect((await phoneAnswer(b.baseUrl, gameId, onB, 1, choiceOf(last.message, fixture.rightAnswer[1]!))).status).toBe(409);

    // The end, clicked on A, reaches B's phone with its rank, and the attempts are written once.
    expect((await hostCommand(a.baseUrl, gameId, fixture.teacherCookie, "end")).status).toBe(200);
    const ended = await phoneB.waitFor((m) => m.kind === "ended");
    expect(ended.message).toMatchObject({ rank: 1, playerCount: 2 });
    // The attempts are written just after the end went out (finish-game.ts): wait for them.
    for (let i = 0; i < 100 && !(await db.liveGame.findUniqueOrThrow({ where: { id: gameId } })).attemptsWrittenAt; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await db.attempt.count({ where: { quiz: { liveGames: { some: { id: gameId } } } } })).toBe(2);

    // Each close reached each phone once: one result per question (no double-fired clock).
    for (const phone of [phoneA, phoneB]) {
      for (const index of [0, 1]) expect(phone.messages.filter((e) => e.message.kind === "result" && e.message.index === index)).toHaveLength(1);
    }
  });
});
