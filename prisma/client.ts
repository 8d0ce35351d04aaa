// The one database client. The provider is chosen from DATABASE_URL at start-up; both generated
// clients come from the same data model (the PostgreSQL schema is derived from the SQLite one), so
// the app is typed against the SQLite client and the PostgreSQL client is used through that type
// (docs/decisions/002-sqlite-default-postgresql-derived.md).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { postgresPool, resolveDatabase, type DatabaseTarget } from "./database-url";
import { rememberConnection } from "./direct-sql";

export type Db = SqliteClient;

// Prisma.sql and Prisma.join build raw queries for either client: both generated clients share
// the same runtime (@prisma/client/runtime/client).
export { Prisma } from "./generated/sqlite/client";

export interface QueryEvent {
  query: string;
  duration: number;
}

/**
 * `onQuery` sees every SQL statement the client sends (Prisma's query events), for benchmarks and
 * tests that count them; the app itself never sets it.
 */
export function createDb(target: DatabaseTarget = resolveDatabase(), { onQuery }: { onQuery?: (event: QueryEvent) => void } = {}): Db {
  const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  // Direct statements (direct-sql.ts) go through the connection Prisma makes with this adapter.
  const adapter = rememberConnection(target.provider === "postgresql" ? new PrismaPg(postgresPool(target.url)) : new PrismaBetterSQLite3({ url: target.url }), onQuery);
  const db =
    target.provider === "postgresql"
      ? (new PostgresClient({ adapter: adapter.factory as PrismaPg, log }) as unknown as Db)
      : new SqliteClient({ adapter: adapter.factory as PrismaBetterSQLite3, log });
  adapter.attach(db);
  if (onQuery) (db as unknown as { $on(event: "query", cb: (e: QueryEvent) => void): void }).$on("query", onQuery);
  return db;
}

// Next's dev server reloads modules; keep one client per process rather than one per reload.
const globalForDb = globalThis as unknown as { newsquizDb?: Db };

export function getDb(): Db {
  globalForDb.newsquizDb ??= createDb();
  return globalForDb.newsquizDb;
}
