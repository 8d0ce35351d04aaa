// Runs the real production build on a free port over a fresh, migrated, seeded database (SQLite
// by default). `launchApp` starts one more `next start` process on an existing database: a second
// instance behind the same database, or the same one again after a crash.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { buildIfNeeded } from "../../../scripts/lib/build-if-needed";

export const E2E_AUTH_SECRET = "e2e-secret-0123456789abcdef0123456789";

export interface AppProcess {
  baseUrl: string;
  /** The `next start` process id (the scale benchmark reads its CPU time). */
  pid: number;
  /** Everything the server has written to stdout and stderr so far. */
  logs(): string;
  /** Stops the process: SIGTERM lets it finish, SIGKILL is a crash. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface AppServer extends AppProcess {
  /** The server's database, for tests that check what it holds against what the browser saw. */
  databaseUrl: string;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  databaseUrl: string;
  /** Extra environment, e.g. LOG_LEVEL. */
  env?: Record<string, string>;
  /** Keep stdout for `logs()` (off for load runs, where it would grow without bound). */
  captureOutput?: boolean;
  /** Extra node flags for the server process, e.g. ["--cpu-prof"] when profiling a benchmark. */
  nodeArgs?: string[];
}

export interface AppServerOptions extends Omit<LaunchOptions, "databaseUrl"> {
  /** postgresql://... to run on a fresh PostgreSQL database beside it; default SQLite (or TEST_DATABASE_URL). */
  databaseBase?: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`app server did not become healthy within ${timeoutMs} ms`);
}

function appEnv(databaseUrl: string, baseUrl: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
    BETTER_AUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(port),
    // The teacher tests fetch articles and feeds from a test site on this machine.
    NEWSQUIZ_FETCH_ALLOW_HOSTS: "127.0.0.1",
    ...extra,
  };
}

/** One production server process (server.ts) on a database that is already migrated. */
export async function launchApp({ databaseUrl, env: extra, captureOutput = true, nodeArgs = [] }: LaunchOptions): Promise<AppProcess> {
  buildIfNeeded({ log: (m) => console.log(`[e2e] ${m}`) });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The production server as `npm start` runs it (server.ts: Next.js plus the answer-saving fast path).
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.resolve("server.ts")], {
    env: { ...appEnv(databaseUrl, baseUrl, port, extra), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (captureOutput ? (output += d) : undefined));
  child.stderr?.on("data", (d) => (output += d));
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    baseUrl,
    pid: child.pid!,
    logs: () => output,
    async kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    },
  };
}

/** A fresh database (migrated, demo quiz seeded) and one app process on it. */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  buildIfNeeded({ log: (m) => console.log(`[e2e] ${m}`) });
  const db: TestDatabase = await createTestDatabase(options.databaseBase);
  const seed = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "prisma/seed.ts"], {
    env: appEnv(db.url, "http://127.0.0.1", 0, options.env),
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
  let app: AppProcess;
  try {
    app = await launchApp({ ...options, databaseUrl: db.url });
  } catch (error) {
    await db.drop();
    throw error;
  }
  return {
    ...app,
    databaseUrl: db.url,
    async stop() {
      await app.kill();
      await db.drop();
    },
  };
}
