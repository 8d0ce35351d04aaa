// `npm run -s bench:cost`: what one request of each step of a learner's visit costs the machine, in
// CPU milliseconds, so that steps can be compared and changes to them measured on a busy machine,
// where wall times say little (docs/decisions/034). Per database: COST_LEARNERS (default 300)
// learners, the first 20 to warm the app up, each start an attempt at the demo quiz, then each
// opens it, answers every question, submits and reads their history, one step at a time for all of
// them, COST_CONCURRENCY (default 16) requests at a time. The answers are sent twice more: again to
// the app, and to the bare server of baseline-server.ts (answer-baseline), so that what the app
// adds to a save can be read off. A line per step:
//   cost db=postgresql step=answer n=2800 cpu_ms=2.25 postgres_ms=0.62 app_ms=1.28 (system 0.18)
//        client_ms=0.29 rest_ms=0.06 wall_ms=1.15 commits=2.57 errors=0
// cpu_ms: the machine's busy time (/proc/stat) per request. Its parts, from /proc/<pid>/stat:
// postgres_ms; app_ms, the other node processes alive throughout the step (the app's, on a quiet
// machine; "system" is its kernel time); client_ms, this process (the load generator).
// commits: PostgreSQL's committed transactions per request (pg_stat_database, updated lazily by
// the backends: a rough count of statements).
// LOAD_WORKERS, LOAD_DATABASES, LOAD_POSTGRES_URL and LOAD_PROFILE_DIR as for bench:load.
import { readdirSync, readFileSync } from "node:fs";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { postgresReachable } from "../../support/test-database";
import { startAppServer, E2E_AUTH_SECRET } from "../../e2e/support/app-server";
import { createLearners, type Learner } from "../../e2e/support/session-fixture";
import { httpClient, plausibleAnswer } from "./learners";
import { startBaseline } from "./baseline";

const LEARNERS = Number(process.env.COST_LEARNERS ?? 300);
const CONCURRENCY = Number(process.env.COST_CONCURRENCY ?? 16);
const POSTGRES_URL = process.env.LOAD_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const DATABASES = (process.env.LOAD_DATABASES ?? "sqlite,postgresql").split(",");

/** Busy CPU time of the whole machine so far, in ms (/proc/stat's first line, in clock ticks of 10 ms). */
function machineCpu(): { busy: number } {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const idle = ticks[3]! + ticks[4]!;
  return { busy: (ticks.reduce((a, b) => a + b, 0) - idle) * 10 };
}

type ProcessTimes = Map<string, { kind: "postgres" | "app"; user: number; system: number }>;

/** CPU time so far, in ms, of every postgres process and every other node process (the app's), by pid. */
function processTimes(): ProcessTimes {
  const times: ProcessTimes = new Map();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (comm !== "postgres" && (comm !== "node" || Number(pid) === process.pid)) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      times.set(pid, { kind: comm === "postgres" ? "postgres" : "app", user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 });
    } catch {
      // The process ended while we looked.
    }
  }
  return times;
}

/**
 * What the processes alive at both readings spent between them: one that ended in between (another
 * program's) would otherwise count as negative time, and one started in between as all its life.
 */
function spentBetween(before: ProcessTimes, after: ProcessTimes): { postgres: number; app: number; appSystem: number } {
  const spent = { postgres: 0, app: 0, appSystem: 0 };
  for (const [pid, b] of before) {
    const a = after.get(pid);
    if (!a) continue;
    const ms = a.user + a.system - b.user - b.system;
    if (a.kind === "postgres") spent.postgres += ms;
    else {
      spent.app += ms;
      spent.appSystem += a.system - b.system;
    }
  }
  return spent;
}

const ownCpu = () => {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000;
};

/** Runs every task, `CONCURRENCY` at a time. */
async function inParallel<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

interface Visit {
  learner: Learner;
  attemptId?: string;
  questions?: { id: string; type: string; choices?: string[] }[];
}

/** PostgreSQL's count of transactions committed in the app's database (one per statement outside a transaction). */
async function commits(prisma: Db): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()`);
  return Number(row!.n);
}

async function measure(db: string, step: string, requests: { method: string; path: string; learner: Learner; body?: unknown; after?: (body: string) => void }[], client: ReturnType<typeof httpClient>, prisma: Db) {
  const commitsBefore = db === "postgresql" ? await commits(prisma) : 0;
  const before = machineCpu();
  const processesBefore = processTimes();
  const clientBefore = ownCpu();
  const started = performance.now();
  let failed = 0;
  await inParallel(requests, async (r) => {
    const res = await client.request(r.method, r.path, r.learner.cookie, r.body);
    if (res.status >= 300) failed++;
    else r.after?.(res.body);
  });
  const wall = performance.now() - started;
  const cpu = machineCpu().busy - before.busy;
  const { postgres, app, appSystem } = spentBetween(processesBefore, processTimes());
  const generator = ownCpu() - clientBefore;
  const n = requests.length;
  const per = (ms: number) => (ms / n).toFixed(2);
  // pg_stat_database is updated when a backend goes idle, not at once.
  if (db === "postgresql") await new Promise((r) => setTimeout(r, 1_000));
  const statements = db === "postgresql" ? (((await commits(prisma)) - commitsBefore - 1) / n).toFixed(2) : "n/a";
  console.log(`cost db=${db} step=${step} n=${n} cpu_ms=${per(cpu)} postgres_ms=${per(postgres)} app_ms=${per(app)} (system ${per(appSystem)}) client_ms=${per(generator)} rest_ms=${per(cpu - postgres - generator - app)} wall_ms=${per(wall)} commits=${statements} errors=${failed}`);
}

for (const db of DATABASES) {
  if (db === "postgresql" && !(await postgresReachable(POSTGRES_URL))) {
    console.log(`!! SKIPPING POSTGRESQL: nothing answers at ${POSTGRES_URL} (set LOAD_POSTGRES_URL)`);
    continue;
  }
  const server = await startAppServer({ databaseBase: db === "postgresql" ? POSTGRES_URL : "", captureOutput: false, env: { NEWSQUIZ_WORKERS: process.env.LOAD_WORKERS ?? "2" }, nodeArgs: process.env.LOAD_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.LOAD_PROFILE_DIR}`] : [] });
  const prisma = createDb(resolveDatabase(server.databaseUrl));
  try {
    const quizId = (await prisma.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } })).id;
    const learners = await createLearners(prisma, LEARNERS, E2E_AUTH_SECRET, Date.now().toString(36));
    const client = httpClient(server.baseUrl, CONCURRENCY * 2);
    // Warm up: every process compiles and prepares on its first requests.
    const warm = learners.slice(0, 20).map((learner) => ({ learner }) as Visit);
    for (const v of warm) {
      const started = await client.request("POST", `/api/quizzes/${quizId}/attempts`, v.learner.cookie);
      await client.request("GET", `/api/attempts/${(JSON.parse(started.body) as { id: string }).id}`, v.learner.cookie);
      await client.request("GET", "/api/history", v.learner.cookie);
    }
    const visits: Visit[] = learners.slice(20).map((learner) => ({ learner }));
    await measure(db, "start", visits.map((v) => ({ method: "POST", path: `/api/quizzes/${quizId}/attempts`, learner: v.learner, after: (b) => (v.attemptId = (JSON.parse(b) as { id: string }).id) })), client, prisma);
    await measure(db, "open", visits.map((v) => ({ method: "GET", path: `/api/attempts/${v.attemptId}`, learner: v.learner, after: (b) => (v.questions = (JSON.parse(b) as { questions: Visit["questions"] }).questions) })), client, prisma);
    const answers = visits.flatMap((v) => v.questions!.map((q) => ({ method: "PUT", path: `/api/attempts/${v.attemptId}/answers/${q.id}`, learner: v.learner, body: { response: plausibleAnswer(q) } })));
    await measure(db, "answer", answers, client, prisma);
    // The same saves again, then against the bare server of baseline-server.ts (which reads the
    // attempt every time): what the app adds to a save, on the machine as it is now.
    await measure(db, "answer-again", answers, client, prisma);
    const baseline = await startBaseline(server.databaseUrl);
    const bare = httpClient(baseline.baseUrl, CONCURRENCY * 2);
    try {
      // Its pool's connections first: backends started during the step would not be counted (spentBetween).
      await inParallel(answers.slice(0, CONCURRENCY * 2), (r) => bare.request(r.method, r.path, r.learner.cookie, r.body).then(() => undefined));
      await measure(db, "answer-baseline", answers, bare, prisma);
    } finally {
      bare.close();
      baseline.stop();
    }
    await measure(db, "submit", visits.map((v) => ({ method: "POST", path: `/api/attempts/${v.attemptId}/submit`, learner: v.learner, body: {} })), client, prisma);
    await measure(db, "history", visits.map((v) => ({ method: "GET", path: "/api/history", learner: v.learner })), client, prisma);
    client.close();
  } finally {
    await prisma.$disconnect();
    await server.stop();
  }
}
