// Small helpers every kind of distractor uses: deterministic ordering, and the word overlap checks
// that keep a choice from repeating the answer or the sentence's names.
import type { Fact } from "../../facts";
import { hashOf, norm } from "../common";
import { RunCache } from "../../run-cache";

/**
 * Equally good candidates in an order set by a seed, never by list order: a short curated list
 * (best first) is rotated, a long gazetteer list (alphabetical) is shuffled so that neighbours in
 * the alphabet ("Illinois", "Indiana", "Iowa") are not offered together.
 */
export function rotate<T>(xs: readonly T[], seed: string): T[] {
  const n = xs.length;
  if (n < 2) return [...xs];
  const k = hashOf(seed) % n;
  if (n <= 8) return [...xs.slice(k), ...xs.slice(0, k)];
  // A stride through the list (coprime to its length, so every item comes once): neighbours in
  // the list come a stride apart, and no hashing per item is needed.
  const step = STRIDES.find((p) => n % p !== 0) ?? 1;
  const out = new Array<T>(n);
  for (let j = 0; j < n; j++) out[j] = xs[(k + j * step) % n]!;
  return out;
}

const STRIDES = [7, 11, 13, 17, 19, 23];

/** Candidates grouped by a relevance rank (lower is better), each group rotated by the seed. */
export function byRelevance<T>(xs: readonly T[], rank: (x: T) => number, seed: string): T[] {
  const groups = new Map<number, T[]>();
  for (const x of xs) {
    const r = rank(x);
    if (!Number.isFinite(r)) continue;
    const g = groups.get(r) ?? [];
    g.push(x);
    groups.set(r, g);
  }
  return [...groups.keys()].sort((a, b) => a - b).flatMap((r) => rotate(groups.get(r)!, `${seed}|${r}`));
}

/**
 * The candidate list in sections, best first, each built only when the ones before it ran out:
 * most facts find their choices in the article and never rank the gazetteers.
 */
export type Sections = (() => Iterable<string>)[];

export const flatten = (sections: Sections): string[] => sections.flatMap((s) => [...s()]);

// The distractor filter compares every candidate with the answer, the sentence's names and the
// choices taken so far; each string's content words are worked out once and kept.
const contentCache = new Map<string, readonly string[]>();
const CONTENT_CACHE_MAX = 20_000;

/** Words that join the parts of a name: "Institute for X" and "Centre for Y" share nothing. */
const LINK_WORDS = new Set(["and", "for", "the", "with", "from", "upon"]);

/** Normalised words of `s` that can make two names overlap: not numbers, longer than two letters. */
export function contentWords(s: string): readonly string[] {
  let ws = contentCache.get(s);
  if (ws === undefined) {
    if (contentCache.size >= CONTENT_CACHE_MAX) contentCache.clear();
    ws = [...new Set(norm(s).split(" "))].filter((w) => !/^\d/.test(w) && w.length > 2 && !LINK_WORDS.has(w));
    contentCache.set(s, ws);
  }
  return ws;
}

/** Whether two names share a content word ("Lee" and "Lee Jae Myung"). */
export function sharesWord(a: string, b: string): boolean {
  const aw = contentWords(a);
  if (!aw.length) return false;
  return contentWords(b).some((w) => aw.includes(w));
}

const NOT_NAMES = /^(?:The|A|An|In|On|At|But|And|He|She|It|They|This|That|Mr|Mrs|Ms|Dr|Sen|Rep|President|Minister)$/;

/** A capitalised word of three letters or more. */
const NAME_WORD = /\b\p{Lu}[\p{L}'-]{2,}/gu;

const nameWordsOf = new RunCache<Fact, Set<string>>();

/**
 * The content words of all of the sentence's names outside the answer (names a choice must not
 * repeat), as one set, worked out once per fact.
 */
export function sentenceNameWords(f: Fact): Set<string> {
  let out = nameWordsOf.get(f);
  if (!out) {
    out = new Set<string>();
    const s = f.sentence.slice(0, f.answerStart - f.start) + " " + f.sentence.slice(f.answerEnd - f.start);
    NAME_WORD.lastIndex = 0;
    for (let m = NAME_WORD.exec(s); m; m = NAME_WORD.exec(s)) {
      const w = m[0].replace(/'s?$/, "");
      if (!NOT_NAMES.test(w)) for (const x of contentWords(w)) out.add(x);
    }
    nameWordsOf.set(f, out);
  }
  return out;
}

/** The text right after the answer in its sentence, and right before it. */
export const textAfter = (f: Fact): string => f.sentence.slice(f.answerEnd - f.start);
export const textBefore = (f: Fact): string => f.sentence.slice(0, f.answerStart - f.start);

/** Accents folded and case lowered, for matching names written with or without diacritics. */
export const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();

const NONE = Symbol("undefined");

/** A one-argument function remembered by argument, its cache emptied when full (bounded memory on huge inputs). */
export function memo<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  // An undefined result is kept as NONE, so that a remembered one takes one lookup, not two.
  const cache = new Map<string, T | typeof NONE>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v === undefined ? NONE : v);
    }
    return (v === NONE ? undefined : v) as T;
  };
}

// A wrong answer the question's own prompt prints gives itself away ("0.60%" beside "fell 0.6%").
// Prompts are compared in a normal form: figures by value and unit, words as a run of folded words.
const FIGURE =
  /([$£€¥₹]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s?(?:%|percent\b|per cent\b|percentage points?\b))?(?:\s?(thousand|million|billion|trillion|bn|mn|m|k)\b)?/gi;

/**
 * Each figure as its value and a coarse unit: "0.6%" and "0.60 percent" are one figure, but "25
 * percent" is not "$25 billion" (a figure with no unit matches any unit: "rose 0.6" is "0.6%").
 */
function figuresOfUncached(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const value = Number(Number(m[2]!.replace(/,/g, "")).toFixed(6));
    const unit = m[3] ? "%" : m[1] ? "money" : "";
    out.push(`${value}|${unit}|${(m[4] ?? "").toLowerCase().replace(/^(?:bn|b)$/, "billion").replace(/^(?:mn|m)$/, "million")}`);
  }
  return out;
}

/** The figures and the folded words a text prints, for `printedIn`. */
export interface Printed {
  /** "value|unit|scale" for each figure. */
  readonly figures: ReadonlySet<string>;
  /** The folded words, space-separated, with a space at each end. */
  readonly words: string;
}

/**
 * fold(s) with every run of other characters than letters and digits made one space. (fold's own
 * joining of spaces and hyphens, and its trim, are left out: the last replace does both, and this
 * runs on every fact's sentence.)
 */
const NON_ASCII = /[^\x00-\x7f]/;
const wordsOfUncached = (s: string) =>
  NON_ASCII.test(s)
    ? ` ${s
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[.'’]/g, "")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()} `
    : // ASCII (most prompts): nothing to decompose, and its only letters and digits are a-z and 0-9 once lowered.
      ` ${s.toLowerCase().replace(/[.']/g, "").replace(/[^a-z0-9]+/g, " ").trim()} `;
// Every candidate is checked against its sentence: its figures and words are worked out once.
const figuresOf = memo(figuresOfUncached);
const wordsOf = memo(wordsOfUncached);

/** A text's Printed form; its figures are read only when first asked for (only figures are compared by value). */
class PrintedText implements Printed {
  readonly words: string;
  private figureSet?: Set<string>;

  constructor(private readonly text: string) {
    this.words = wordsOfUncached(text);
  }

  get figures(): ReadonlySet<string> {
    return (this.figureSet ??= new Set(figuresOfUncached(this.text)));
  }
}

// A prompt or a sentence is read once per fact (the caller keeps it): remembering its forms would
// only hash a long string and push the candidates' forms out of the memo.
export function printedForm(text: string): Printed {
  return new PrintedText(text);
}

/** Whether `text` prints `choice`: its figure (by value and unit), or all of its words in a row. */
export function printedIn(text: Printed, choice: string, byValue: boolean): boolean {
  if (byValue) {
    const k = figuresOf(choice)[0];
    // A bare figure in the text ("fell 0.6 to 4.1") stands for a figure of any unit.
    if (k !== undefined && (text.figures.has(k) || text.figures.has(k.replace(/\|[^|]*\|/, "||")))) return true;
  }
  const w = wordsOf(choice);
  return w.trim() !== "" && text.words.includes(w);
}

const printedOf = new RunCache<Fact, Printed>();

/** What the fact's sentence prints outside the answer (worked out once per fact). */
export function sentencePrinted(f: Fact): Printed {
  let p = printedOf.get(f);
  if (!p) printedOf.set(f, (p = printedForm(`${textBefore(f)} ${textAfter(f)}`)));
  return p;
}
