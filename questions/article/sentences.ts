// Sentence splitting by a single left-to-right scan. A candidate boundary is ".", "!" or "?"
// (plus closing quotes/brackets) followed by a space; it is rejected after abbreviations,
// initials and inside short quotations. Line breaks always end a sentence.
import { abbreviationSet, monthSet, sentenceStarterSet, weekdaySet } from "../data";
import abbreviations from "../data/abbreviations.json";

export interface Sentence {
  text: string;
  /** Offsets into the text that was split: text === source.slice(start, end). */
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  /**
   * False when the sentence stops without a full stop, question or exclamation mark (or a closing
   * quotation mark): an excerpt cut off mid-sentence, or a heading kept in the body. Later stages
   * rank such sentences down. splitSentences always sets it.
   */
  complete?: boolean;
}

/** Quotations shorter than this are kept inside one sentence even if they hold a full stop. */
const SHORT_QUOTE = 320;

const LOWERCASE_ABBREVIATIONS = new Set(abbreviations.lowercase);
/** Abbreviations that often end a sentence too ("Inc.", "U.S."): the next word decides. */
const CAN_END = new Set(abbreviations.canEnd);
const CLOCK_TIMES = new Set(abbreviations.clockTimes);
/** After "8 p.m." these continue the sentence: "8 p.m. Monday", "8 p.m. EST", "8 p.m. Eastern time". */
const TIME_QUALIFIER = /^(?:[A-Z]{2,5}|Eastern|Central|Pacific|Mountain|Atlantic|Greenwich|Local)$/;

const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined) => !!c && c >= "0" && c <= "9";

/** The word (letters, digits and inner dots) ending just before position `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function wordAfter(text: string, start: number): string {
  const m = /^["'(]*([\p{L}\p{N}'-]*)/u.exec(text.slice(start, start + 40));
  return m ? m[1]! : "";
}

/** Whether the "." at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  const w = wordBefore(text, dot);
  if (!w) return false;
  const lw = w.toLowerCase();
  const following = wordAfter(text, next);
  // Single capital initial: "Robert C. Byrd", "J. R. R. Tolkien".
  if (/^\p{Lu}$/u.test(w)) return true;
  if (lw === "no") return w === "No" && isDigit(following[0]);
  // "8 p.m. Monday" goes on; "8 p.m. Officials said" starts a new sentence.
  if (CLOCK_TIMES.has(lw)) return weekdaySet.has(following) || monthSet.has(following) || TIME_QUALIFIER.test(following);
  const dotted = lw.includes(".");
  if (abbreviationSet.has(lw) && (dotted || LOWERCASE_ABBREVIATIONS.has(lw) || isUpper(w[0]))) {
    // "Jan. 5", "Rs. 500": a number after it never opens a sentence.
    if (isDigit(following[0])) return true;
    // "U.S." or "Corp." can end a sentence; only treat it as a boundary before a typical opener.
    if (dotted || CAN_END.has(lw)) return !sentenceStarterSet.has(following);
    return true;
  }
  // Dotted acronyms not in the list: "S.N." or "A.B.C."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) return !sentenceStarterSet.has(following);
  return false;
}

/** For each opening double quote in a paragraph, where its closing quote is (or -1). */
function quoteSpans(text: string, from: number, to: number): Map<number, number> {
  const spans = new Map<number, number>();
  let open = -1;
  for (let i = from; i < to; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.set(open, i);
      open = -1;
    }
  }
  return spans;
}

/**
 * Whether a sentence ends as a sentence: with a stop (a closing quotation mark or bracket may follow),
 * or with a closing quotation mark alone ('He added: "We are ready"'). A paragraph's last sentence
 * that trails off in "..." is an excerpt cut short.
 */
function isComplete(sentence: string, lastInParagraph: boolean): boolean {
  if (lastInParagraph && /(?:\.\.\.|\u2026)["')\]]?$/.test(sentence)) return false;
  return /[.!?]["')\]]*$/.test(sentence) || /\p{L}[,!?.]?["\u201D]$/u.test(sentence);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const push = (s: number, e: number, last: boolean) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const sentence = text.slice(s, e);
      out.push({ text: sentence, start: s, end: e, paragraph, complete: isComplete(sentence, last) });
    }
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const quotes = quoteSpans(text, lineStart, lineEnd);
    let sentStart = lineStart;
    let quoteClose = -1; // position of the closing quote of the quotation we are inside
    // End of the last run of closing marks scanned: every mark inside a run ends at the same place,
    // so a run such as "!!!!...x" is scanned once rather than once per mark (quadratic).
    let runEnd = -1;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text[i]!;
      if (c === '"') {
        if (quoteClose === i) quoteClose = -1;
        else if (quoteClose < 0 && quotes.has(i)) quoteClose = quotes.get(i)!;
        continue;
      }
      if (c !== "." && c !== "!" && c !== "?") continue;
      let j = i < runEnd ? runEnd : i + 1;
      while (j < lineEnd && /[.!?"')\]]/.test(text[j]!)) j++;
      runEnd = j;
      if (j >= lineEnd || text[j] !== " ") continue;
      const k = j + 1;
      const nextChar = text[k] === '"' || text[k] === "'" || text[k] === "(" ? text[k + 1] : text[k];
      if (!isUpper(nextChar) && !isDigit(nextChar)) continue;
      if (c === "." && isAbbreviation(text, i, k)) continue;
      // Stay inside a short quotation whose closing mark lies beyond this point.
      if (quoteClose > j && quoteClose - i < SHORT_QUOTE) continue;
      if (quoteClose >= 0 && quoteClose < j) quoteClose = -1;
      push(sentStart, j, false);
      sentStart = k;
      i = j - 1;
    }
    push(sentStart, lineEnd, true);
    paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}
