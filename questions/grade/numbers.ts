// Numbers in typed answers: reading "$11.5bn", "80 000", "seven" or "40.38 per cent" as a value
// with a unit, and writing the forms of a figure a reader would type. Hand-written rather than
// taken from wink-nlp: grading runs on the server for every saved answer, where loading an NLP
// model for one short string is out of proportion, and the grammar needed (one number, a scale
// word, a unit) is small.
import { currencyPrefixes, fold, numberWords, ordinalWords, scaledCurrencyPrefixes, scales, unitBySpelling } from "./data";

/** The pieces of a written figure, as written, so that other forms can keep its style. */
export interface NumberParts {
  /** Currency before the number ("$", "US$", "Rs "), or "". */
  prefix: string;
  /** The number ("40.38", "80,000", "seven"). */
  number: string;
  /** A scale word with any space before it (" billion", "bn"), or "". */
  scale: string;
  /** What follows the number ("%", " percent", " US troops"), or "". */
  suffix: string;
}

export interface ParsedNumber {
  value: number;
  /** Canonical unit ("%", "$", "km", or the words after the number: "us troop"); "" when none. */
  unit: string;
  ordinal: boolean;
  /** Digits written after the decimal point. */
  decimals: number;
  /** Written in words ("seven", "twenty-five"). */
  words: boolean;
  parts: NumberParts;
}

const byLength = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join("|");
const SCALE_WORDS = "thousand|million|billion|trillion|lakh|crore|bn|mn|tn|cr|k|m";
// A currency before the number: a symbol, letters glued or spaced ("Sh38", "KSh 5", "Rs6.9"), or
// a single letter ("R2bn") only when a scale follows, as "R40" is a road, not forty rand.
const PREFIX = new RegExp(
  `^(?:(?:US|A|C|HK|S|NZ|R)\\$|\\$|£|€|¥|₹|₦|৳|(?:${byLength(currencyPrefixes)})\\.?(?:\\s|(?=\\d))|(?:${byLength(scaledCurrencyPrefixes)})(?=\\s?\\d[\\d,.]*\\s?(?:${SCALE_WORDS})(?![a-z])))`,
  "i",
);
// Thousands grouped by commas or (thin) spaces, or plain digits; then decimals.
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+)?|^\.\d+/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![a-z])/i;
const SCALE = new RegExp(`^ ?(${SCALE_WORDS})(?![a-z])`, "i");
// Clock times and other things that only look like a number followed by words.
const NOT_A_UNIT = /^(?:[ap]\.?m\.?|gmt|utc|o'?clock|hrs|h)$/;
const UNIT_TEXT = /^[\p{L}%/'’.\s-]*$/u;
// Canonical units (answer-forms.json) that are money: a figure in one with two decimals is a price.
const CURRENCIES = new Set(["$", "£", "€", "¥", "₹", "₦", "৳", "shilling", "rand", "rp"]);

const canonicalUnit = (text: string): string => {
  const t = fold(text).replace(/[’']/g, "").replace(/\.$/, "").replace(/\s+/g, " ").trim();
  const known = unitBySpelling.get(t) ?? unitBySpelling.get(t.replace(/\./g, ""));
  if (known) return known;
  return t
    .replace(/[^\p{L}%/]+/gu, " ")
    .split(" ")
    .filter((w) => w && w !== "a" && w !== "an" && w !== "the" && w !== "of")
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
};

interface WordsRead {
  value: number;
  length: number;
  ordinal: boolean;
}

/** "seven", "twenty-five", "two hundred and fifty", "a dozen", "nineteenth" at the start of s. */
function readNumberWords(s: string): WordsRead | undefined {
  const re = /[a-z]+/giy;
  let total = 0;
  let current = 0;
  let seen = false;
  let end = 0;
  let pendingArticle = false;
  let ordinal = false;
  for (let pos = 0; pos < s.length && !ordinal; ) {
    const sep = /^[\s-]*/.exec(s.slice(pos))![0];
    re.lastIndex = pos + sep.length;
    const m = re.exec(s);
    if (!m) break;
    const w = m[0].toLowerCase();
    const next = re.lastIndex;
    const n = numberWords.get(w);
    const ord = ordinalWords.get(w);
    const scale = w.length > 2 ? scales.get(w) : undefined;
    if ((w === "a" || w === "an") && !seen) pendingArticle = true;
    else if (w === "and" && seen) {
      // "two hundred and fifty": only when a number word follows.
    } else if (n !== undefined) {
      if (w === "hundred" || w === "dozen") current = (current || 1) * n;
      else current += n;
      seen = true;
      end = next;
    } else if (ord !== undefined) {
      current = ord === 100 ? (current || 1) * 100 : current + ord;
      seen = true;
      ordinal = true;
      end = next;
    } else if (scale !== undefined && (seen || pendingArticle)) {
      total += (current || 1) * scale;
      current = 0;
      seen = true;
      end = next;
    } else break;
    pos = next;
  }
  return seen ? { value: total + current, length: end, ordinal } : undefined;
}

/**
 * One figure with its scale and unit, or undefined when s is anything else ("1962-71", "G20",
 * "3.30 pm", "Group of 20"). `words: false` reads digits only.
 */
export function parseNumber(input: string, { words = true }: { words?: boolean } = {}): ParsedNumber | undefined {
  const s = input.normalize("NFKC").trim();
  const prefixMatch = PREFIX.exec(s);
  const prefix = prefixMatch?.[0] ?? "";
  let rest = s.slice(prefix.length);
  const sign = /^[-\u2212]\d/.test(rest) ? -1 : 1;
  if (sign < 0) rest = rest.slice(1);
  let value: number;
  let number: string;
  let decimals = 0;
  let ordinal = false;
  let inWords = false;
  const digits = DIGITS.exec(rest);
  if (digits) {
    number = digits[0];
    const plain = number.replace(/[, \u00a0\u202f]/g, "");
    value = Number(plain);
    decimals = /\.(\d+)$/.exec(plain)?.[1]?.length ?? 0;
    rest = rest.slice(number.length);
    const ord = ORDINAL_SUFFIX.exec(rest);
    if (ord && decimals === 0) {
      ordinal = true;
      rest = rest.slice(ord[0].length);
    }
  } else {
    if (!words || prefix) return undefined;
    const read = readNumberWords(rest);
    if (!read) return undefined;
    number = rest.slice(0, read.length);
    value = read.value;
    ordinal = read.ordinal;
    inWords = true;
    rest = rest.slice(read.length);
  }
  if (!Number.isFinite(value)) return undefined;
  value *= sign;
  let scale = "";
  const scaleMatch = ordinal || inWords ? null : SCALE.exec(rest);
  if (scaleMatch) {
    scale = scaleMatch[0];
    value *= scales.get(scaleMatch[1]!.toLowerCase()) ?? 1;
    rest = rest.slice(scale.length);
  }
  const suffix = rest;
  const unitText = rest.trim().replace(/^-/, "");
  if (unitText && (!UNIT_TEXT.test(unitText) || NOT_A_UNIT.test(fold(unitText)) || unitText.split(/\s+/).length > 5)) return undefined;
  if (/^[.:]\d/.test(rest)) return undefined;
  const currency = prefix ? canonicalUnit(prefix.trim()) : "";
  const after = unitText ? canonicalUnit(unitText) : "";
  const unit = currency && after && after !== currency ? `${currency} ${after}` : currency || after;
  return { value, unit, ordinal, decimals, words: inWords, parts: { prefix, number, scale, suffix } };
}

/**
 * The same figure: equal values, both ordinal or neither, and the response's unit (if it names
 * one) among the key's ("11.5 billion" and "11,500,000,000 dollars" for "$11.5bn"; "80000
 * troops" for "80,000 US troops"; not "€11.5bn").
 */
export function sameNumber(response: ParsedNumber, key: ParsedNumber): boolean {
  if (response.ordinal !== key.ordinal) return false;
  if (Math.abs(response.value - key.value) > 1e-9 * Math.max(1, Math.abs(key.value))) return false;
  // "third" is not "third-largest": an ordinal's noun is part of the answer.
  if (key.ordinal) return response.unit === key.unit;
  if (!response.unit) return true;
  const keyUnit = new Set(key.unit.split(" "));
  return response.unit.split(" ").every((w) => keyUnit.has(w));
}

/** "11500000000" -> "11,500,000,000". */
export function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "11.5" times a billion as exact digits ("11500000000"), or undefined when not a whole number. */
function wholeDigits(plain: string, scale: number): string | undefined {
  const decimals = /\.(\d+)$/.exec(plain)?.[1]?.length ?? 0;
  const product = BigInt(plain.replace(".", "")) * BigInt(scale);
  const divisor = 10n ** BigInt(decimals);
  return product % divisor === 0n ? (product / divisor).toString() : undefined;
}

/** One decimal fewer, rounding half up on the written digits: "40.38" -> "40.4", "2.25" -> "2.3". */
export function roundOneFewer(plain: string): string {
  const decimals = /\.(\d+)$/.exec(plain)?.[1]?.length ?? 0;
  if (decimals === 0) return plain;
  const scaled = BigInt(plain.replace(".", ""));
  const rounded = (scaled / 10n + (scaled % 10n >= 5n ? 1n : 0n)).toString().padStart(decimals, "0");
  const keep = decimals - 1;
  return keep === 0 ? rounded : `${rounded.slice(0, -keep) || "0"}.${rounded.slice(-keep)}`;
}

const WORD_OF = new Map<number, string>();
for (const [w, n] of numberWords) if (w !== "dozen" && !WORD_OF.has(n)) WORD_OF.set(n, w);
const ORDINAL_WORD_OF = new Map<number, string>();
for (const [w, n] of ordinalWords) ORDINAL_WORD_OF.set(n, w);

/** 0..99 in words ("twenty-five"), or undefined. */
export function numberInWords(n: number, ordinal = false): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  const whole = (ordinal ? ORDINAL_WORD_OF : WORD_OF).get(n);
  if (whole) return whole;
  const tens = WORD_OF.get(n - (n % 10));
  const unit = (ordinal ? ORDINAL_WORD_OF : WORD_OF).get(n % 10);
  return tens && unit ? `${tens}-${unit}` : undefined;
}

const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));

const LONG_SCALE: Readonly<Record<string, string>> = { k: " thousand", m: " million", mn: " million", bn: " billion", tn: " trillion" };
const SHORT_SCALE: Readonly<Record<string, string>> = { thousand: "k", million: "m", billion: "bn", trillion: "tn" };

/**
 * The forms of a written figure a reader would type, the figure itself first: the digits without
 * grouping, in words or in digits (numbers up to 99), one decimal fewer when two or more are
 * written ("40.38" -> "40.4", never "40"; not for a price in cents, "$43.45", nor to zero), the other spelling
 * of the scale ("$11.5 billion" -> "$11.5bn", "11,500,000,000"), with and without its currency,
 * and a percentage with "%", "percent" or nothing. Any other way of typing the same value
 * ("80k", "11.5 billion dollars", "40.38 per cent") is graded equal by `sameNumber` and so not
 * listed.
 */
export function numberForms(answer: string): string[] {
  const p = parseNumber(answer);
  if (!p || p.value < 0) return [];
  const { prefix, number, scale, suffix } = p.parts;
  const plain = number.replace(/[, \u00a0\u202f]/g, "");
  const out = [answer];
  const numerals = [number];
  if (p.words) {
    if (Number.isInteger(p.value) && p.value < 1e15) numerals.push(p.ordinal ? `${p.value}${ordinalSuffix(p.value)}` : String(p.value));
  } else {
    if (plain !== number) numerals.push(plain);
    const inWords = scale ? undefined : numberInWords(p.value, p.ordinal);
    if (inWords && p.decimals === 0) numerals.push(inWords);
    const price = CURRENCIES.has(p.unit) && !scale && p.decimals === 2;
    const coarser = p.decimals >= 2 && !price ? roundOneFewer(plain) : undefined;
    // Never rounded to nothing: 0.04 is not 0.0.
    if (coarser && Number(coarser) !== 0) numerals.push(coarser);
  }
  const ordinalDigits = (n: string) => (p.ordinal && /\d$/.test(n) ? `${n}${ordinalSuffix(Number(n))}` : n);
  const percent = p.unit === "%";
  for (const n0 of numerals) {
    const n = p.words ? n0 : ordinalDigits(n0);
    const digits = /\d$/.test(n);
    if (percent) {
      if (digits) out.push(`${n}%`, `${n} percent`, n);
      continue;
    }
    // "$forty-three" and "sixtykm" are nobody's spelling.
    if (!digits && (prefix || /^[^\s-]/.test(suffix))) continue;
    out.push(`${prefix}${n}${scale}${suffix}`);
    // "Sh38" is also typed "Sh 38" (grading reads both; the teacher sees the spaced one too).
    if (/^\p{L}+\.?$/u.test(prefix)) out.push(`${prefix} ${n}${scale}${suffix}`);
    if ((prefix || suffix.trim()) && !p.ordinal) out.push(`${n}${scale}`);
  }
  const scaleWord = scale.trim().toLowerCase();
  const other = LONG_SCALE[scaleWord] ?? SHORT_SCALE[scaleWord];
  if (other) {
    out.push(`${prefix}${number}${other}${suffix}`, `${number}${other}`);
    const whole = wholeDigits(plain, scales.get(scaleWord) ?? 1);
    if (whole) out.push(groupThousands(whole));
  }
  return out;
}

// Not "2| billion-dollar deals": a scale joined to the next word describes that word.
const SCALE_AFTER = /^\s+(thousand|million|billion|trillion|lakh|crore)(?![\p{L}-])/iu;

/**
 * The forms of a figure whose scale word the sentence writes after it, outside the blank ("Sh38|
 * billion", "$38| billion"): the figure as the blank holds it ("38", "Sh 38"), and the whole
 * amount with its scale ("38 billion", "Sh38bn"), which is the same amount typed with the word
 * the learner can see. Empty when `after` does not start with a scale word or the key already
 * has one. A key whose prefix is read only before a scale ("R38") gets its forms here too.
 */
export function formsWithScaleAfter(answer: string, after: string | undefined): string[] {
  const word = after ? SCALE_AFTER.exec(after)?.[1] : undefined;
  if (!word) return [];
  const own = parseNumber(answer);
  if (own?.parts.scale || own?.words) return [];
  const whole = parseNumber(`${answer} ${word}`);
  if (!whole || whole.words || whole.parts.scale.trim().toLowerCase() !== word.toLowerCase()) return [];
  const { prefix, number } = whole.parts;
  const bare = [number, ...(prefix ? [`${prefix}${number}`, `${prefix.trim()} ${number}`] : [])];
  return [...(own ? numberForms(answer) : bare), ...bare, ...numberForms(`${answer} ${word}`)];
}
