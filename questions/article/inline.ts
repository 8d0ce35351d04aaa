// Furniture inside a line, as opposed to a whole line of it: a date stamp or a dateline fused to
// the lead, list bullets, a section heading glued to the next sentence, and sentences of page
// furniture ("Click here to ...", a URL) inside a paragraph. Each function is one bounded regex or
// one pass over the line, so cleaning stays linear in the text.
import { citySet, countryByName, furniture, sentenceStarterSet } from "../data";
import { parseStampDate } from "./dates";
import { escapeRegExp } from "../nlp/regexp";

// ---------- date stamps ----------

// "date 2020-06-28 Malawi's ...": a scraper's stamp, optionally with a time, before the text.
const STAMP_PREFIX = /^(?:date|dated|published|updated|posted|last updated)(?: on)?:? ?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?[ |:,-]*/i;

// A live page's time stamp before an entry: "14:32 GMT The minister arrived ...".
const TIME_PREFIX = /^\d{1,2}[:.]\d{2}(?: ?(?:[ap]\.?m\.?|[A-Z]{2,4}))?(?: ?[-–—|:])? (?=\p{Lu})/u;

/** The line without a leading "date 2020-06-28" stamp, and the stamp's date. */
export function stripStampPrefix(line: string): { line: string; date?: Date } {
  const m = STAMP_PREFIX.exec(line);
  if (!m) return { line: line.replace(TIME_PREFIX, "") };
  const date = parseStampDate(m[1]!);
  return { line: line.slice(m[0].length), ...(date ? { date } : {}) };
}

// ---------- datelines and agency tags ----------

const AGENCY = `(?:${[...furniture.agencies].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})`;
const PLACE_WORD = "\\p{Lu}[\\p{L}.'/-]{0,24}";
const MONTH_DAY = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.? \\d{1,2}";
// "NEW YORK, Jan 5 (Reuters) - ", "Berlin/Paris (dpa) - ", "WARSAW, (Reuters) – ", "(Reuters) - ",
// "New Delhi, March 3 (PTI) The ...": an agency's tag, with the place and date before it.
const AGENCY_DATELINE = new RegExp(
  `^(?:${PLACE_WORD}(?: ${PLACE_WORD}){0,4}(?:, ?${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?,?(?: ${MONTH_DAY},?)? ?)?\\(${AGENCY}(?:[ /-]{1,3}[^()]{1,40})?\\)(?: ?(?:--|-|–|—|:) ?| (?=["\\p{Lu}\\d]))`,
  "u",
);
// Without an agency tag only an all-capitals place counts: "WASHINGTON - ", "CUZCO, Peru -- ",
// "ISLAMABAD, July 3: ", "MUMBAI: ". Each part is a bounded class, so there is no backtracking blow-up.
const CAPS_DATELINE = new RegExp(
  `^[A-Z][A-Z.'-]{1,20}(?: [A-Z][A-Z.'-]{1,20}){0,5}(?:, [A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})?(?:,? ${MONTH_DAY})?(?: \\([A-Za-z.' ]{1,30}\\))? ?(?:--|-|–|—|:) `,
);
// A byline fused to the dateline after it: "By Jane Doe WASHINGTON (AP) — ...".
const BYLINE_BEFORE_DATELINE = /^By (?:\p{Lu}[\p{L}.'-]* ){1,3}(?:and (?:\p{Lu}[\p{L}.'-]* ){1,3})?(?=[A-Z]{2,}|\()/u;

// A place in ordinary case is a dateline only when it is a listed city or country: "Lagos, Nigeria
// — ", "New Delhi: ". Otherwise "Talks: the first round ..." would lose its first word.
const NAMED_DATELINE = new RegExp(`^(${PLACE_WORD}(?: ${PLACE_WORD}){0,2})(?:, ?(${PLACE_WORD}(?: ${PLACE_WORD}){0,2}))?(?:,? ${MONTH_DAY})? ?(?::|--|–|—| -) (?=["\\p{Lu}])`, "u");
const isPlace = (s: string | undefined) => s !== undefined && (citySet.has(s) || countryByName.has(s));

/** The line without a dateline or an agency's tag at its start. */
export function stripDateline(line: string): string {
  const byline = BYLINE_BEFORE_DATELINE.exec(line);
  const rest = byline ? line.slice(byline[0].length) : line;
  const m = AGENCY_DATELINE.exec(rest) ?? CAPS_DATELINE.exec(rest);
  if (m) return rest.slice(m[0].length);
  const named = NAMED_DATELINE.exec(line);
  return named && isPlace(named[1]) && (named[2] === undefined || isPlace(named[2])) ? line.slice(named[0].length) : line;
}

// ---------- bullets and glued headings ----------

// A list marker opening a line: "• ", "▪", "► ", "- ", "* ", "1. " is left alone (it may be a figure).
const LEADING_BULLET = /^(?:[•·▪►■◆●◦‣○»▸▹➤✓✔→]+ ?|[-*–—] (?=\S))/u;
// A bullet between items of one line: "Prices rose • Jobs fell".
const INLINE_BULLET = / [•·▪►■◆●◦‣▸➤] /gu;

export const stripBullet = (line: string) => line.replace(LEADING_BULLET, "");

/** A line with bullets inside it, one line per item. */
export const splitBullets = (line: string): string[] => (line.includes(" ") && INLINE_BULLET.test(line) ? line.split(INLINE_BULLET) : [line]);

// A heading run into the next sentence by a scraper that dropped the line break: "Key
// resultsDespite the rain ...". A word of lowercase letters (its first may be a capital) followed,
// with no space, by a capitalised word that typically opens a sentence. Brand names
// ("PlayStation", "McDonald", "iPhone") do not match: their second part is not a sentence opener.
// The match starts only at a word's start, so backtracking stays within one word (linear). A word
// after "#" or "@" is a hashtag or a handle written in capitalised parts ("#SaveTheCoast"): never cut.
const GLUED = /(?<![\p{L}#@])\p{Lu}?\p{Ll}{2,}(?=(\p{Lu}\p{Ll}+))/gu;
// The same with the full stop kept but the space lost: "in the city.The mayor said".
const NO_SPACE_AFTER_STOP = /(?<=\p{Ll}{2}[.!?])(?=(\p{Lu}\p{Ll}*)\b)/gu;

// Cheap tests that rule most lines out before the patterns above run at every word.
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
const STOP_UPPER = /\p{Ll}[.!?]\p{Lu}/u;

/** The line cut where a heading was glued to the sentence after it. */
export function splitGluedHeadings(line: string): string[] {
  if (!LOWER_UPPER.test(line)) return [line];
  const cuts: number[] = [];
  // Two-letter openers ("In", "On") are left out: "LinkedIn" is a name, not a glued heading.
  for (const m of line.matchAll(GLUED)) if (m[1]!.length > 2 && sentenceStarterSet.has(m[1]!)) cuts.push(m.index + m[0].length);
  if (!cuts.length) return [line];
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(line.slice(from, c));
    from = c;
  }
  parts.push(line.slice(from));
  return parts;
}

/** "the city.The mayor" -> "the city. The mayor", when the word after the stop opens sentences. */
export const spaceAfterStop = (line: string) => (!STOP_UPPER.test(line) ? line : line.replace(NO_SPACE_AFTER_STOP, (m: string, w: string) => (sentenceStarterSet.has(w) ? " " : m)));

// ---------- furniture sentences inside a paragraph ----------

const sentenceRes = furniture.sentencePatterns.map((p) => new RegExp(p, "u"));

/** A sentence that is page furniture wherever it stands: a link prompt, a copyright notice, a URL. */
export const isFurnitureSentence = (s: string) => sentenceRes.some((re) => re.test(s));
