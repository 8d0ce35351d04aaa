// Derives prisma/postgres/schema.prisma from the SQLite schema (the source of truth).
//   npm run db:derive-postgres            write it
//   npm run db:derive-postgres -- --check exit 1 if the checked-in file is out of date (CI)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const SOURCE = "prisma/schema.prisma";
const TARGET = "prisma/postgres/schema.prisma";

export function derivePostgresSchema(sqlite: string): string {
  const replaced = sqlite
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\/generated\/sqlite"/, 'output     = "../generated/postgres"');
  if (replaced.includes('"sqlite"') || !replaced.includes("../generated/postgres")) {
    throw new Error(`${SOURCE}: expected one sqlite datasource and output "./generated/sqlite"`);
  }
  const header = `// GENERATED from ${SOURCE} by scripts/derive-postgres-schema.ts. Do not edit: edit the source.\n`;
  return header + replaced;
}

const derived = derivePostgresSchema(readFileSync(SOURCE, "utf8"));
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(TARGET, "utf8");
  } catch {}
  if (current !== derived) {
    console.error(`${TARGET} is out of date: run npm run db:derive-postgres and create a PostgreSQL migration.`);
    process.exit(1);
  }
  console.log(`${TARGET} is up to date.`);
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(TARGET, derived);
  console.log(`wrote ${TARGET}`);
}
