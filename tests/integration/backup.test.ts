// SQLite online backup and restore through the npm scripts, on a database with real rows.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDeploy } from "@/scripts/lib/prisma-cli";

const run = (databaseUrl: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/backup.ts", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });

describe.skipIf(/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""))("SQLite backup and restore", () => {
  it("copies a live database and restores it, keeping the one it replaces", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nq-backup-"));
    const source = path.join(dir, "live.db");
    migrateDeploy(`file:${source}`);
    const live = new Database(source);
    live.prepare("INSERT INTO Tag (id, name) VALUES (?, ?)").run("t1", "pacific");
    const backupFile = path.join(dir, "copy.db");
    const backup = run(`file:${source}`, "backup", backupFile);
    expect(backup.status).toBe(0);
    live.prepare("INSERT INTO Tag (id, name) VALUES (?, ?)").run("t2", "written after the backup");
    live.close();

    const restore = run(`file:${source}`, "restore", backupFile);
    expect(restore.status).toBe(0);
    const restored = new Database(source, { readonly: true });
    expect(restored.prepare("SELECT name FROM Tag ORDER BY id").all()).toEqual([{ name: "pacific" }]);
    restored.close();
    const before = new Database(`${source}.before-restore`, { readonly: true });
    expect(before.prepare("SELECT COUNT(*) AS n FROM Tag").get()).toEqual({ n: 2 });
    before.close();

    const bad = run(`file:${source}`, "restore", path.join(dir, "missing.db"));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no such file/);
  });
});
