import { describe, expect, it } from "vitest";
import { postgresPool } from "@/prisma/database-url";

describe("postgresPool", () => {
  it("leaves node-postgres's default when the URL names no connection_limit", () => {
    expect(postgresPool("postgresql://app@db:5432/newsquiz?sslmode=require")).toEqual({ connectionString: "postgresql://app@db:5432/newsquiz?sslmode=require" });
  });

  it("takes connection_limit out of the URL as the pool's size", () => {
    const pool = postgresPool("postgresql://app@db:5432/newsquiz?connection_limit=4&sslmode=require");
    expect(pool.max).toBe(4);
    expect(pool.connectionString).toBe("postgresql://app@db:5432/newsquiz?sslmode=require");
  });

  it("refuses a limit that is not a whole number of connections", () => {
    for (const bad of ["0", "-2", "2.5", "many", ""]) expect(() => postgresPool(`postgresql://db/n?connection_limit=${bad}`)).toThrow(/connection_limit/);
  });
});
