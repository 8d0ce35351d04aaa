// The app server's database, opened from the test for one piece of work (seeding rows, checking
// what a page stored) and closed again, so no test leaves a connection open beside the server's.
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

export async function withDb<T>(databaseUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
