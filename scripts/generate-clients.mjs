// Generates the Prisma client for both providers (run by `postinstall`). Plain .mjs because it
// runs before anything else is set up.
//
// Prisma 6.19 downloads a native query engine when the datasource's env("DATABASE_URL") is unset,
// even with engineType = "client"; a placeholder URL of the right provider keeps it offline.
import { execFileSync } from "node:child_process";

const targets = [
  { schema: "prisma/schema.prisma", url: "file:./data/placeholder.db" },
  { schema: "prisma/postgres/schema.prisma", url: "postgresql://placeholder@127.0.0.1:5432/placeholder" },
];
for (const { schema, url } of targets) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
