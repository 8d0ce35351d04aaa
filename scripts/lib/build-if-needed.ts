// Builds the Next.js app when no build exists or the sources changed since the last one, so that
// `npm start` on a fresh clone and after a `git pull` both serve current code.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

// Everything the build reads. prisma/ counts whole (the app imports its modules; the generated
// clients follow the schema), except what the build never reads.
const SOURCES = ["app", "questions", "prisma", "proxy.ts", "instrumentation.ts", "package-lock.json", "next.config.js", "postcss.config.mjs", "tsconfig.json"];
const NOT_SOURCES = new Set(["prisma/generated", "prisma/migrations", "prisma/postgres/migrations"]);
const STAMP = ".next/newsquiz-source-hash";

function hashSources(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p) || NOT_SOURCES.has(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(p).update(readFileSync(p));
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

export function buildIfNeeded({ log = console.log }: { log?: (m: string) => void } = {}): void {
  const current = hashSources();
  if (existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === current) return;
  log("Building the app (next build)...");
  const result = spawnSync(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  writeFileSync(STAMP, current);
}
