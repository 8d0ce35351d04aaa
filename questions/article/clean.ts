// Scraped article text -> clean body text. Every stage is a single pass over the lines, so the
// cost stays linear in the input size.
import { citySet, countryByDemonym, countryByName, dropCapSet, furniture, givenNameSet, isEnglishWord, monthSet, weekdaySet } from "../data";
import { parseStampDate } from "./dates";
import { dropEmbeds } from "./embeds";
import { isDateStampLine, isFurnitureLine } from "./furniture";
import { isFurnitureSentence, spaceAfterStop, splitBullets, splitGluedHeadings, stripBullet, stripDateline, stripStampPrefix } from "./inline";
import { splitSentences } from "./sentences";
import { escapeRegExp } from "../nlp/regexp";

export interface CleanArticle {
  /** The headline, when the first line looks like one (or the caller passed one). */
  title?: string;
  /** Body paragraphs joined by "\n"; fact offsets point into this string. */
  text: string;
  /**
   * The publication date a stamp on the page carries ("date 2020-06-28", "Published: 3 March
   * 2025"), at UTC midnight; absent when the page has none. For use when the caller gave no date.
   */
  date?: Date;
}

const MAX_FURNITURE_CHARS = 500;
/** Longer sentences inside a paragraph are not tested against the whole-line furniture patterns. */
const SHORT_SENTENCE_CHARS = 160;


const phraseRe = new RegExp(furniture.phrases.map(escapeRegExp).join("|"), "g");
const lineRe = new RegExp(`^(?:${furniture.linePatterns.join("|")})$`, "i");
// Most inline patterns remove something in brackets; a line without "(" skips them.
const inlineRes = furniture.inlinePatterns.map((p) => ({ re: new RegExp(p, "gu"), bracket: p.startsWith("\\s*\\(") }));
const linkBlockRe = new RegExp(`^(?:${furniture.linkBlockHeadings.join("|")}):?$`, "i");
/** The longest headline-like line taken for a link to another story after a "Related stories" heading. */
const MAX_LINK_WORDS = 30;

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

const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Letters and digits only, for spotting a headline repeated with other punctuation or case. (ASCII
 * text, lowered, has no letters or digits but a-z and 0-9: its key needs no Unicode classes.)
 */
const lineKey = (s: string) => (NON_ASCII.test(s) ? s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "") : s.toLowerCase().replace(/[^a-z0-9]+/g, ""));

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

/** How many lines from the top a date stamp may sit and still be the article's own. */
const STAMP_LINES = 8;
/** A standalone line wholly in quotation marks: a pull quote, if the body quotes it again. */
const PULL_QUOTE = /^"[^"]{20,600}"$/;
const MAX_PULL_QUOTES = 50;

/** One line's furniture removed: phrases, inline patterns, bullets; cut where a heading or bullet was glued. */
function cleanLine(line: string): string[] {
  const whole = line.replace(phraseRe, " ").replace(/ {2,}/g, " ").trim();
  // A caption is recognised by its credit, so test the line before the credit is cut out.
  if (isFurniture(whole)) return [];
  let s = whole;
  const bracketed = s.includes("(");
  for (const { re, bracket } of inlineRes) if (bracketed || !bracket) s = s.replace(re, "");
  s = spaceAfterStop(stripBullet(s.replace(/ {2,}/g, " ").trim()));
  const out: string[] = [];
  for (const item of splitBullets(s)) {
    for (const part of splitGluedHeadings(item)) {
      const p = stripBullet(part.trim());
      // What cleaning cut out of the line may leave a line of furniture ("Advertisement Share").
      if (p && (p === whole || !isFurniture(p))) out.push(p);
    }
  }
  return out;
}

const isFurniture = (s: string) => s.length <= MAX_FURNITURE_CHARS && (lineRe.test(s) || isFurnitureLine(s));

/** A paragraph without the sentences inside it that are page furniture ("Click here to ...", a URL). */
function dropFurnitureSentences(line: string): string {
  const sentences = splitSentences(line);
  if (sentences.length < 2) return isFurnitureSentence(line) ? "" : line;
  // Furniture sentences are short; a long one is tested only for what marks it anywhere (a URL).
  const keep = sentences.filter((s) => !isFurnitureSentence(s.text) && !(s.text.length <= SHORT_SENTENCE_CHARS && isFurniture(s.text)));
  return keep.length === sentences.length ? line : keep.map((s) => s.text).join(" ");
}

/**
 * A scraper that wraps text at a fixed width breaks a sentence over two lines: "... announced the
 * verdict" then "after the hearings ended." The next line opening with a lowercase English word,
 * after a line that ends without a stop, continues it. The first line is left alone: a headline
 * followed by a body whose drop capital was lost ("he minister ...") looks the same.
 */
function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const first = /^[a-z]+\b/.exec(l)?.[0];
    if (prev !== undefined && out.length > 1 && first && isEnglishWord(first) && /[\p{L}\d,]$/u.test(prev) && wordCount(prev) >= 6) out[out.length - 1] = `${prev} ${l}`;
    else out.push(l);
  }
  return out;
}

export function cleanArticle(raw: string, opts: { title?: string } = {}): CleanArticle {
  const text = normaliseText(raw);
  let date: Date | undefined;
  let lines: string[] = [];
  // Embedded posts go before any line is cleaned: a post's signature marks the lines above it.
  for (const l of dropEmbeds(dropLinkBlocks(joinLoneCapitals(text.split("\n"))))) {
    const stamp = stripStampPrefix(l.trim());
    date ??= stamp.date;
    // A stamp line near the top dates the article ("3 December 2004", "Published: ...").
    if (date === undefined && lines.length < STAMP_LINES && isDateStampLine(stamp.line)) date = parseStampDate(stamp.line);
    for (const part of cleanLine(stamp.line)) if (part) lines.push(part);
  }
  lines = joinBrokenLines(lines.filter((l) => /[\p{L}]/u.test(l)))
    .map(dropFurnitureSentences)
    .filter((l) => l.length > 0 && /[\p{L}]/u.test(l));

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
  let body: string[] = [];
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
  body = dropPullQuotes(body);

  // A lost drop capital usually opens the body, but a standfirst or a section break can put it
  // on a later paragraph; a paragraph never legitimately opens with a non-word fragment.
  for (let i = 0; i < body.length; i++) body[i] = repairDropCap(stripBullet(stripDateline(body[i]!)));
  return { title, text: body.filter((l) => l.length > 0).join("\n"), ...(date ? { date } : {}) };
}

/**
 * After a "Related stories" or "Most read" heading come other stories: headlines (no full stop),
 * each perhaps with a one-sentence teaser before the next headline. They are dropped up to the
 * first line that is neither.
 */
function dropLinkBlocks(raw: string[]): string[] {
  const lines = raw.map((l) => l.trim()).filter(Boolean);
  const isHeading = (l: string) => l.length < 60 && linkBlockRe.test(l);
  const isHeadline = (l: string | undefined) => l !== undefined && !endsLikeSentence(l) && wordCount(l) <= MAX_LINK_WORDS;
  const out: string[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isHeading(l)) {
      inBlock = true;
      continue;
    }
    if (inBlock) {
      if (isHeadline(l)) continue;
      // A teaser: one short sentence after a headline, with another headline (or nothing) after it.
      const next = lines[i + 1];
      const teaser = isHeadline(lines[i - 1]) && (next === undefined || isHeadline(next) || isHeading(next)) && wordCount(l) <= MAX_LINK_WORDS && roughSentences(l).length === 1;
      if (teaser) continue;
      inBlock = false;
    }
    out.push(l);
  }
  return out;
}

/**
 * A quotation set apart in large type repeats words the body quotes with its speaker:
 * "We will rebuild" as a line of its own, and later '"We will rebuild," the mayor said.' Only the
 * first few wholly quoted lines are checked, each with one search, so the cost stays linear.
 */
function dropPullQuotes(body: string[]): string[] {
  const candidates = body.filter((l) => PULL_QUOTE.test(l)).slice(0, MAX_PULL_QUOTES);
  if (!candidates.length) return body;
  const all = body.map(lineKey).join("|");
  const echoed = new Set<string>();
  for (const c of candidates) {
    const key = lineKey(c);
    const first = all.indexOf(key);
    if (key.length >= 20 && all.indexOf(key, first + 1) >= 0) echoed.add(c);
  }
  return echoed.size ? body.filter((l) => !echoed.has(l)) : body;
}
