// `npm start`: database, migrations, demo content, build if needed, then serve.
//   DATABASE_URL  default file:./data/newsquiz.db (or postgresql://...)
//   PORT          default 3000
//   NEWSQUIZ_ADMIN_EMAIL / NEWSQUIZ_ADMIN_PASSWORD  create that admin account if missing
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { DEFAULT_DATABASE_URL, resolveDatabase } from "../prisma/database-url";
import { migrateDeploy } from "./lib/prisma-cli";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build-if-needed";

const port = process.env.PORT || "3000";
const target = resolveDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
process.env.DATABASE_URL = target.url;
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.BETTER_AUTH_SECRET = ensureAuthSecret();
process.env.BETTER_AUTH_URL ||= `http://localhost:${port}`;

console.log(`Database: ${target.provider === "sqlite" ? target.filePath : "PostgreSQL"}`);
migrateDeploy(target.url);

const tsx = (script: string, args: string[] = []) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", script, ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status})`);
};
tsx("prisma/seed.ts");
if (process.env.NEWSQUIZ_ADMIN_EMAIL && process.env.NEWSQUIZ_ADMIN_PASSWORD) tsx("scripts/create-admin.ts", ["--if-missing"]);

buildIfNeeded();

console.log(`Newsquiz on http://localhost:${port}`);
// server.ts: Next.js plus the JSON API's fast path (docs/decisions/011-answer-saving-fast-path.md).
const server = spawn(process.execPath, ["--import", "tsx", path.resolve("server.ts")], { stdio: "inherit", env: { ...process.env, PORT: port, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
