// `npm run -s bench:load`: the production build under a school's worth of learners, on SQLite and
// on PostgreSQL (skipped, loudly, when none answers at $LOAD_POSTGRES_URL or the local default).
//
// Per database, four runs against the real app over HTTP on localhost:
//   learners  N simulated learners (default 2,000) take the demo quiz on their own schedules:
//             open it, answer every question after a few seconds' thought, submit, view their
//             history (GET /api/history), start again. Reports requests/s, p50/p95/p99 latency per step and errors.
//   submit    answer saving flat out (autocannon, 64 connections): the most frequent request.
//   pages     the HTML history page flat out (autocannon, 8 connections, each a learner with a
//             submitted attempt): what a browser pays per page, which Next.js renders.
//   baseline  the same answer saves against a bare node:http server doing the same work straight
//             through the database driver (baseline-server.ts); ratio = submit / baseline.
// Ends with one line per database:
//   load db=sqlite learners=N submit_rps=X baseline_rps=Y ratio=R p99_ms=P errors=E
// (p99_ms is the learners run's; errors adds the pages, submit and baseline runs' errors.)
// With `--runs N` (or LOAD_RUNS), each database is measured N times, each run on a fresh app and
// database; a line per run is printed as it ends, and at the end the spread of every figure:
//   spread db=sqlite runs=N p99_ms=min/median/max submit_rps=min/median/max ratio=min/median/max errors=sum
// Every line ends with load1, the machine's one-minute load average as the run ended: on a shared
// machine it says how much of a figure is other people's work.
// Knobs: LOAD_LEARNERS, LOAD_SECONDS (learners run, default 40), LOAD_THINK_MS (default 3000),
// LOAD_RAMP_SECONDS (arrivals spread over, default 10), LOAD_WORKERS (app processes, default 2, one
// per core), LOAD_PROFILE_DIR (CPU profile of the app),
// LOAD_SUBMIT_SECONDS (default 10), LOAD_DATABASES (sqlite,postgresql).
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { createDb } from "@/prisma/client";
import { postgresReachable } from "../../support/test-database";
import { resolveDatabase } from "@/prisma/database-url";
import { startAppServer, E2E_AUTH_SECRET, type AppServer } from "../../e2e/support/app-server";
import { createLearners, type Learner } from "../../e2e/support/session-fixture";
import { httpClient, percentile, plausibleAnswer, simulateLearners, type SimulationResult } from "./learners";
import { startBaseline } from "./baseline";

const LEARNERS = Number(process.env.LOAD_LEARNERS ?? 2000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 40);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 3000);
const RAMP_SECONDS = Number(process.env.LOAD_RAMP_SECONDS ?? 10);
const SUBMIT_SECONDS = Number(process.env.LOAD_SUBMIT_SECONDS ?? 10);
const SUBMIT_CONNECTIONS = 64;
const SUBMIT_LEARNERS = 256;
const POSTGRES_URL = process.env.LOAD_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const DATABASES = (process.env.LOAD_DATABASES ?? "sqlite,postgresql").split(",");
/** A directory to write the app server's CPU profile to (node --cpu-prof), for finding where time goes. */
const PROFILE_DIR = process.env.LOAD_PROFILE_DIR;
/** App processes sharing the port (server.ts's NEWSQUIZ_WORKERS): one per core is what production would run. */
const WORKERS = process.env.LOAD_WORKERS ?? "2";
const RUNS = Math.max(1, Number(process.argv.includes("--runs") ? process.argv[process.argv.indexOf("--runs") + 1] : (process.env.LOAD_RUNS ?? 1)) || 1);

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

interface AnswerSave {
  path: string;
  cookie: string;
  body: string;
}

/** Every answer save the submit runs cycle through: each of SUBMIT_LEARNERS learners' own open attempt. */
async function prepareAnswerSaves(baseUrl: string, learners: Learner[], quizId: string): Promise<AnswerSave[]> {
  const client = httpClient(baseUrl, 16);
  const saves: AnswerSave[] = [];
  for (const learner of learners) {
    const started = await client.request("POST", `/api/quizzes/${quizId}/attempts`, learner.cookie);
    if (started.status >= 300) throw new Error(`could not start an attempt: ${started.status} ${started.body}`);
    const { id } = JSON.parse(started.body) as { id: string };
    const opened = await client.request("GET", `/api/attempts/${id}`, learner.cookie);
    for (const q of (JSON.parse(opened.body) as { questions: { id: string; type: string; choices?: string[] }[] }).questions) {
      saves.push({ path: `/api/attempts/${id}/answers/${q.id}`, cookie: learner.cookie, body: JSON.stringify({ response: plausibleAnswer(q) }) });
    }
  }
  client.close();
  return saves;
}

async function saveFlatOut(baseUrl: string, saves: AnswerSave[]): Promise<Throughput> {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: SUBMIT_CONNECTIONS,
    duration: SUBMIT_SECONDS,
    requests: [
      {
        setupRequest: (request) => {
          const save = saves[next++ % saves.length]!;
          return { ...request, method: "PUT", path: save.path, headers: { cookie: save.cookie, "content-type": "application/json" }, body: save.body };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** The HTML history page flat out, for learners who have each submitted an attempt. */
async function historyPageFlatOut(baseUrl: string, learners: Learner[]): Promise<Throughput> {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 8,
    duration: 5,
    requests: [{ setupRequest: (request) => ({ ...request, method: "GET", path: "/history", headers: { cookie: learners[next++ % learners.length]!.cookie } }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, requests: result.requests.total };
}

function reportSimulation(db: string, sim: SimulationResult): void {
  console.log(`\n[${db}] learners run: ${sim.learners} learners arriving over ${RAMP_SECONDS} s, ${round(sim.seconds)} s, think ${THINK_MS} ms`);
  console.log(`  requests=${sim.requests} rps=${round(sim.requests / sim.seconds)} errors=${sim.errors} attempts_submitted=${sim.attemptsSubmitted}`);
  const row = (name: string, xs: number[]) =>
    console.log(`  ${name.padEnd(8)} n=${String(xs.length).padEnd(6)} p50=${round(percentile(xs, 50))} p95=${round(percentile(xs, 95))} p99=${round(percentile(xs, 99))} max=${round(Math.max(...xs))} ms`);
  row("all", sim.latencies);
  for (const [step, xs] of Object.entries(sim.byStep)) row(step, xs);
  for (const sample of sim.errorSamples) console.log(`  error: ${sample}`);
}


interface RunFigures {
  submitRps: number;
  baselineRps: number;
  ratio: number;
  p99: number;
  errors: number;
  load1: number;
}

const runLine = (db: string, f: RunFigures) =>
  `load db=${db} learners=${LEARNERS} submit_rps=${round(f.submitRps, 0)} baseline_rps=${round(f.baselineRps, 0)} ratio=${round(f.ratio, 2)} p99_ms=${round(f.p99)} errors=${f.errors} load1=${round(f.load1, 2)}`;

/** min/median/max of one figure over the runs. */
function spread(xs: number[], digits: number): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return [sorted[0]!, median, sorted.at(-1)!].map((x) => round(x, digits)).join("/");
}

const spreadLine = (db: string, runs: RunFigures[]) =>
  `spread db=${db} runs=${runs.length} p99_ms=${spread(runs.map((r) => r.p99), 1)} submit_rps=${spread(runs.map((r) => r.submitRps), 0)} ` +
  `ratio=${spread(runs.map((r) => r.ratio), 2)} errors=${runs.reduce((n, r) => n + r.errors, 0)} load1=${spread(runs.map((r) => r.load1), 2)}`;

async function benchDatabase(db: "sqlite" | "postgresql"): Promise<RunFigures> {
  console.log(`\n=== ${db}, ${WORKERS} app process(es) ===`);
  const server: AppServer = await startAppServer({ databaseBase: db === "postgresql" ? POSTGRES_URL : "", captureOutput: false, env: { NEWSQUIZ_WORKERS: WORKERS }, nodeArgs: PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [] });
  const prisma = createDb(resolveDatabase(server.databaseUrl));
  try {
    const quizId = (await prisma.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } })).id;
    const runId = Date.now().toString(36);
    const learners = await createLearners(prisma, LEARNERS, E2E_AUTH_SECRET, runId);
    const check = await fetch(`${server.baseUrl}/api/auth/get-session`, { headers: { cookie: learners[0]!.cookie } });
    const session = (await check.json()) as { user?: { id: string } } | null;
    if (session?.user?.id !== learners[0]!.userId) throw new Error("the app did not accept a benchmark session cookie");

    const sim = await simulateLearners({ baseUrl: server.baseUrl, learners, quizId, seconds: SECONDS, thinkMs: THINK_MS, rampSeconds: RAMP_SECONDS });
    reportSimulation(db, sim);

    const pages = await historyPageFlatOut(server.baseUrl, learners.slice(0, 200));
    console.log(`\n[${db}] history page (HTML, 8 connections): rps=${round(pages.rps)} p50=${pages.p50} p99=${pages.p99} ms errors=${pages.errors} requests=${pages.requests}`);

    const submitters = await createLearners(prisma, SUBMIT_LEARNERS, E2E_AUTH_SECRET, `${runId}-s`);
    const saves = await prepareAnswerSaves(server.baseUrl, submitters, quizId);
    await saveFlatOut(server.baseUrl, saves.slice(0, 200)); // warm-up
    const app = await saveFlatOut(server.baseUrl, saves);
    console.log(`\n[${db}] submit run (app): rps=${round(app.rps)} p50=${app.p50} p99=${app.p99} ms errors=${app.errors} requests=${app.requests}`);
    const baseline = await startBaseline(server.databaseUrl);
    let bare: Throughput;
    try {
      await saveFlatOut(baseline.baseUrl, saves.slice(0, 200));
      bare = await saveFlatOut(baseline.baseUrl, saves);
    } finally {
      baseline.stop();
    }
    console.log(`[${db}] submit run (baseline node:http): rps=${round(bare.rps)} p50=${bare.p50} p99=${bare.p99} ms errors=${bare.errors} requests=${bare.requests}`);
    if (bare.errors > 0) console.log(`!! the baseline answered ${bare.errors} requests with errors: its rate, and the ratio, mean nothing`);
    const errors = sim.errors + pages.errors + app.errors + bare.errors;
    return { submitRps: app.rps, baselineRps: bare.rps, ratio: app.rps / bare.rps, p99: percentile(sim.latencies, 99), errors, load1: loadavg()[0]! };
  } finally {
    await prisma.$disconnect();
    await server.stop();
  }
}

const lines: string[] = [];
const spreads: string[] = [];
for (const db of DATABASES) {
  if (db === "postgresql" && !(await postgresReachable(POSTGRES_URL))) {
    console.log(`\n${"!".repeat(72)}\n!! SKIPPING POSTGRESQL: nothing answers at ${POSTGRES_URL} (set LOAD_POSTGRES_URL)\n${"!".repeat(72)}`);
    continue;
  }
  const runs: RunFigures[] = [];
  for (let run = 1; run <= RUNS; run++) {
    if (RUNS > 1) console.log(`\n--- ${db}: run ${run} of ${RUNS} ---`);
    runs.push(await benchDatabase(db as "sqlite" | "postgresql"));
    const line = runLine(db, runs.at(-1)!);
    lines.push(line);
    console.log(`\n${line}`);
  }
  if (RUNS > 1) spreads.push(spreadLine(db, runs));
}
console.log("");
for (const line of [...lines, ...spreads]) console.log(line);
