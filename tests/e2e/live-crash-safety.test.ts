// An acknowledged live answer is stored, even if the server dies the moment after. On PostgreSQL
// the answers arriving while a write is under way are written together by the next statement
// (app/_server/live/store-answers.ts), and each is acknowledged only once that statement has
// returned. Here 300 phones answer at once and the server is killed (SIGKILL: no cleanup) after
// the first acknowledgements; every answer a phone was told was accepted must be in the database,
// as it was sent. An acknowledgement sent before the write would be lost with the process.
// PostgreSQL is skipped loudly without one (a failure under CI), as the two-process test.
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { postgresReachable } from "../support/test-database";
import { E2E_AUTH_SECRET, startAppServer, type AppServer } from "./support/app-server";
import { createLiveFixture, hostCommand, openEventStream, phoneAnswer } from "./support/live-phones";

const POSTGRES_URL = /^postgres/.test(process.env.TEST_DATABASE_URL ?? "") ? process.env.TEST_DATABASE_URL! : "postgresql://postgres@127.0.0.1:5432/test";
const PHONES = 300;
/** Killed once this many answers have been acknowledged: mid-burst, with writes under way. */
const KILL_AFTER = 30;

async function postgresAvailable(): Promise<boolean> {
  if (await postgresReachable(POSTGRES_URL)) return true;
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}: the crash-safety test cannot run in CI without it.`);
  console.warn(`\n${"!".repeat(72)}\n!! SKIPPING LIVE CRASH-SAFETY TEST ON POSTGRESQL: nothing at ${POSTGRES_URL}\n${"!".repeat(72)}\n`);
  return false;
}

const databases = [{ name: "SQLite", base: "" }, ...((await postgresAvailable()) ? [{ name: "PostgreSQL", base: POSTGRES_URL }] : [])];

describe.each(databases)("live answers when the server is killed mid-burst ($name)", ({ base }) => {
  let app: AppServer | undefined;
  afterAll(async () => app?.stop());

  it("keeps every acknowledged answer", async () => {
    app = await startAppServer({ databaseBase: base });
    const db = createDb(resolveDatabase(app.databaseUrl));
    try {
      const fixture = await createLiveFixture(db, { games: 1, players: PHONES, questions: 1, secret: E2E_AUTH_SECRET, runId: "crash" });
      const [game] = fixture.games;
      const stream = await openEventStream(app.baseUrl, `/api/live/${game!.id}/events`, game!.phones[0]!.cookie);
      expect((await hostCommand(app.baseUrl, game!.id, fixture.teacherCookie, "start")).status).toBe(200);
      const options = (await stream.waitFor((m) => m.kind === "question")).message.options as string[];
      stream.close();
      // One answer first, so the process knows the open question and the burst takes the one-statement path.
      const phones = game!.phones.map((phone, i) => ({ phone, choice: i % 4 }));
      expect((await phoneAnswer(app.baseUrl, game!.id, phones[0]!.phone, 0, phones[0]!.choice)).status).toBe(200);

      const acknowledged: typeof phones = [phones[0]!];
      let killing: Promise<void> | undefined;
      await Promise.all(
        phones.slice(1).map(async (p) => {
          const reply = await phoneAnswer(app!.baseUrl, game!.id, p.phone, 0, p.choice);
          if (reply.status !== 200) return;
          acknowledged.push(p);
          if (acknowledged.length === KILL_AFTER) killing = app!.kill("SIGKILL");
        }),
      );
      await killing;
      // The kill came mid-burst: some phones were answered, some never were.
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(acknowledged.length).toBeLessThan(PHONES);

      const stored = await db.liveAnswer.findMany({ where: { gameId: game!.id }, select: { playerId: true, response: true } });
      const byPlayer = new Map(stored.map((a) => [a.playerId, a.response]));
      // Each stored as sent: the option chosen (by its place in the game's order) as its text.
      const wrong = acknowledged.filter((p) => byPlayer.get(p.phone.playerId) !== JSON.stringify(options[p.choice]));
      expect(wrong).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
