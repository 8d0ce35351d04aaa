// Command line, run as `npm run -s questions -- COMMAND ...`:
//   generate FILE [--json] [--title T] [--published YYYY-MM-DD]   questions from an article
//   import-gift FILE [--json]     {"questions":[...],"errors":[{"line","message"}]} from a GIFT file
//   export-gift FILE.json         GIFT for a file of {"questions":[...]} (the shape printed above)
// Bad input exits non-zero (2) with one line on stderr and nothing on stdout.
import { readFileSync, statSync } from "node:fs";
import { generateQuestions } from "./index";
import { formatText, serializeJson, toJsonOutput } from "./formats/json";
import { exportGift, parseGift } from "./formats/gift";
import { questionSchema, type Question } from "./schema";

const USAGE = "usage: questions generate FILE [--json] [--title T] [--published YYYY-MM-DD] | import-gift FILE [--json] | export-gift FILE.json";

class CliError extends Error {}

/** Reject binary or mostly non-text input before trying to read it as an article. */
export function checkText(buf: Buffer, name: string): string {
  if (buf.length === 0) throw new CliError(`${name}: file is empty`);
  if (buf.includes(0)) throw new CliError(`${name}: looks like a binary file (contains NUL bytes)`);
  const text = buf.toString("utf8");
  let bad = 0;
  let letters = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) bad++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  if (bad > text.length * 0.05) throw new CliError(`${name}: does not look like text (${bad} non-text characters)`);
  if (!text.trim()) throw new CliError(`${name}: file is empty`);
  if (letters < 20) throw new CliError(`${name}: too little text to make questions from`);
  return text;
}

function readInput(file: string): Buffer {
  try {
    if (!statSync(file).isFile()) throw new CliError(`${file}: not a regular file`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot read (${code ?? "error"})`);
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function positional(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith("--") && !(i > 0 && ["--title", "--published"].includes(args[i - 1]!)));
}

function generate(args: string[]): number {
  const files = positional(args);
  if (files.length !== 1) throw new CliError(USAGE);
  const file = files[0]!;
  const text = checkText(readInput(file), file);
  const published = option(args, "--published");
  const publishedAt = published ? new Date(published) : undefined;
  if (publishedAt && Number.isNaN(publishedAt.getTime())) throw new CliError(`--published: "${published}" is not a date (use YYYY-MM-DD)`);
  const { questions } = generateQuestions(text, { title: option(args, "--title"), publishedAt });
  process.stdout.write(args.includes("--json") ? `${serializeJson(questions)}\n` : `${formatText(questions)}\n`);
  return 0;
}

/** Exit 0 whenever the file was read: skipped questions are listed in "errors", by line. */
function importGift(args: string[]): number {
  const files = positional(args);
  if (files.length !== 1) throw new CliError(USAGE);
  const file = files[0]!;
  const buf = readInput(file);
  if (buf.length === 0 || !buf.toString("utf8").trim()) throw new CliError(`${file}: file is empty`);
  if (buf.includes(0)) throw new CliError(`${file}: looks like a binary file (contains NUL bytes)`);
  const { questions, errors } = parseGift(buf.toString("utf8"));
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ ...toJsonOutput(questions), errors }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatText(questions)}\n`);
    for (const e of errors) process.stderr.write(`${file}:${e.line}: ${e.message}\n`);
  }
  return 0;
}

/** GIFT on stdout; questions that are invalid or have no GIFT form are named on stderr. */
function exportGiftFile(args: string[]): number {
  const files = positional(args);
  if (files.length !== 1) throw new CliError(USAGE);
  const file = files[0]!;
  let data: unknown;
  try {
    data = JSON.parse(readInput(file).toString("utf8"));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file}: not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
  const list = (data as { questions?: unknown })?.questions;
  if (!Array.isArray(list)) throw new CliError(`${file}: expected {"questions": [...]}`);
  const valid: Question[] = [];
  const positions: number[] = [];
  list.forEach((raw, i) => {
    const parsed = questionSchema.safeParse(raw);
    if (parsed.success) {
      valid.push(parsed.data);
      positions.push(i);
    } else {
      process.stderr.write(`question ${i + 1}: skipped: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}\n`);
    }
  });
  const { gift, skipped, notices } = exportGift(valid);
  for (const s of skipped) process.stderr.write(`question ${positions[s.index]! + 1}: skipped: ${s.message}\n`);
  for (const n of notices) process.stderr.write(`question ${positions[n.index]! + 1}: ${n.message}\n`);
  process.stdout.write(gift);
  return 0;
}

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "generate":
      return generate(rest);
    case "import-gift":
      return importGift(rest);
    case "export-gift":
      return exportGiftFile(rest);
    default:
      throw new CliError(USAGE);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const msg = e instanceof CliError ? e.message : `internal error: ${(e as Error).message}`;
  process.stderr.write(`error: ${msg.split("\n")[0]}\n`);
  process.exitCode = e instanceof CliError ? 2 : 1;
}
