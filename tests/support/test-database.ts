// A throwaway database for a test run: a fresh SQLite file, or a fresh PostgreSQL database when
// TEST_DATABASE_URL (or DATABASE_URL) is postgresql://. Migrated with the real migrations.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";

export interface TestDatabase {
  url: string;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

/** `base`: a postgresql:// URL to create the database beside, else SQLite (default: from the environment). */
export async function createTestDatabase(base: string = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || ""): Promise<TestDatabase> {
  if (/^postgres(ql)?:/.test(base)) {
    const name = `newsquiz_test_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    migrateDeploy(url.toString());
    return {
      url: url.toString(),
      provider: "postgresql",
      async drop() {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "newsquiz-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateDeploy(url);
  return { url, provider: "sqlite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether a PostgreSQL server answers at `url` within two seconds. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
