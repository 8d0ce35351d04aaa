// Word tokens with offsets, the unit the entity and fact scanners walk over.
import { abbreviationSet } from "../data";

export interface Token {
  text: string;
  /** Offsets relative to the string that was tokenised. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.'&-][\p{L}\p{N}]+)*/gu;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) {
    let text = m[0];
    const start = m.index!;
    let end = start + text.length;
    // Keep the full stop of an abbreviation or an initial: "Corp.", "U.S.", "C.".
    if (s[end] === ".") {
      const lw = text.toLowerCase();
      if (abbreviationSet.has(lw) || /^\p{Lu}$/u.test(text) || /^(?:\p{L}\.)+\p{L}$/u.test(text)) {
        text += ".";
        end++;
      }
    }
    out.push({ text, start, end });
  }
  return out;
}

/** Text between two tokens (e.g. " ", ", ", " - "). */
export const gap = (s: string, a: Token, b: Token) => s.slice(a.end, b.start);

/** Whether `t` starts with a capital letter (`/^\p{Lu}/u`; an ASCII first letter is told without the pattern). */
export const isCapitalised = (t: string) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};

/** "Japan's" -> "Japan"; undefined when there is no possessive ending. */
export function stripPossessive(t: string): string | undefined {
  if (t.length > 2 && t.endsWith("'s")) return t.slice(0, -2);
  return undefined;
}
