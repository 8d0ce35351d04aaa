// The one database client. The provider is chosen from DATABASE_URL at start-up; both generated
// clients come from the same data model (the PostgreSQL schema is derived from the SQLite one), so
// the app is typed against the SQLite client and the PostgreSQL client is used through that type
// (docs/decisions/002-sqlite-default-postgresql-derived.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { resolveDatabase, type DatabaseTarget } from "./database-url";

export type Db = SqliteClient;

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  if (target.provider === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
}

// Next's dev server reloads modules; keep one client per process rather than one per reload.
const globalForDb = globalThis as unknown as { newsquizDb?: Db };

export function getDb(): Db {
  globalForDb.newsquizDb ??= createDb();
  return globalForDb.newsquizDb;
}
