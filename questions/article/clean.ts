// Scraped article text -> clean body text. Every stage is a single pass over the lines, so the
// cost stays linear in the input size.
import { citySet, countryByDemonym, countryByName, dropCapSet, furniture, givenNameSet, isEnglishWord, monthSet, weekdaySet } from "../data";
import { isFurnitureLine } from "./furniture";

export interface CleanArticle {
  /** The headline, when the first line looks like one (or the caller passed one). */
  title?: string;
  /** Body paragraphs joined by "\n"; fact offsets point into this string. */
  text: string;
}

const MAX_FURNITURE_CHARS = 500;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const phraseRe = new RegExp(furniture.phrases.map(escapeRegExp).join("|"), "g");
const lineRe = new RegExp(`^(?:${furniture.linePatterns.join("|")})$`, "i");
const inlineRes = furniture.inlinePatterns.map((p) => new RegExp(p, "gu"));

// A dateline such as "NEW YORK (Reuters) - " or "WASHINGTON – " or "CUZCO, Peru (AP) -- ".
// Each part is a bounded, non-overlapping class, so there is no backtracking blow-up.
const datelineRe =
  /^[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,5}(?:, [A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})?(?: \([A-Za-z.' ]{1,30}\))? ?(?:--|-|–|—|:) /;

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " ", ndash: "–", mdash: "—", lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', hellip: "..." };

/** Straight quotes, plain spaces and dashes that tokenisers expect; HTML entities decoded. */
export function normaliseText(s: string): string {
  return s
    .replace(/&(#\d{2,6}|#x[\da-f]{2,5}|[a-z]{2,6});/gi, (m, e: string) => {
      if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    })
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g, '"')
    .replace(/[\u2010\u2011]/g, "-")
    // Every other character that \s matches becomes a plain space, so runs of them collapse below:
    // a long run left in place makes patterns that open with \s* (the inline furniture) quadratic.
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/\u2026/g, "...")
    .replace(/[\t\f\v]+/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ +\n/g, "\n");
}

const isProperWord = (w: string) => dropCapSet.has(w) || citySet.has(w) || countryByName.has(w) || countryByDemonym.has(w) || givenNameSet.has(w) || monthSet.has(w) || weekdaySet.has(w);

/** How sure a repaired opening word is: 3 with the next word it forms a known name, 2 a listed opener or name, 1 an English word. */
function dropCapStrength(word: string, next: string): number {
  const pair = `${word} ${next}`;
  if (countryByName.has(pair) || countryByDemonym.has(pair) || citySet.has(pair)) return 3;
  if (isProperWord(word)) return 2;
  return isEnglishWord(word) ? 1 : 0;
}

/**
 * The scraper sometimes loses a styled drop capital: "outh Korean President ..." should read
 * "South Korean President ...". Only repair a lowercase opening fragment that is not itself a
 * word, when exactly one capital letter (at the best level of certainty) makes it a known word.
 * "S outh Korean ..." (the capital split off by a space) is joined back the same way.
 */
export function repairDropCap(line: string): string {
  const split = /^(\p{Lu}) ([a-z]{1,14})\b/u.exec(line);
  if (split && split[1] !== "A" && split[1] !== "I") {
    const joined = split[1]! + split[2]!;
    const next = /^ ([\p{L}'-]+)/u.exec(line.slice(split[0].length))?.[1] ?? "";
    return !isEnglishWord(split[2]!) && dropCapStrength(joined, next) > 0 ? joined + line.slice(split[0].length) : line;
  }
  if (split && !isEnglishWord(split[2]!) && isEnglishWord(split[1]! + split[2]!)) return split[1]! + split[2]! + line.slice(split[0].length);
  const m = /^([a-z]{1,14})\b/.exec(line);
  if (!m) return line;
  const frag = m[1]!;
  if (isEnglishWord(frag) || isProperWord(frag[0]!.toUpperCase() + frag.slice(1))) return line;
  const next = /^ ([\p{L}'-]+)/u.exec(line.slice(frag.length))?.[1] ?? "";
  let best = 0;
  let fix: string | undefined;
  let ties = 0;
  for (let c = 65; c <= 90; c++) {
    const cand = String.fromCharCode(c) + frag;
    const strength = dropCapStrength(cand, next);
    if (strength === 0 || strength < best) continue;
    if (strength > best) {
      best = strength;
      fix = cand;
      ties = 0;
    } else ties++;
  }
  return fix && ties === 0 ? fix + line.slice(frag.length) : line;
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

/** Letters and digits only, for spotting a headline repeated with other punctuation or case. */
const lineKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** "Kmart buys Sears | Reuters" -> "Kmart buys Sears": a site name after a pipe is not part of the headline. */
const stripSiteSuffix = (s: string) => s.replace(/ [|‖] [^|]{1,40}$/, "").trim();

/** A lone capital on its own line ("S" then "outh Korean ...") is a drop capital split from its word. */
function joinLoneCapitals(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    const next = lines[i + 1];
    if (/^\p{Lu}$/u.test(l) && next !== undefined && /^[a-z]/.test(next)) {
      lines[i + 1] = l + next;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}

export function cleanArticle(raw: string, opts: { title?: string } = {}): CleanArticle {
  const text = normaliseText(raw);
  let lines = joinLoneCapitals(text.split("\n")).map((l) => {
    let s = l.replace(phraseRe, " ");
    for (const re of inlineRes) s = s.replace(re, "");
    return s.replace(/ {2,}/g, " ").trim();
  });
  // Furniture lines are short; long paragraphs skip the pattern list.
  lines = lines.filter((l) => l.length > 0 && !(l.length <= MAX_FURNITURE_CHARS && (lineRe.test(l) || isFurnitureLine(l))) && /[\p{L}]/u.test(l));

  let title = opts.title?.trim() || undefined;
  // A one- or two-word section label ("World", "Business News") may sit above the headline.
  const looksLikeHeadline = (l: string | undefined) => l !== undefined && !endsLikeSentence(l) && wordCount(l) <= 20;
  if (lines.length > 2 && wordCount(lines[0]!) <= 2 && looksLikeHeadline(lines[1]) && wordCount(lines[1]!) >= 3) lines = lines.slice(1);
  if (lines.length > 1 && looksLikeHeadline(lines[0])) {
    title ??= stripSiteSuffix(lines[0]!);
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
  const titleKey = title ? lineKey(title) : undefined;
  if (titleKey) seen.add(titleKey);
  const body: string[] = [];
  for (const l of lines) {
    const key = lineKey(l);
    if (seen.has(key)) continue;
    seen.add(key);
    // The headline again with the site's name after it: "Kmart buys Sears - Reuters".
    if (titleKey && key.startsWith(titleKey) && wordCount(l) - wordCount(title!) <= 4 && !endsLikeSentence(l)) continue;
    if (roughSentences(l).length === 1 && inParagraphs.has(l)) continue;
    if (isLabelLine(l)) continue;
    body.push(l);
  }

  // A lost drop capital usually opens the body, but a standfirst or a section break can put it
  // on a later paragraph; a paragraph never legitimately opens with a non-word fragment.
  for (let i = 0; i < body.length; i++) body[i] = repairDropCap(body[i]!.replace(datelineRe, ""));
  return { title, text: body.join("\n") };
}
