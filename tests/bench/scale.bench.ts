// `npm run bench:scale`: are the score history and a 500-learner quiz report still fast with a
// million responses in the database? For SQLite and PostgreSQL (skipped, loudly, when it cannot be
// reached), this seeds a fresh database (tests/bench/scale/seed.ts), then measures
//   - the use cases the pages call, in this process: server time without HTTP or rendering, and
//     how many SQL statements one request sends;
//   - the real pages of the production build over HTTP (`next start`, signed in): server time
//     including the session lookup and rendering, as a browser on the same machine would wait.
// Prints figures only; no pass/fail asserts. The bar we aim for: < 100 ms server time per page.
//
//   npm run bench:scale -- [--db sqlite|postgresql|both] [--responses N] [--runs N] [--no-http]
//                          [--postgres postgresql://...]     (default: $BENCH_POSTGRES_URL or the local test server)
import { readFileSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { countQueries } from "../support/query-counter";
import { launchApp } from "../e2e/support/app-server";
import { seedScale, SCALE_PASSWORD, type ScaleTargets } from "./scale/seed";
import type { Actor } from "../../app/_server/auth/session";

const WARMUP_RUNS = 3;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmt = (ms: number) => ms.toFixed(1);

/**
 * Runs each measured function once per round, in turns, so a burst of load from other processes on
 * this shared machine hits them all alike. Returns the milliseconds of every round per function.
 */
async function timeRounds(fns: Record<string, () => Promise<unknown>>, rounds: number): Promise<Record<string, number[]>> {
  for (let w = 0; w < WARMUP_RUNS; w++) for (const fn of Object.values(fns)) await fn();
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      await fn();
      times[name]!.push(performance.now() - t0);
    }
  }
  return times;
}

/**
 * CPU milliseconds used so far by a process and its descendants (Linux /proc; null elsewhere).
 * Unlike wall time, this does not grow when other work on a shared machine takes the cores.
 */
function treeCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
    let ms = (Number(fields[11]) + Number(fields[12])) * 10;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean)) ms += treeCpuMs(Number(child)) ?? 0;
    }
    return ms;
  } catch {
    return null;
  }
}

/** Like timeRounds, adding up the CPU time `cpuMs()` reports per function: mean ms per call. */
async function timeRoundsWithCpu(fns: Record<string, () => Promise<unknown>>, rounds: number, cpuMs: () => number | null) {
  const cpu: Record<string, number> = Object.fromEntries(Object.keys(fns).map((k) => [k, 0]));
  const calls: Record<string, number> = Object.fromEntries(Object.keys(fns).map((k) => [k, 0]));
  let measured = true;
  const wrapped = Object.fromEntries(
    Object.entries(fns).map(([name, fn]) => [
      name,
      async () => {
        const before = cpuMs();
        await fn();
        const after = cpuMs();
        // Warm-up calls (JIT compilation, first connections) are not counted, as in timeRounds.
        if (calls[name]!++ < WARMUP_RUNS) return;
        if (before === null || after === null) measured = false;
        else cpu[name]! += after - before;
      },
    ]),
  );
  const times = await timeRounds(wrapped, rounds);
  const perCall = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, measured ? v / rounds : null]));
  return { times, cpu: perCall };
}

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Signs in through better-auth's own endpoint, as the sign-in form does; returns the cookie header. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: baseUrl },
    body: JSON.stringify({ email, password: SCALE_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function getPage(url: string, cookie: string, expect: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200 || !body.includes(expect)) throw new Error(`GET ${url}: ${res.status}, expected "${expect}" in the body`);
}

async function benchDatabase(provider: "sqlite" | "postgresql", options: { responses: number; runs: number; http: boolean; postgres: string }) {
  process.env.TEST_DATABASE_URL = provider === "postgresql" ? options.postgres : "";
  process.env.DATABASE_URL = "";
  const db: TestDatabase = await createTestDatabase();
  try {
    process.env.DATABASE_URL = db.url;
    const t0 = performance.now();
    const targets: ScaleTargets = await seedScale(db.url, { responses: options.responses });
    const seedSeconds = (performance.now() - t0) / 1000;
    console.log(`[${provider}] seeded ${targets.counts.responses} responses, ${targets.counts.attempts} attempts, ${targets.counts.users} users in ${seedSeconds.toFixed(0)} s`);

    // The use cases, imported only now that DATABASE_URL names this database.
    const { getScoreHistory } = await import("../../app/_server/history/get-score-history");
    const { countMyAttempts, listMyAttempts } = await import("../../app/_server/history/list-my-attempts");
    const { getPracticeSummary } = await import("../../app/_server/practice/practice-queue");
    const { getQuizReport, getQuizGrades, gradesToCsv } = await import("../../app/_server/quizzes/quiz-report");
    const { getDb } = await import("../../prisma/client");
    const learner: Actor = { id: targets.learner.id, name: "Learner 0", email: targets.learner.email, role: "learner" };
    const teacher: Actor = { id: targets.teacher.id, name: "Scale Teacher", email: targets.teacher.email, role: "teacher" };
    // Exactly what app/history/page.tsx and the report page load (the session lookup aside).
    const historyData = () =>
      Promise.all([listMyAttempts({ actor: learner, limit: 25 }), countMyAttempts({ actor: learner }), getScoreHistory({ actor: learner }), getPracticeSummary({ actor: learner })]);
    const reportData = () => getQuizReport({ actor: teacher, quizId: targets.quizId });
    const csvData = async () => gradesToCsv((await getQuizGrades({ actor: teacher, quizId: targets.quizId })).grades);

    const history = await countQueries(historyData);
    const report = await countQueries(reportData);
    console.log(`[${provider}] history: ${history.result[2].attempts.length} attempts charted, ${history.queries} statements; report: ${report.result.learners} learners, ${report.result.grades.length} attempts, ${report.queries} statements`);

    const processCpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const { times: inProcess, cpu: inProcessCpu } = await timeRoundsWithCpu({ history: historyData, report: reportData, csv: csvData }, options.runs, processCpuMs);
    let http: Record<string, number[]> | undefined;
    let httpCpu: Record<string, number | null> | undefined;
    if (options.http) {
      await getDb().$disconnect();
      const server = await launchApp({ databaseUrl: db.url });
      try {
        const learnerCookie = await signIn(server.baseUrl, targets.learner.email);
        const teacherCookie = await signIn(server.baseUrl, targets.teacher.email);
        ({ times: http, cpu: httpCpu } = await timeRoundsWithCpu(
          {
            history: () => getPage(`${server.baseUrl}/history`, learnerCookie, "My history"),
            report: () => getPage(`${server.baseUrl}/teach/quizzes/${targets.quizId}`, teacherCookie, "Seeded quiz 1"),
            csv: () => getPage(`${server.baseUrl}/teach/quizzes/${targets.quizId}/report`, teacherCookie, "name,email,attempt"),
          },
          options.runs,
          () => treeCpuMs(server.pid),
        ));
      } finally {
        await server.kill();
      }
    }

    // _ms: wall time of the use cases in this process; _cpu_ms: this process's CPU time for them
    // (on PostgreSQL the database server's CPU is not in it); _http_ms: wall time of the page over
    // HTTP; _http_cpu_ms: the app server's CPU time per page (session lookup, data and rendering).
    const cpuFigure = (label: string, v: number | null | undefined) => (v === null || v === undefined ? [] : [`${label}=${fmt(v)}`]);
    const figures = (name: string) => {
      const parts = [`${name}_ms_p50=${fmt(percentile(inProcess[name]!, 50))}`, `${name}_ms_p95=${fmt(percentile(inProcess[name]!, 95))}`, ...cpuFigure(`${name}_cpu_ms`, inProcessCpu[name])];
      if (http) {
        parts.push(`${name}_http_ms_p50=${fmt(percentile(http[name]!, 50))}`, `${name}_http_ms_p95=${fmt(percentile(http[name]!, 95))}`, ...cpuFigure(`${name}_http_cpu_ms`, httpCpu?.[name]));
      }
      return parts.join(" ");
    };
    return [
      `scale db=${provider} responses=${targets.counts.responses} seed_s=${seedSeconds.toFixed(0)}`,
      figures("history"),
      `history_queries=${history.queries}`,
      figures("report"),
      `report_queries=${report.queries}`,
      figures("csv"),
      // This machine is shared: the load says how much of the figures is other people's work.
      `load1=${loadavg()[0]!.toFixed(1)}`,
    ].join(" ");
  } finally {
    const { getDb } = await import("../../prisma/client");
    await getDb().$disconnect();
    delete (globalThis as { newsquizDb?: unknown }).newsquizDb;
    await db.drop();
  }
}

async function main() {
  const which = arg("db") ?? "both";
  const options = {
    responses: Number(arg("responses") ?? 1_000_000),
    runs: Number(arg("runs") ?? 30),
    http: !process.argv.includes("--no-http"),
    postgres: arg("postgres") ?? process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
  };
  const lines: string[] = [];
  if (which === "sqlite" || which === "both") lines.push(await benchDatabase("sqlite", options));
  if (which === "postgresql" || which === "both") {
    if (await postgresReachable(options.postgres)) lines.push(await benchDatabase("postgresql", options));
    else console.error(`\n!!! PostgreSQL at ${options.postgres} is unreachable: its figures are SKIPPED. Pass --postgres URL or set BENCH_POSTGRES_URL. !!!\n`);
  }
  console.log("");
  for (const line of lines) console.log(line);
}

await main();
