// Online backup and restore of the SQLite database (PostgreSQL: use pg_dump / pg_restore, see
// README). The backup uses SQLite's backup API, so the app can keep serving while it runs.
//   npm run db:backup -- [FILE]      default data/backups/newsquiz-<timestamp>.db
//   npm run db:restore -- FILE       stop the app first; the current database is kept as .before-restore
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "../prisma/database-url";

const [command, file] = process.argv.slice(2);
const target = resolveDatabase();
if (target.provider !== "sqlite") {
  console.error("DATABASE_URL is PostgreSQL: back up with pg_dump and restore with pg_restore (see README).");
  process.exit(2);
}

if (command === "backup") {
  const out = path.resolve(file ?? `data/backups/newsquiz-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
  mkdirSync(path.dirname(out), { recursive: true });
  // Not read-only: a database in WAL mode needs its shared-memory file, which a reader may have to create.
  const db = new Database(target.filePath, { fileMustExist: true });
  await db.backup(out);
  db.close();
  console.log(`backed up ${target.filePath} to ${out}`);
} else if (command === "restore" && file) {
  const source = path.resolve(file);
  if (!existsSync(source)) {
    console.error(`${source}: no such file`);
    process.exit(2);
  }
  const check = new Database(source, { readonly: true, fileMustExist: true });
  const ok = check.pragma("integrity_check", { simple: true });
  check.close();
  if (ok !== "ok") {
    console.error(`${source}: not a healthy SQLite database (${String(ok)})`);
    process.exit(2);
  }
  if (existsSync(target.filePath)) {
    // Fold the write-ahead log into the old file first: a -wal left beside the restored file
    // would be replayed into it and corrupt it.
    const old = new Database(target.filePath, { fileMustExist: true });
    old.pragma("wal_checkpoint(TRUNCATE)");
    old.close();
    renameSync(target.filePath, `${target.filePath}.before-restore`);
    for (const suffix of ["-wal", "-shm"]) rmSync(target.filePath + suffix, { force: true });
  }
  copyFileSync(source, target.filePath);
  console.log(`restored ${target.filePath} from ${source}; migrations run at the next npm start`);
} else {
  console.error("usage: npm run db:backup -- [FILE] | npm run db:restore -- FILE");
  process.exit(2);
}
