// Scraped article text -> clean body text. Every stage is a single pass over the lines, so the
// cost stays linear in the input size.
import { citySet, countryByName, dropCapSet, furniture } from "../data";

const isKnownWord = (w: string) => dropCapSet.has(w) || citySet.has(w) || countryByName.has(w);

export interface CleanArticle {
  /** The headline, when the first line looks like one (or the caller passed one). */
  title?: string;
  /** Body paragraphs joined by "\n"; fact offsets point into this string. */
  text: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const phraseRe = new RegExp(furniture.phrases.map(escapeRegExp).join("|"), "gi");
const lineRe = new RegExp(`^(?:${furniture.linePatterns.join("|")})$`, "i");
const inlineRes = furniture.inlinePatterns.map((p) => new RegExp(p, "g"));

// A dateline such as "NEW YORK (Reuters) - " or "WASHINGTON – " or "CUZCO, Peru (AP) -- ".
// Each part is a bounded, non-overlapping class, so there is no backtracking blow-up.
const datelineRe =
  /^[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,5}(?:, [A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})?(?: \([A-Za-z.' ]{1,30}\))? ?(?:--|-|–|—|:) /;

/** Straight quotes, plain spaces and dashes that tokenisers expect. */
export function normaliseText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u3000]/g, " ")
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .replace(/\u2026/g, "...")
    .replace(/[\t\f\v]+/g, " ")
    .replace(/ {2,}/g, " ");
}

/**
 * The scraper sometimes loses a styled drop capital: "outh Korean President ..." should read
 * "South Korean President ...". Only repair when the fragment is not itself a word in the list
 * and exactly one capital letter turns it into a known word.
 */
export function repairDropCap(line: string): string {
  const m = /^([a-z]{1,14})\b/.exec(line);
  if (!m) return line;
  const frag = m[1]!;
  if (isKnownWord(frag[0]!.toUpperCase() + frag.slice(1))) return line;
  let fix: string | undefined;
  for (let c = 65; c <= 90; c++) {
    const cand = String.fromCharCode(c) + frag;
    if (isKnownWord(cand)) {
      if (fix) return line; // ambiguous
      fix = cand;
    }
  }
  return fix ? fix + line.slice(frag.length) : line;
}

const endsLikeSentence = (s: string) => /[.!?]["')\]]?$|[.!?]" ?$/.test(s) || /[.!?]$/.test(s);
const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/** A line that is only a short label (section heading, byline, caption) rather than body text. */
function isLabelLine(s: string): boolean {
  if (endsLikeSentence(s)) return false;
  return wordCount(s) < 10;
}

/** Split a paragraph into rough sentences for duplicate detection only. */
const roughSentences = (s: string) => s.split(/(?<=[.!?]["']?) +(?=["']?[A-Z])/);

export function cleanArticle(raw: string, opts: { title?: string } = {}): CleanArticle {
  const text = normaliseText(raw);
  let lines = text.split("\n").map((l) => {
    let s = l.replace(phraseRe, " ");
    for (const re of inlineRes) s = s.replace(re, "");
    return s.replace(/ {2,}/g, " ").trim();
  });
  lines = lines.filter((l) => l.length > 0 && !lineRe.test(l) && /[\p{L}]/u.test(l));

  let title = opts.title?.trim() || undefined;
  if (lines.length > 1 && !endsLikeSentence(lines[0]!) && wordCount(lines[0]!) <= 20) {
    title ??= lines[0];
    lines = lines.slice(1);
  }

  // Drop exact repeats, lines repeating the title, and short standalone lines that reappear
  // as a sentence inside a longer paragraph (a teaser echoing the body).
  const inParagraphs = new Set<string>();
  for (const l of lines) {
    const parts = roughSentences(l);
    if (parts.length > 1) for (const p of parts) inParagraphs.add(p.trim());
  }
  const seen = new Set<string>();
  if (title) seen.add(title.toLowerCase());
  const body: string[] = [];
  for (const l of lines) {
    const key = l.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (roughSentences(l).length === 1 && inParagraphs.has(l)) continue;
    if (isLabelLine(l)) continue;
    body.push(l);
  }

  if (body.length) body[0] = repairDropCap(body[0]!.replace(datelineRe, ""));
  for (let i = 1; i < body.length; i++) body[i] = body[i]!.replace(datelineRe, "");
  // A dropped capital is only plausible at the start of the article body.
  return { title, text: body.join("\n") };
}
