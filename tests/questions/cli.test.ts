import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { questionSchema } from "@/questions/schema";

const root = new URL("../..", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync("npx", ["tsx", "questions/cli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), "newsquiz-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("questions CLI", { timeout: 60_000 }, () => {
  it.each([
    ["missing file", [join(dir, "nope.txt")], /no such file/],
    ["empty file", [file("empty.txt", "")], /empty/],
    ["whitespace only", [file("blank.txt", "  \n\n ")], /empty/],
    ["binary with NUL bytes", [file("bin.dat", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]))], /binary/],
    ["mostly non-text", [file("noise.txt", Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x01 : 0x41))))], /not look like text/],
    ["no command", [], /usage/],
  ])("%s: exits non-zero, one line on stderr, nothing on stdout", (_, args, message) => {
    const r = run(...(args.length ? ["generate", ...(args as string[])] : []));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it("prints schema-valid JSON questions with --json", () => {
    const r = run("generate", join(root, "tests/fixtures/articles/harbour-bridge-repairs.txt"), "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { questions: unknown[] };
    expect(out.questions.length).toBeGreaterThan(5);
    for (const q of out.questions) expect(questionSchema.safeParse(q).success).toBe(true);
  });

  it("prints a readable list without --json", () => {
    const r = run("generate", join(root, "tests/fixtures/articles/rice-harvest-summit.txt"));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1\. \[/);
    expect(r.stdout).toContain("Answer:");
  });
});

describe("GIFT through the CLI", { timeout: 60_000 }, () => {
  const giftDir = mkdtempSync(join(tmpdir(), "nq-gift-"));
  const giftFile = join(giftDir, "bank.gift");
  writeFileSync(
    giftFile,
    ["$CATEGORY: $course$/World", "", "::lead:: Who leads Japan? {=Shigeru Ishiba ~Lee Jae Myung ~Donald Trump}", "", "Broken {=x", "", "How many troops? {#80000:500}", ""].join("\n"),
  );

  it("import-gift prints questions and line-numbered errors, exit 0", () => {
    const r = run("import-gift", giftFile, "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.questions.map((q: { type: string }) => q.type)).toEqual(["multiple_choice", "numeric"]);
    expect(out.questions[0]).toMatchObject({ name: "lead", answer: "Shigeru Ishiba", tags: ["World"] });
    expect(out.errors).toEqual([{ line: 5, message: expect.stringMatching(/not closed/) }]);
  });

  it("export-gift turns that JSON back into GIFT that imports the same", () => {
    const jsonFile = join(giftDir, "bank.json");
    writeFileSync(jsonFile, run("import-gift", giftFile, "--json").stdout);
    const exported = run("export-gift", jsonFile);
    expect(exported.status).toBe(0);
    const again = join(giftDir, "again.gift");
    writeFileSync(again, exported.stdout);
    const reimported = JSON.parse(run("import-gift", again, "--json").stdout);
    expect(reimported).toEqual({ ...JSON.parse(readFileSync(jsonFile, "utf8")), errors: [] });
  });

  it.each([
    ["missing file", ["import-gift", join(giftDir, "nope.gift")]],
    ["malformed JSON", ["export-gift", giftFile]],
  ])("%s: exits non-zero with one line", (_, args) => {
    const r = run(...args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
