// Whole lines of page furniture that a fixed pattern list cannot describe: bylines, date stamps,
// photo captions, breadcrumb trails and rows of share buttons. Each check is one bounded regex
// or one pass over the line's words.
import { furniture, monthSet, weekdaySet } from "../data";

const shareWordSet = new Set(furniture.shareWords);
const words = (s: string) => s.match(/\S+/g) ?? [];

// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Staff Reporter | Seoul".
const BYLINE = /^(?:(?:[Ww]ritten|[Pp]osted|[Ss]tory|[Ww]ords|[Rr]eported) )?[Bb][Yy]:? (?:\p{Lu}[\p{L}.'-]*\.? ?){1,4}(?:(?:,|and|&) ?(?:\p{Lu}[\p{L}.'-]*\.? ?){1,4})*(?:[,|•–—-] ?[^.!?]{0,60})?$/u;

const MONTH_ABBR = new Set(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]);
const DAY_ABBR = new Set(["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]);
const STAMP_WORDS = new Set(
  "published updated posted modified created first last on at by am pm a.m. p.m. et est edt pt pst pdt ct gmt utc bst ist jst kst cet cest aest aedt wib hkt sgt ago hour hours minute minutes min mins day days read".split(" "),
);

/** "Published: 23 Aug 2025 10:15 AM", "Updated Aug. 23, 2025 | 6:00 a.m. ET", "2 hours ago". */
export function isDateStampLine(line: string): boolean {
  // "December 21, 2023 11:19 am | Updated 01:10 pm IST - CHENNAI": the desk's city may close it.
  const ws = words(line.replace(/ [-–—|] [A-Z][A-Z .'-]{1,30}$/, "").replace(/[|•·,]/g, " "));
  // A stamp's words are short: a 50,000-character "word" of dots is none, and stripping its
  // trailing punctuation with a regular expression would be quadratic.
  if (!ws.length || ws.length > 14 || ws.some((w) => w.length > 40)) return false;
  let dated = false;
  for (const w0 of ws) {
    const w = w0.replace(/^[(:[]+|[):\].]+$/g, "");
    if (!w || /^[-–—:]$/.test(w)) continue;
    if (monthSet.has(w) || MONTH_ABBR.has(w) || weekdaySet.has(w) || DAY_ABBR.has(w) || /^\d{1,4}(?:[/.:-]\d{1,4}){0,2}(?:am|pm|h)?$/i.test(w)) {
      dated = true;
      continue;
    }
    if (!STAMP_WORDS.has(w.toLowerCase()) && !STAMP_WORDS.has(w0.toLowerCase())) return false;
  }
  return dated;
}

/** "Home | World | Asia", "News › Business › Markets": navigation, not text. */
function isBreadcrumb(line: string): boolean {
  const parts = line.split(/ (?:[|›»>\/]) /);
  return parts.length >= 3 && parts.every((p) => words(p).length <= 4);
}

/**
 * "Edited by Jane Doe | Updated: May 3, 2023, 10:32 IST": a byline row whose parts are short labels
 * and one of them a date stamp.
 */
function isStampRow(line: string): boolean {
  const parts = line.split(/ [|•·] /);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => words(p).length <= 8 && !/[.!?]$/.test(p)) && parts.some((p) => isDateStampLine(p));
}

/** "Posted On: 03 May 2023 10:32 AM by Press Office": a stamp with the poster's name after it. */
const STAMP_BY = / by \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}$/u;

/** "Share Tweet Email Print", "Facebook Twitter WhatsApp Copy link". */
function isShareRow(line: string): boolean {
  const ws = words(line.toLowerCase().replace(/[|•·,:]/g, " "));
  return ws.length >= 2 && ws.length <= 12 && ws.every((w) => shareWordSet.has(w));
}

/** A photo caption that ends with its credit: "Rescuers search the site. Kim Lee/Reuters". */
const CREDIT_END = /(?:\/ ?(?:\p{Lu}[\p{L}.-]*)(?: \p{Lu}[\p{L}.-]*){0,2}|\bAP Photo\b[^.]*|\bvia Getty Images|\bGetty Images)\)?\.?$/u;

// A caption recognised by the credit at its end. The credit words come in three cases: "ST PHOTO",
// "Photo" after a stop, "(photo: ...)" in brackets.
const creditAlt = (ws: string[]) => ws.map((w) => w.replace(/ /g, "\\s")).join("|");
const CREDIT_CAPS = creditAlt(furniture.creditWords.map((w) => w.toUpperCase()));
const CREDIT_ANY = creditAlt(furniture.creditWords.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]));
const CAPTION_CREDIT = new RegExp(
  [
    // "... in Jakarta. ST PHOTO: JANE DOE", "AFP PHOTO / JOHN ROE": a credit in capitals.
    `(?:^|\\s)(?:[A-Z][A-Z&.-]{0,9} )?(?:${CREDIT_CAPS})(?: CREDIT)?(?: ?[:/] ?| BY )[A-Z][A-Z .,'&/-]{1,60}$`,
    // "... on Monday. Photo: Jane Doe", "Picture by John Roe": a credit as the caption's last sentence.
    `(?:^|[.!?"'] )(?:${creditAlt(furniture.creditWords)})(?: credit)?(?:: | by | courtesy(?: of)? |/)[^.!?()]{1,60}$`,
    // "... on Monday. (Photo: Reuters)", "(Picture by John Roe/AFP)".
    `\\((?:[\\p{L}&.-]{1,12} )?(?:${CREDIT_ANY})(?: credit| CREDIT)?(?:: ?| by | courtesy(?: of)? | ?/ ?)[^()]{1,80}\\)\\.?$`,
  ].join("|"),
  "u",
);

/**
 * A cheap test that rules most lines out before CAPTION_CREDIT, which tries every space: a credit
 * ends the line, in brackets or after a colon, a slash or "by".
 */
function mayEndWithCredit(line: string): boolean {
  if (line.endsWith(")") || line.endsWith(").")) return true;
  const tail = line.slice(-CREDIT_TAIL_CHARS);
  return tail.includes(":") || tail.includes("/") || tail.includes(" by ") || tail.includes(" BY ") || tail.includes(" courtesy ");
}
/** A credit's keyword and name fit in this many characters at the end of a line. */
const CREDIT_TAIL_CHARS = 90;

/** A caption is a sentence or two; a longer line with a credit at its end is a paragraph. */
const MAX_CAPTION_WORDS = 40;
/**
 * A caption whose credit says so ("ST PHOTO: JANE DOE", "(Photo: Reuters)") may run to three
 * sentences: prose does not end with the word "photo" and a name, unless a credit was glued to a
 * paragraph of reported speech (see isFurnitureLine).
 */
const MAX_NAMED_CREDIT_CAPTION_WORDS = 70;
/** Longer than this, a line is too long for a byline, a stamp or a row of buttons (about 14 words). */
const SHORT_LINE_CHARS = 160;

export function isFurnitureLine(line: string): boolean {
  if (line.length > 400) return false;
  // (Counted once: the short-line checks and the caption checks below both need it.)
  const n = words(line).length;
  // The word-by-word checks only run on short lines: they are most of the cost on a long article.
  if (line.length <= SHORT_LINE_CHARS) {
    if (n <= 14 && !/[.!?]$/.test(line.replace(/\b(?:Jr|Sr|a\.m|p\.m)\.$/, "")) && BYLINE.test(line)) return true;
    if (isDateStampLine(line) || isShareRow(line)) return true;
    if (STAMP_BY.test(line) && isDateStampLine(line.replace(STAMP_BY, ""))) return true;
    if (line.includes(" | ") && isStampRow(line)) return true;
  }
  if (line.includes(" | ") || line.includes(" › ") || line.includes(" » ") || line.includes(" > ") || line.includes(" / ")) {
    if (isBreadcrumb(line)) return true;
  }
  if (n <= MAX_CAPTION_WORDS && CREDIT_END.test(line) && !/\bsaid\b/.test(line)) return true;
  // Past forty words, a paragraph that reports what someone said is the article's, credit or not.
  return (n <= MAX_CAPTION_WORDS || (n <= MAX_NAMED_CREDIT_CAPTION_WORDS && !/\bsaid\b/.test(line))) && mayEndWithCredit(line) && CAPTION_CREDIT.test(line);
}
