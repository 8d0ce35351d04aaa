// Which database the app talks to, decided once from DATABASE_URL. Shared by the app, the Prisma
// CLI config, scripts and tests so they can never disagree.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/newsquiz.db";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export function resolveDatabase(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url}"`);
  }
  // Relative SQLite paths are relative to the directory the command runs in (the project root
  // for every npm script), not to the schema file as in Prisma's own convention.
  const filePath = path.resolve(url.slice("file:".length).replace(/^\/\/(?=\/)/, ""));
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}

/**
 * The PostgreSQL pool's settings. `connection_limit` in the URL (Prisma's own name for it) sets how
 * many connections each app process keeps; it is taken out of the URL, which the driver would
 * otherwise pass to the server. Default: node-postgres's 10.
 */
export function postgresPool(url: string): { connectionString: string; max?: number } {
  const parsed = new URL(url);
  const limit = parsed.searchParams.get("connection_limit");
  if (limit === null) return { connectionString: url };
  const max = Number(limit);
  if (!Number.isInteger(max) || max < 1) throw new Error(`connection_limit must be a whole number of connections, got "${limit}"`);
  parsed.searchParams.delete("connection_limit");
  return { connectionString: parsed.toString(), max };
}
