// Runs the Prisma CLI (migrations in WebAssembly through the driver adapter, see prisma.config.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { resolveDatabase } from "../../prisma/database-url";

const PRISMA_BIN = path.resolve("node_modules/prisma/build/index.js");

export function runPrisma(args: string[], databaseUrl = process.env.DATABASE_URL): void {
  const target = resolveDatabase(databaseUrl || undefined);
  if (target.provider === "sqlite") mkdirSync(path.dirname(target.filePath), { recursive: true });
  const result = spawnSync(process.execPath, [PRISMA_BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})`);
  }
}

export function migrateDeploy(databaseUrl?: string): void {
  runPrisma(["migrate", "deploy"], databaseUrl);
  const target = resolveDatabase(databaseUrl || undefined);
  if (target.provider === "sqlite") enableWriteAheadLog(target.filePath);
}

/**
 * SQLite in WAL mode: readers never wait for the writer, and a commit is one append rather than
 * a rewrite of the journal, which is most of our answer-saving throughput. The mode is stored in
 * the file, so setting it once here holds for every later connection. A process crash (even
 * SIGKILL) loses no committed transaction in this mode.
 */
function enableWriteAheadLog(filePath: string): void {
  const db = new Database(filePath);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
