// `npm run -s bench:live`: live games against the production server, with simulated phones (plain
// HTTP and Server-Sent Events clients in this process, no browser). Per database:
//   LIVE_GAMES games (default 10) of LIVE_PLAYERS phones (default 200) play LIVE_QUESTIONS
//   questions (default 3) at once. Each game's host clicks Start / Next; every phone answers after
//   a think of 0.5-4 s (most right, some wrong), all but one per game, so the host clicks Skip to
//   close the question; at the end the host clicks End (the phones hear it, then every player's
//   attempt is written behind it: the bench waits for those and times them too).
// Measures:
//   answer_ack_p99_ms     POST /api/live/:id/answers, sent to 200 OK received
//   reveal_fanout_p99_ms  a host's click (Next or Skip) sent to each phone of that game receiving
//                         the new question or the reveal
// and counts errors (a refused answer, a stream that fails, a message that never comes, a key on
// a phone before the close). Prints details, then one line per database:
//   live db=sqlite games=10 players=200 answer_ack_p99_ms=X reveal_fanout_p99_ms=Y errors=0
// SQLite runs one process; PostgreSQL runs LIVE_WORKERS (default 2) sharing the port, so a game's
// phones and host are spread over both and its events cross between them (LISTEN/NOTIFY).
// Knobs: LIVE_GAMES, LIVE_PLAYERS, LIVE_QUESTIONS, LIVE_DATABASES (sqlite,postgresql),
// LIVE_WORKERS, LIVE_POSTGRES_URL, LIVE_PROFILE_DIR (CPU profile of the app).
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { postgresReachable } from "../../support/test-database";
import { E2E_AUTH_SECRET, startAppServer, type AppServer } from "../../e2e/support/app-server";
import { choiceOf, createLiveFixture, hostCommand, openEventStream, phoneAnswer, type EventStream, type LiveMessage } from "../../e2e/support/live-phones";
import { percentile } from "../load/learners";

const GAMES = Number(process.env.LIVE_GAMES ?? 10);
const PLAYERS = Number(process.env.LIVE_PLAYERS ?? 200);
const QUESTIONS = Number(process.env.LIVE_QUESTIONS ?? 3);
const WORKERS = process.env.LIVE_WORKERS ?? "2";
const POSTGRES_URL = process.env.LIVE_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const DATABASES = (process.env.LIVE_DATABASES ?? "sqlite,postgresql").split(",");
const MESSAGE_TIMEOUT_MS = 30_000;
/** A directory to write the app server's CPU profile to (node --cpu-prof), for finding where time goes. */
const PROFILE_DIR = process.env.LIVE_PROFILE_DIR;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n);

interface Figures {
  acks: number[];
  fanouts: number[];
  endFanouts: number[];
  errors: string[];
}

async function openAll<T>(items: T[], open: (item: T) => Promise<EventStream>, batch = 100): Promise<EventStream[]> {
  const streams: EventStream[] = [];
  for (let i = 0; i < items.length; i += batch) streams.push(...(await Promise.all(items.slice(i, i + batch).map(open))));
  return streams;
}

/** The time from `clickedAt` until every phone has a message that `match` accepts (one figure per phone). */
async function fanout(phones: EventStream[], clickedAt: number, match: (m: LiveMessage) => boolean, figures: number[], errors: string[], what: string): Promise<void> {
  await Promise.all(
    phones.map(async (phone) => {
      try {
        const { at } = await phone.waitFor(match, MESSAGE_TIMEOUT_MS);
        figures.push(Math.max(0, at - clickedAt));
      } catch {
        errors.push(`a phone never saw ${what}`);
      }
    }),
  );
}

async function playGame(baseUrls: string[], teacherCookie: string, gameId: string, phones: { cookie: string; stream: EventStream }[], rightAnswer: string[], f: Figures): Promise<void> {
  const base = (i: number) => baseUrls[i % baseUrls.length]!;
  const streams = phones.map((p) => p.stream);
  await sleep(Math.random() * 1000);
  for (let q = 0; q < QUESTIONS; q++) {
    const clickedAt = performance.now();
    const click = await hostCommand(base(q), gameId, teacherCookie, q === 0 ? "start" : "next");
    if (click.status !== 200) f.errors.push(`host ${q === 0 ? "start" : "next"}: ${click.status} ${click.body}`);
    await fanout(streams, clickedAt, (m) => m.kind === "question" && m.index === q, f.fanouts, f.errors, `question ${q}`);
    // Every phone answers, except the last (the host closes the question with Skip).
    await Promise.all(
      phones.slice(0, -1).map(async (phone, i) => {
        await sleep(500 + Math.random() * 3500);
        const asked = phone.stream.messages.find((e) => e.message.kind === "question" && e.message.index === q)!.message;
        for (const key of ["correctAnswer", "distribution", "correct"]) if (key in asked) f.errors.push(`a key (${key}) reached a phone before the close`);
        const options = asked.options as string[];
        const choice = Math.random() < 0.7 ? choiceOf(asked, rightAnswer[q]!) : Math.floor(Math.random() * options.length);
        const ack = await phoneAnswer(base(i), gameId, { playerId: "", cookie: phone.cookie }, q, choice);
        f.acks.push(ack.ms);
        if (ack.status !== 200) f.errors.push(`answer: ${ack.status} ${ack.body}`);
      }),
    );
    const skippedAt = performance.now();
    const skip = await hostCommand(base(q + 1), gameId, teacherCookie, "skip");
    if (skip.status !== 200) f.errors.push(`host skip: ${skip.status} ${skip.body}`);
    await fanout(streams, skippedAt, (m) => m.kind === "result" && m.index === q, f.fanouts, f.errors, `result ${q}`);
    await sleep(1000 + Math.random() * 1000); // the leaderboard on the projector
  }
  const endedAt = performance.now();
  const end = await hostCommand(base(0), gameId, teacherCookie, "end");
  if (end.status !== 200) f.errors.push(`host end: ${end.status} ${end.body}`);
  await fanout(streams, endedAt, (m) => m.kind === "ended", f.endFanouts, f.errors, "the end");
}

async function run(db: "sqlite" | "postgresql"): Promise<string | null> {
  if (db === "postgresql" && !(await postgresReachable(POSTGRES_URL))) {
    console.warn(`\n!! SKIPPING PostgreSQL: nothing answers at ${POSTGRES_URL}\n`);
    return null;
  }
  const workers = db === "postgresql" ? WORKERS : "1";
  const server: AppServer = await startAppServer({ databaseBase: db === "postgresql" ? POSTGRES_URL : "", captureOutput: false, env: { NEWSQUIZ_WORKERS: workers, LOG_LEVEL: "warn" }, nodeArgs: PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [] });
  const prisma = createDb(resolveDatabase(server.databaseUrl));
  const f: Figures = { acks: [], fanouts: [], endFanouts: [], errors: [] };
  let writtenAfterMs = NaN;
  const all: EventStream[] = [];
  try {
    const fixture = await createLiveFixture(prisma, { games: GAMES, players: PLAYERS, questions: QUESTIONS, secret: E2E_AUTH_SECRET, runId: `bench-${Date.now()}` });
    // With several workers sharing the port, the kernel spreads connections over them: a game's
    // host and its phones land on different processes.
    const baseUrls = [server.baseUrl];
    const started = performance.now();
    const games = [];
    for (const game of fixture.games) {
      const host = await openEventStream(server.baseUrl, `/api/live/${game.id}/events?as=host`, fixture.teacherCookie);
      const streams = await openAll(game.phones, (p) => openEventStream(server.baseUrl, `/api/live/${game.id}/events`, p.cookie));
      all.push(host, ...streams);
      games.push({ game, phones: game.phones.map((p, i) => ({ cookie: p.cookie, stream: streams[i]! })) });
    }
    console.log(`  ${db}: ${all.length} streams open in ${round(performance.now() - started)} ms (${workers} process${workers === "1" ? "" : "es"})`);
    await Promise.all(games.map(({ game, phones }) => playGame(baseUrls, fixture.teacherCookie, game.id, phones, fixture.rightAnswer, f)));
    // The attempts are written after the end has gone out (finish-game.ts): wait for every game's.
    const ids = fixture.games.map((g) => g.id);
    const waitFrom = performance.now();
    while ((await prisma.liveGame.count({ where: { id: { in: ids }, attemptsWrittenAt: null } })) > 0 && performance.now() - waitFrom < 120_000) await sleep(100);
    writtenAfterMs = round(performance.now() - waitFrom);
    const attempts = await prisma.attempt.count({ where: { quiz: { liveGames: { some: { id: { in: fixture.games.map((g) => g.id) } } } } } });
    if (attempts !== GAMES * PLAYERS) f.errors.push(`${attempts} attempts stored, not ${GAMES * PLAYERS}`);
  } finally {
    for (const s of all) s.close();
    await prisma.$disconnect();
    await server.stop();
  }
  const p = (xs: number[], q: number) => (xs.length ? round(percentile(xs, q)) : NaN);
  console.log(`  ${db}: answers=${f.acks.length} ack p50=${p(f.acks, 50)} p95=${p(f.acks, 95)} p99=${p(f.acks, 99)} ms; fanout deliveries=${f.fanouts.length} p50=${p(f.fanouts, 50)} p95=${p(f.fanouts, 95)} p99=${p(f.fanouts, 99)} ms; end p50=${p(f.endFanouts, 50)} p99=${p(f.endFanouts, 99)} ms; all attempts written ${writtenAfterMs} ms after the last end reached its phones`);
  const kinds = [...new Set(f.errors)].slice(0, 5);
  if (kinds.length) console.log(`  ${db}: errors, e.g. ${kinds.join(" | ")}`);
  return `live db=${db} games=${GAMES} players=${PLAYERS} answer_ack_p99_ms=${p(f.acks, 99)} reveal_fanout_p99_ms=${p(f.fanouts, 99)} errors=${f.errors.length}`;
}

const lines: string[] = [];
for (const db of DATABASES) {
  const line = await run(db as "sqlite" | "postgresql");
  if (line) lines.push(line);
}
for (const line of lines) console.log(line);
process.exit(0);
