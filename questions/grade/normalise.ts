// The text normal form typed answers are compared in. Both the learner's response and every
// accepted form go through it, so a rule here only ever makes two spellings of the same thing
// equal; it never makes a different answer right (that is what the accepted forms are for).
import { courtesyTitleSet, monthAbbreviations, monthNames, titleAbbreviations } from "./data";

const MONTH = monthNames.join("|");
const MONTH_ABBREVIATION = [...monthAbbreviations.keys()].join("|");
// An abbreviated month next to a day or year number ("Aug. 23", "23 Sept 2024").
const ABBREVIATED_MONTH = new RegExp(`\\b(${MONTH_ABBREVIATION})\\b(?=\\s+\\d)|(?<=\\d\\s+)\\b(${MONTH_ABBREVIATION})\\b`, "g");
// A day written with an ordinal next to a month ("20th december", "december 20th").
const ORDINAL_DAY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s+(?:of\\s+)?(?:${MONTH})\\b)|(?<=\\b(?:${MONTH})\\s+)(\\d{1,2})(?:st|nd|rd|th)\\b`, "g");
// "december 20" -> "20 december": day-month order does not matter.
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})\\b(?!\\.\\d)`, "g");

/** Words ending in "our" that have no "-or" spelling. */
const NOT_OUR_SPELLING = new Set(["detour", "contour", "flour", "devour", "scour", "amour", "velour", "troubadour"]);

// The generator normalises the same names and titles many times over while listing forms (country
// names, titles, every form of every fact), so results are memoised; the cache is emptied when
// full, which bounds its memory.
const cache = new Map<string, string>();
const CACHE_MAX = 20_000;

/**
 * Case, accents, spacing, punctuation, a leading article and British or American spelling
 * ("-isation", "defence", "labour") do not matter in typed answers; nor do
 * dots in acronyms ("U.N." = "UN"), "&" for "and", a courtesy title before a name ("Mr Lee" =
 * "Lee"), an abbreviated title ("Sen." = "Senator"), how a time is punctuated ("3:30pm" =
 * "3.30 pm"), or how a date is ordered and abbreviated ("Aug. 23" = "23 August").
 */
export function normaliseAnswer(s: string): string {
  let n = cache.get(s);
  if (n === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    n = normaliseUncached(s);
    cache.set(s, n);
  }
  return n;
}

function normaliseUncached(s: string): string {
  let t = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, "s")
    .replace(/\s&\s/g, " and ")
    .replace(/\b[a-z](?:\.[a-z])+\.?(?![a-z])/g, (m) => m.replace(/\./g, ""))
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/(\d)\s*([ap])m\b/g, "$1 $2m")
    .replace(/(\d):(\d\d)(?!\d)/g, "$1.$2")
    .replace(/[^\p{L}\p{N}.%]+/gu, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  t = t.replace(/^(?:the|a|an) /, "").replace(/ the(?= )/g, "");
  // British and American spellings of one word: "Organisation" = "Organization", "Defence" = "Defense".
  t = t.replace(/(?<=[a-z])isation\b/g, "ization").replace(/\bdefence\b/g, "defense").replace(/\b([a-z]{2,})our\b/g, (w, stem: string) => (NOT_OUR_SPELLING.has(w) ? w : `${stem}or`));
  const first = t.split(" ", 1)[0]!;
  if (t.length > first.length) {
    const spelledOut = titleAbbreviations.get(first);
    if (courtesyTitleSet.has(first)) t = t.slice(first.length + 1);
    else if (spelledOut) t = `${spelledOut}${t.slice(first.length)}`;
  }
  if (/\d/.test(t)) {
    t = t
      .replace(ABBREVIATED_MONTH, (m) => monthAbbreviations.get(m) ?? m)
      .replace(ORDINAL_DAY, (_, a: string | undefined, b: string | undefined) => a ?? b ?? "")
      .replace(MONTH_DAY, "$2 $1");
  }
  return t;
}
