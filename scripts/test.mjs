// `npm test`: the whole suite, in the order that fails fastest. Exits non-zero on any failure and
// ends with one summary line, "tests: N passed, N failed, N skipped".
//   static checks  tsc --noEmit, eslint, PostgreSQL schema derived from the SQLite one
//   unit           questions/ (vitest project "unit")
//   integration    use cases over a real database (SQLite; TEST_DATABASE_URL=postgresql://... for PostgreSQL)
//   e2e            the production build in headless Chromium
// Pass step names to run only those: `npm test -- unit integration`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  { name: "typecheck", cmd: [bin("tsc"), "--noEmit"] },
  { name: "lint", cmd: [bin("eslint"), "--max-warnings=0", "."] },
  { name: "schema", cmd: [bin("tsx"), "scripts/derive-postgres-schema.ts", "--check"] },
  { name: "unit", vitest: "unit" },
  { name: "integration", vitest: "integration" },
  { name: "e2e", vitest: "e2e" },
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
mkdirSync("test-results", { recursive: true });

for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n=== ${step.name} ===`);
  let cmd = step.cmd;
  const report = `test-results/vitest-${step.vitest}.json`;
  if (step.vitest) {
    rmSync(report, { force: true });
    cmd = [bin("vitest"), "run", "--project", step.vitest, "--reporter=default", "--reporter=json", `--outputFile=${report}`];
  }
  const result = spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (step.vitest && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    // A suite that fails in its setup fails no individual test: count it as a failure too.
    const brokenSuites = json.testResults.filter((r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed")).length;
    totals.failed += json.numFailedTests + brokenSuites;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    if (json.numTotalTests === 0) {
      console.error(`${step.name}: no tests ran`);
      failedSteps.push(step.name);
      continue;
    }
  }
  if (result.status !== 0) failedSteps.push(step.name);
}

console.log("");
if (failedSteps.length) console.error(`failed steps: ${failedSteps.join(", ")}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
