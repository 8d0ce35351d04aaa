// Our patch to @prisma/adapter-better-sqlite3 (patches/): a query SQLite has prepared once is not
// prepared again. Fails if `npm install` did not apply the patch.
import { describe, expect, it, vi } from "vitest";
import Database from "better-sqlite3";
import { getDb } from "@/prisma/client";
import { createLearner } from "./factories";

describe.runIf(process.env.DATABASE_URL?.startsWith("file:"))("prepared statements on SQLite", () => {
  it("prepares a repeated query once and still binds each call's own arguments", async () => {
    const [a, b] = [await createLearner("Prepared A"), await createLearner("Prepared B")];
    const find = (id: string) => getDb().user.findUnique({ where: { id }, select: { name: true } });
    await find(a.id); // warm: prepared here
    const spy = vi.spyOn(Database.prototype, "prepare");
    try {
      expect((await find(b.id))?.name).toBe("Prepared B");
      expect((await find(a.id))?.name).toBe("Prepared A");
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
