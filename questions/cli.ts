// Command line: `npm run -s questions -- generate FILE [--json]`.
// Bad input exits non-zero with one line on stderr and nothing on stdout.
import { readFileSync, statSync } from "node:fs";
import { generateQuestions } from "./index";
import { formatText, serializeJson } from "./formats/json";

const USAGE = "usage: questions generate FILE [--json]";

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

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  const json = rest.includes("--json");
  const files = rest.filter((a) => !a.startsWith("--"));
  if (cmd !== "generate" || files.length !== 1) throw new CliError(USAGE);
  const file = files[0]!;
  let buf: Buffer;
  try {
    if (!statSync(file).isFile()) throw new CliError(`${file}: not a regular file`);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot read (${code ?? "error"})`);
  }
  const text = checkText(buf, file);
  const { questions } = generateQuestions(text);
  process.stdout.write(json ? `${serializeJson(questions)}\n` : `${formatText(questions)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const msg = e instanceof CliError ? e.message : `internal error: ${(e as Error).message}`;
  process.stderr.write(`error: ${msg.split("\n")[0]}\n`);
  process.exitCode = e instanceof CliError ? 2 : 1;
}
