// Prisma CLI configuration. Migrations run through the same driver adapters as the app, in
// WebAssembly, so no native engine is downloaded (docs/decisions/001-prisma-6-driver-adapters.md).
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabase } from "./prisma/database-url";

const target = resolveDatabase();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  adapter: async () =>
    target.provider === "postgresql"
      ? new PrismaPg({ connectionString: target.url })
      : new PrismaBetterSQLite3({ url: target.url }),
});
