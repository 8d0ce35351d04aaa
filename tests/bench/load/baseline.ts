// Starts the load benchmark's yardstick, baseline-server.ts, in its own process on a free port.
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, E2E_AUTH_SECRET } from "../../e2e/support/app-server";

export async function startBaseline(databaseUrl: string): Promise<{ baseUrl: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.resolve("tests/bench/load/baseline-server.ts"), String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: E2E_AUTH_SECRET, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => (d.toString().includes("listening") ? resolve() : undefined));
    child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
