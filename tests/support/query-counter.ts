// Counts the SQL statements a piece of app code sends, on SQLite and PostgreSQL alike: the app's
// client (getDb's process-wide one) is swapped for a client on the same database that reports
// every statement through Prisma's query events, then put back.
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

const holder = globalThis as unknown as { newsquizDb?: Db };
let counting: string[] | null = null;
let countingClient: { url: string; db: Db } | undefined;

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const target = resolveDatabase();
  if (countingClient?.url !== target.url) {
    await countingClient?.db.$disconnect();
    countingClient = { url: target.url, db: createDb(target, { onQuery: (e) => counting?.push(e.query) }) };
  }
  const previous = holder.newsquizDb;
  holder.newsquizDb = countingClient.db;
  const statements: string[] = [];
  counting = statements;
  try {
    const result = await fn();
    return { result, queries: statements.length, statements };
  } finally {
    counting = null;
    holder.newsquizDb = previous;
  }
}
