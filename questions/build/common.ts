// Shared pieces for the builders: normalising text, blanking the answer out of its sentence,
// explanations, and the seeded shuffle.
import type { Fact } from "../facts";
import type { Question } from "../schema";
import { statement } from "./wording";

export const BLANK = "_____";

// norm() runs on the same answers, choices and prompts many times over while building and
// ranking (it was about half of generateQuestions' time), so results are memoised. The cache is
// emptied when full, which bounds its memory on huge inputs.
const normCache = new Map<string, string>();
const NORM_CACHE_MAX = 20_000;

/** Word-level normal form used for comparing answers, choices and prompts. */
export function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    if (normCache.size >= NORM_CACHE_MAX) normCache.clear();
    n = normUncached(s);
    normCache.set(s, n);
  }
  return n;
}

// Blanking out every character outside [\p{L}\p{N}.%$£€\s] with one Unicode-aware pass was most of
// norm's time; ASCII is done with a plain class and the rare other characters one by one.
const ASCII_PUNCT = /[^a-zA-Z0-9.%$\s\u0080-\uffff]/g;
const NON_ASCII = /[^\x00-\x7f]/u;
const NON_ASCII_ALL = /[^\x00-\x7f]/gu;
const KEPT = /^[\p{L}\p{N}£€\s]$/u;

/** Every character but letters, digits, whitespace and . % $ £ € becomes a space. */
export function blankPunctuation(s: string): string {
  const ascii = s.replace(ASCII_PUNCT, " ");
  return NON_ASCII.test(ascii) ? ascii.replace(NON_ASCII_ALL, (ch) => (KEPT.test(ch) ? ch : " ")) : ascii;
}

function normUncached(s: string): string {
  return blankPunctuation(
    s
      .toLowerCase()
      .replace(/'s\b/g, "")
      .replace(/(\d),(?=\d{3}\b)/g, "$1"),
  )
    .replace(/\.(?!\d)/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "the" && w !== "a" && w !== "an")
    .join(" ");
}

/** The sentence with the answer (and any repeat of it) replaced by a blank. */
export function blankSentence(f: Fact, answer = f.answer): string {
  const s0 = f.answerStart - f.start;
  const s1 = f.answerEnd - f.start;
  const out = f.sentence.slice(0, s0) + BLANK + f.sentence.slice(s1);
  return answer.length >= 3 ? replaceWord(out, answer, BLANK) : out;
}

const isWordChar = (s: string, i: number) => i >= 0 && i < s.length && /\w/.test(s[i]!);
/** Whether a regular expression's \b holds at `i`: a word character on one side only. */
const atBoundary = (s: string, i: number) => isWordChar(s, i - 1) !== isWordChar(s, i);

/** `new RegExp(`\\b${escaped(word)}\\b`).test(s)`, without building the regular expression. */
export function containsWord(s: string, word: string): boolean {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) if (atBoundary(s, at) && atBoundary(s, at + word.length)) return true;
  return false;
}

/**
 * `s.replace(new RegExp(`\\b${escaped(word)}\\b`, "g"), by)`, without building a regular
 * expression for every fact's answer (compiling one was 5% of building the questions).
 */
export function replaceWord(s: string, word: string, by: string): string {
  let out = "";
  let from = 0;
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if (at < from || !atBoundary(s, at) || !atBoundary(s, at + word.length)) continue;
    out += s.slice(from, at) + by;
    from = at + word.length;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The sentence with the answer replaced by another value (for false statements). */
export function substitute(f: Fact, replacement: string): string {
  return f.sentence.slice(0, f.answerStart - f.start) + replacement + f.sentence.slice(f.answerEnd - f.start);
}

export function quoted(f: Fact, body: string): string {
  return `${f.context ? `${f.context} ` : ""}"${body}"`;
}

/** The fact in one sentence, then its source. */
export function explain(f: Fact): string {
  return `${statement(f)} The article says: "${f.sentence}"`;
}

export function baseQuestion(f: Fact): Pick<Question, "explanation" | "source" | "factKind" | "tags"> {
  return {
    explanation: explain(f),
    source: { sentence: f.sentence, start: f.start, end: f.end },
    factKind: f.kind,
    tags: [...new Set([f.kind, ...(f.entityType ? [f.entityType] : [])])],
  };
}

export function hashOf(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Deterministic shuffle so output is stable across runs (seeded by the fact id). */
export function shuffle<T>(xs: readonly T[], seed: string): T[] {
  let h = hashOf(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
