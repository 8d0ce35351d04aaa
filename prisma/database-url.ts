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
