// Runs the real production build on a free port over a fresh, migrated, seeded SQLite database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { buildIfNeeded } from "../../../scripts/lib/build-if-needed";

export interface AppServer {
  baseUrl: string;
  /** The server's database, for tests that check what it holds against what the browser saw. */
  databaseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
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

export interface NextServer {
  baseUrl: string;
  /** The `next start` process (the benchmark reads its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

/** `next start` of the production build on a free port over `databaseUrl` (already migrated). */
export async function startNextServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<NextServer> {
  buildIfNeeded({ log: (m) => console.log(`[app] ${m}`) });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = serverEnv(databaseUrl, baseUrl, extraEnv);
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
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
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}

function serverEnv(databaseUrl: string, baseUrl: string, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
    BETTER_AUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: new URL(baseUrl).port,
    ...extraEnv,
  };
}

/** A fresh, migrated database with the demo seed, served by the production build. */
export async function startAppServer(): Promise<AppServer> {
  buildIfNeeded({ log: (m) => console.log(`[e2e] ${m}`) });
  const db: TestDatabase = await createTestDatabase();
  // The teacher tests fetch articles and feeds from a test site on this machine.
  const extraEnv = { NEWSQUIZ_FETCH_ALLOW_HOSTS: "127.0.0.1" };
  const seed = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "production" },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
  let server: NextServer;
  try {
    server = await startNextServer(db.url, extraEnv);
  } catch (error) {
    await db.drop();
    throw error;
  }
  return {
    baseUrl: server.baseUrl,
    databaseUrl: db.url,
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}
