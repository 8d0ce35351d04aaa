// Wrong numbers and dates that keep the key's unit, rounding, style and plausible range: a
// magnitude stays on the magnitude scale, a percentage under 100 stays under 100, a month is 1–12,
// a day fits its month, a year is not in the article's future, a count of people is a whole
// positive number; the same decimals and thousands separators as the key; and where the sentence
// says "raised from X to Y" or "cut to Y from X", every option keeps the direction true.
import { numberWords, scales, words as wordData } from "../../data";
import type { Fact } from "../../facts";
import { eraEnd } from "./era";
import type { Pools } from "./pools";
import { hashOf } from "../common";
import { rotate, textAfter, textBefore } from "./shared";
import { RunCache } from "../../run-cache";

// One word per value, the plain one ("twelve", not "dozen": "at least dozen soldiers" is no English).
const numberWordByValue = new Map<number, string>();
for (const [w, v] of Object.entries(numberWords)) if (!numberWordByValue.has(v) && w !== "dozen" && w !== "hundred") numberWordByValue.set(v, w);
const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;

/** Replace the number inside `answer` by `value`, keeping its style (commas, decimals, words). */
export function restyleNumber(answer: string, value: number): string | undefined {
  const m = NUM.exec(answer);
  if (!m) {
    const w = /^[A-Za-z]+/.exec(answer)?.[0];
    const word = numberWordByValue.get(value);
    if (!w || !word) return undefined;
    const styled = /^\p{Lu}/u.test(w) ? word[0]!.toUpperCase() + word.slice(1) : word;
    return styled + answer.slice(w.length);
  }
  const old = m[0];
  const decimals = /\.(\d+)$/.exec(old)?.[1]?.length ?? 0;
  let text = value.toFixed(decimals);
  // A key too short to show its separator ("683") takes the usual one for a longer option ("1,482").
  if (old.includes(",") || (value >= 10000 && decimals === 0 && old.length > 4) || (value >= 1000 && decimals === 0 && old.length <= 3)) {
    const [int, dec] = text.split(".");
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (dec ? `.${dec}` : "");
  }
  return answer.slice(0, m.index) + text + answer.slice(m.index + old.length);
}

/** The bare number written in the answer (before any scale word), or a number word's value. */
export function writtenNumber(answer: string): number | undefined {
  const m = NUM.exec(answer);
  if (m) return Number(m[0].replace(/,/g, ""));
  const w = /^[A-Za-z]+/.exec(answer)?.[0]?.toLowerCase();
  return w ? numberWords[w] : undefined;
}

/**
 * The unit a number is written to, at most half of it so that options fall on both sides:
 * 40 -> 10, 3,500 -> 500, 1,000 -> 500, 44 -> 1, 6.5 -> 0.1.
 */
export function roundingStep(n: number, decimals: number): number {
  if (decimals > 0) return 10 ** -decimals;
  let step = 1;
  for (let unit = 1; unit <= n; unit *= 10)
    for (const k of [1, 2.5, 5]) {
      const g = unit * k;
      if (g <= n / 2 && Number.isInteger(g) && n % g === 0) step = g;
    }
  return step;
}

/** Round values near `n` that a reader could believe, all clearly different from it and written to its rounding. */
/**
 * Three values that make a row of four with `n` at position `at` (0 = smallest, 3 = largest):
 * `next(k)` is the value k places from `n`. Where the key sits is drawn per fact, so that neither
 * "the second smallest" nor "the one whose double is offered" picks it out.
 */
function row(at: number, next: (k: number) => number): number[] {
  const steps: number[] = [];
  for (let i = 0; i < 4; i++) if (i !== at) steps.push(i - at);
  // Nearest first: the picker takes values in order and keeps both sides of the key.
  return steps.sort((a, b) => Math.abs(a) - Math.abs(b)).map(next);
}

/**
 * Ratios between neighbouring options: close enough to be believed, far enough to be told apart.
 * Not 2: a row of doublings (3.4, 6.8, 13.6, 27.2 million) reads as made up around its middle.
 */
const RATIOS = [1.25, 1.4, 1.6, 1.8];

export function nearbyValues(n: number, opts: { isYear?: boolean; isWord?: boolean; decimals?: number; additive?: boolean; step?: number; level?: boolean; halfPoints?: boolean; seed?: number } = {}): number[] {
  const seed = opts.seed ?? 0;
  const at = seed % 4;
  const byOne = (k: number) => n + k;
  if (opts.isYear) return [...row(at, byOne), n - 1, n + 1, n - 2, n + 2, n - 3, n + 3, n - 5, n + 5];
  // Never one beside a plural noun ("one years", "One U.S. soldiers"), nor none at all.
  const countable = (x: number) => x >= 2 || n < 2;
  if (opts.isWord) return [...row(at, byOne), n + 1, n - 1, n + 2, n - 2, n + 3, n + 4, n * 2, n + 5].filter((x) => numberWordByValue.has(x) && countable(x));
  if (Number.isInteger(n) && n <= 12 && !opts.decimals) return [...row(at, byOne), n + 1, n - 1, n + 2, n + 3, n - 2, n * 2, n + 5, n - 3, n + 4].filter((x) => x >= 0 && countable(x));
  const decimals = opts.decimals ?? /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
  const fix = (x: number) => Number(x.toFixed(decimals));
  if (opts.additive) {
    // A logarithmic scale (an earthquake's magnitude) moves by steps, not by factors.
    const steps = decimals ? [0.6, -0.6, 1.1, -1.1, 1.6, -1.6] : [1, -1, 2, -2];
    return steps.map((d) => fix(n + d));
  }
  if (opts.halfPoints) {
    // A rate written to one decimal (8.5 percent) moves by half points, as rates do.
    return [0.5, -0.5, 1, -1, 1.5, -1.5, 2, -2, 3, -3].map((d) => fix(n + d));
  }
  const step = opts.step ?? roundingStep(n, decimals);
  // A precise figure (157, 20,878) keeps about as many significant digits as it has; a round one its roundness.
  const digits = Math.floor(Math.log10(Math.abs(n))) + 1;
  const sig = decimals ? step : Math.max(step, 10 ** Math.max(0, digits - 3));
  const round = (x: number) => (decimals ? fix(Math.round(x / step) * step) : Math.round(x / sig) * sig);
  // A level written to the hundredth (an index, a price) moves by a few percent, not by half.
  // So does a price in cents ("$42.70 a barrel"): half or double it is no plausible quote.
  const ratio = RATIOS[Math.floor(seed / 4) % RATIOS.length]!;
  const factors = decimals && n >= 100 ? [0.97, 1.03, 0.94, 1.06, 0.9, 1.1] : opts.level ? [0.9, 1.1, 0.85, 1.15, 0.8, 1.2] : [...row(at, (k) => ratio ** k), 1.5, 0.5, 2, 0.75, 3, 1.25, 0.25, 4];
  const out = factors.map((k) => round(n * k));
  if (!decimals && step > 1) for (const k of [1, -1, 2, -2, 3, 4]) out.push(n + k * step);
  return [...new Set(out)].filter((x) => x !== n);
}

const MONTH_ABBR: Record<string, string> = { Jan: "January", Feb: "February", Mar: "March", Apr: "April", Jun: "June", Jul: "July", Aug: "August", Sep: "September", Sept: "September", Oct: "October", Nov: "November", Dec: "December" };
const MONTH_DAYS: Record<string, number> = { February: 29, April: 30, June: 30, September: 30, November: 30 };
const monthLength = (m: string) => MONTH_DAYS[MONTH_ABBR[m.replace(/\.$/, "")] ?? m] ?? 31;
const MONTH_ALT = `${wordData.months.join("|")}|(?:${Object.keys(MONTH_ABBR).join("|")})\\.?`;

const MONTH_THEN_DAY = new RegExp(`^(.*?\\b)(${MONTH_ALT})( (\\d{1,2})(?:st|nd|rd|th)?\\b)(.*)$`);
const DAY_THEN_MONTH = new RegExp(`^(.*?)(\\d{1,2})((?:st|nd|rd|th)? (${MONTH_ALT})(?![\\p{L}]).*)$`, "u");

/** "January 30", "30 January", "Jan. 30, 2005", "Sept. 24": other real days of the same month, same format. */
export function dayChoices(answer: string, seed: string): string[] {
  const m = MONTH_THEN_DAY.exec(answer);
  const r = m ? undefined : DAY_THEN_MONTH.exec(answer);
  if (!m && !r) return [];
  const month = m ? m[2]! : r![4]!;
  const day = Number(m ? m[4] : r![2]);
  const out: string[] = [];
  const offsets = rotate([1, -1, 2, -2, 3, -3, 5, -5, 7, -7], seed);
  for (const d of offsets) {
    const v = day + d;
    if (v < 1 || v > monthLength(month)) continue;
    if (m) out.push(`${m[1]}${month}${m[3]!.replace(m[4]!, String(v))}${m[5]}`.replace(/(\d)(st|nd|rd|th)\b/, (_, x: string) => `${x}${ordinal(v)}`));
    else out.push(`${r![1]}${v}${r![3]!.replace(/^(?:st|nd|rd|th)/, (x) => (x ? ordinal(v) : x))}`);
  }
  return out;
}

const ordinal = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));

/** Are `a` and `b` too close for `b` to be a clearly wrong answer? */
function tooClose(f: Fact, a: number, b: number): boolean {
  if (f.kind === "date") return a === b;
  const q = (f.qualifier ?? "").toLowerCase();
  // A lower bound ("more than 100") is also true of every smaller number and may be true of a
  // slightly larger one: only clearly larger values are wrong. Upper bounds mirror this.
  if (/more than|over|at least|above/.test(q) && b <= a * 1.5) return true;
  if (/less than|under|fewer than|up to|below/.test(q) && b >= a / 1.5) return true;
  // "about 850" is also true of 870.
  const margin = Number.isInteger(a) && Math.abs(a) <= 12 ? 0 : Math.abs(a) * (q ? 0.15 : 0.05);
  return Math.abs(a - b) <= margin;
}

const UP = /\b(?:rais(?:e|ed|es|ing)|r[io]se|rising|increas\w*|gr[eo]w\w*|up|climb\w*|jump\w*|gain\w*|hik\w*|boost\w*|lift\w*|soar\w*|surg\w*|expand\w*|doubl\w*|higher)\b/i;
const DOWN = /\b(?:cut|cuts|cutting|reduc\w*|lower\w*|f[ae]ll\w*|drop\w*|declin\w*|down|slash\w*|lost|los(?:e|es|ing)|shr[ai]nk\w*|decreas\w*|dip\w*|slid\w*|slip\w*|plung\w*|tumbl\w*|trim\w*)\b/i;
const SCALE_WORD = new RegExp(`^\\s?(${Object.keys(scales).join("|")})\\b`, "i");

/** The value of a number written in text ("$43.45", "8.5 percent", "$5bn"), with its scale word. */
function valueOf(text: string): number | undefined {
  const m = NUM.exec(text);
  if (!m) return undefined;
  const n = Number(m[0].replace(/,/g, ""));
  const sc = SCALE_WORD.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
  return n * (sc ? (scales[sc] ?? 1) : 1);
}

/** "from X" and "to Y" beside a number: the other end of a change. */
const partnerRe = (word: "from" | "to") =>
  new RegExp(`\\b${word} (?:about |around |nearly |some )?((?:[$£€¥₹]|Rs\\.? ?)?\\d[\\d,.]*(?:\\s?(?:%|percent|per cent|${Object.keys(scales).join("|")}))?)`, "i");
const PARTNER = { from: partnerRe("from"), to: partnerRe("to") };

// A figure at either end of a range ("3,000 to _____", "_____ and $5bn"): built once, not per fact.
const RANGE_FIGURE = `((?:[$£€¥₹]|Rs\\.? ?)?\\d[\\d,.]*(?:\\s?(?:%|percent|per cent|${Object.keys(scales).join("|")})\\b)?)`;
const RANGE_LOW_END = new RegExp(`(\\S+ )?${RANGE_FIGURE} (to|and|-|–) $`, "i");
const RANGE_JOIN_AT_END = / (?:to|and|-|–) $/i;
const RANGE_HIGH_END = new RegExp(`^ (to|and|-|–) ${RANGE_FIGURE}`, "i");

/** "_____ countries out of 55", "_____ of the 28 members", "_____ of its 40 seats": the whole after the part. */
const PART_OF = /^(?:[\s-]+\p{Ll}+){0,2}?\s+(?:out of|of the|of its|of their|of all)\s+(?:(?:about|some|around|nearly)\s+)?(\d[\d,]*)(?![\d.,]\d)/u;
/** The whole a figure is a part of, written right after it: 55 in "44 countries out of 55". */
function wholeAfter(f: Fact): number | undefined {
  const whole = PART_OF.exec(textAfter(f));
  return whole ? valueOf(whole[1]!) : undefined;
}

/**
 * The smallest whole the article gives for figures of the key's unit anywhere ("44 countries out
 * of 55" caps the countries of every other sentence at 55), when the key is below it.
 */
function articleWhole(f: Fact, pools: Pools): number | undefined {
  if (f.value === undefined) return undefined;
  let cap: number | undefined;
  for (const g of pools.numbers.get(numberKeyOf(f)) ?? []) {
    const total = g.value !== undefined ? wholeAfter(g) : undefined;
    if (total === undefined) continue;
    // The whole in the key's terms: "3 million of 19 million" writes its scale word once.
    const written = writtenNumber(g.answer);
    const full = total * (written ? g.value! / written : 1);
    if (full > f.value) cap = cap === undefined ? full : Math.min(cap, full);
  }
  return cap;
}

/** There are about 195 countries: "350 countries" is no option, whatever the article says. */
const COUNTRIES_IN_THE_WORLD = 195;
function worldWhole(f: Fact): number | undefined {
  return f.value !== undefined && f.value < COUNTRIES_IN_THE_WORLD && /^(?:[a-z-]+ )?(?:countries|nations)$/.test(f.unit ?? "") ? COUNTRIES_IN_THE_WORLD + 1 : undefined;
}

/**
 * The side of the key every option must stay on for the sentence's direction to hold: "raised to
 * Y from X" needs options above X; "reduced from X to Y" needs options for X above Y.
 */
export function directionBound(f: Fact): { above?: number; below?: number } {
  const before = textBefore(f);
  const after = textAfter(f);
  // A range, "3,000 to 4,000 troops" or "between $5bn and _____": each end stays on its side of
  // the other. ("from 10 to 25 percent" is a change, handled below; "5 dead and 12 hurt" no range.)
  // (The pattern ends in " to ", " and " or a dash: most text before a figure does not, seen in its last five characters.)
  const lowEnd = RANGE_JOIN_AT_END.test(before.slice(-5)) ? RANGE_LOW_END.exec(before) : null;
  if (lowEnd && (lowEnd[3] === "and" ? /^between $/i.test(lowEnd[1] ?? "") : !/^from $/i.test(lowEnd[1] ?? ""))) {
    const low = valueOf(lowEnd[2]!);
    if (low !== undefined && f.value !== undefined && low < f.value) return { above: low };
  }
  const highEnd = RANGE_HIGH_END.exec(after);
  if (highEnd && (highEnd[1] === "and" ? /\bbetween (?:about |around |some )?$/i.test(before) : !/\bfrom (?:about |around |nearly |some )?$/i.test(before))) {
    const high = valueOf(highEnd[2]!);
    if (high !== undefined && f.value !== undefined && high > f.value) return { below: high };
  }
  // A part of a whole, "44 countries out of 55", "three of the four injured": no option above the whole.
  const total = wholeAfter(f);
  if (total !== undefined && f.value !== undefined && total > f.value) return { below: total };
  const up = UP.test(f.sentence);
  const down = DOWN.test(f.sentence);
  if (up === down) return {};
  const partner = (word: "from" | "to") => {
    const re = PARTNER[word];
    return valueOf(re.exec(after)?.[1] ?? re.exec(before)?.[1] ?? "");
  };
  if (/\bto (?:about |around |nearly |some )?$/i.test(before)) {
    const from = partner("from");
    if (from === undefined) return {};
    return up ? { above: from } : { below: from };
  }
  if (/\bfrom (?:about |around |nearly |some )?$/i.test(before)) {
    const to = partner("to");
    if (to === undefined) return {};
    return up ? { below: to } : { above: to };
  }
  return {};
}

/** A percentage that is a rise ("rose 150%", "up by 40 percent", "a 30% increase"), not a share ("rose to 98%"). */
const RISE_BEFORE = /\b(?:r[io]se|rising|increas\w*|gr[eo]w\w*|climb\w*|jump\w*|gain\w*|soar\w*|surg\w*|expand\w*|boost\w*|up)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|more than|over)\s+)?$/i;
const RISE_AFTER = /^\s*(?:increase|rise|jump|gain|surge|growth|higher|more)\b/i;
const isRise = (f: Fact) => RISE_BEFORE.test(textBefore(f)) || RISE_AFTER.test(textAfter(f));

/** A person's age: "Reid, 64," or "a 26-year-old survivor". */
const isAgeOf = (f: Fact) => /^years? old$|^-?year-old$/.test(f.unit ?? "") || /-year-old/.test(f.answer) || /^-year-old\b/.test(textAfter(f));

/** The bounds a value of this kind can take, in the key's written units (before any scale word). */
function plausibleRange(f: Fact, written: number, decimals: number): { min: number; max: number; whole: boolean } {
  const unit = (f.unit ?? "").toLowerCase();
  const near = f.sentence.slice(Math.max(0, f.answerStart - f.start - 30), f.answerEnd - f.start + 30);
  if (/\bmagnitude\b|\brichter\b/i.test(near) && written < 10) return { min: 2, max: 9.5, whole: false };
  if (f.kind === "percentage" && unit === "percent") {
    // A share ("almost 59 percent of the vote") stays below 100: 100% or more would give the key
    // away. Only a rise ("jumped 80%") may be offered options over 100.
    const max = written > 100 || isRise(f) ? Infinity : written === 100 ? 100 : 100 - 10 ** -decimals;
    return { min: decimals ? 0 : 1, max, whole: false };
  }
  if (unit === "cents" || /\d\s?cents\b/.test(f.answer)) return { min: 1, max: 99, whole: true };
  if (isAgeOf(f)) return { min: 1, max: 110, whole: true };
  // Counts of things and people are whole, positive numbers.
  if (f.kind === "count" && Number.isInteger(written)) return { min: 1, max: Infinity, whole: true };
  return { min: 0, max: Infinity, whole: false };
}

/** Options on both sides of the key where possible, so the key is not given away as the smallest or largest. */
function interleave(values: { text: string; v: number }[], key: number): string[] {
  const above = values.filter((x) => x.v > key);
  const below = values.filter((x) => x.v < key);
  const out: string[] = [];
  const first = above.length && below.length && values[0]!.v < key ? [below, above] : [above, below];
  for (let i = 0; i < Math.max(above.length, below.length); i++) for (const side of first) if (side[i]) out.push(side[i]!.text);
  return out;
}

/** The letters around a number ("$bn", "percent"): two figures compare only when written to the same scale. */
const scaleOf = (s: string) => s.replace(/[\d.,\s]/g, "").toLowerCase();

/** How a number fact's answer is written. */
interface Written {
  year: boolean;
  digits: boolean;
  scale: string;
  value: number | undefined;
}

// Each number fact is compared with every other of its kind in the article: how each is written is worked out once.
const writtenForms = new RunCache<Fact, Written>();
function writtenForm(f: Fact): Written {
  let w = writtenForms.get(f);
  if (!w) writtenForms.set(f, (w = { year: /^\d{4}$/.test(f.answer), digits: /\d/.test(f.answer), scale: scaleOf(f.answer), value: writtenNumber(f.answer) }));
  return w;
}

const numberKeyOf = (f: Fact) => `${f.kind}|${f.kind === "count" || f.kind === "money" ? (f.unit ?? "") : (f.entityType ?? "")}`;
export { numberKeyOf };

export function numberChoices(f: Fact, pools: Pools): string[] {
  const out: string[] = [];
  if (f.entityType === "rank") {
    const [ord, rest] = f.answer.split("-", 2) as [string, string];
    for (const o of ["second", "third", "fourth", "fifth", "sixth", "seventh"]) if (o !== ord.toLowerCase()) out.push(`${o}-${rest}`);
    return out;
  }
  const months = wordData.months;
  if (f.entityType === "month" || (f.kind === "date" && /^(?:next |last |this )?[A-Z][a-z]+$/.test(f.answer))) {
    const m = months.find((x) => f.answer.endsWith(x));
    const w = wordData.weekdays.find((x) => f.answer.endsWith(x));
    const list = m ? months : w ? wordData.weekdays : [];
    const cur = m ?? w;
    if (cur) {
      const i = list.indexOf(cur);
      // Nearby months or days first: "March" -> "February", "April", "May".
      const near = [1, -1, 2, -2, 3, -3].map((d) => list[(i + d + list.length) % list.length]!);
      for (const o of near) out.push(f.answer.replace(cur, o));
    }
    return out;
  }
  // "2023-07", "2023-07-16": a year and a month (a date stamp), never month 17.
  const ym = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(f.answer);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) {
    const y = Number(ym[1]);
    const mo = Number(ym[2]);
    for (const d of [1, -1, 2, -2, 12, -12]) {
      const t = y * 12 + (mo - 1) + d;
      const text = `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
      out.push(ym[3] ? `${text}-${ym[3]}` : text);
    }
    return out;
  }
  if (f.kind === "date") {
    const days = dayChoices(f.answer, f.id);
    if (days.length) return days;
  }
  if (f.entityType === "time") return timeChoices(f.answer);
  // "1333 GMT": a time on the 24-hour clock, never 2670.
  const hhmm = /^([01]\d|2[0-3])([0-5]\d)$/.exec(f.answer);
  if (hhmm && /^\s*(?:GMT|UTC|GMT\+\d|hours|hrs|local time|IST|EST|EDT|ET|BST|CET|CEST|JST|AEST|AEDT)\b/.test(textAfter(f))) {
    const t = Number(hhmm[1]) * 60 + Number(hhmm[2]);
    return [60, -60, 150, -105, 240, -195].map((d) => {
      const x = (((t + d) % 1440) + 1440) % 1440;
      return `${String(Math.floor(x / 60)).padStart(2, "0")}${String(x % 60).padStart(2, "0")}`;
    });
  }
  if (f.values && f.values.length === 2) {
    const [a, b] = f.values as [number, number];
    if (b <= a) return out;
    const cap = f.kind === "date" ? lastYear(f, pools) : Infinity;
    for (const d of [-5, 5, -10, 10, 3, -3]) {
      if (b + d > cap) continue;
      const endText = f.answer.replace(/^\d{4}/, "").replace(/\d+$/, (x) => (x.length === 2 ? String((b + d) % 100).padStart(2, "0") : String(b + d)));
      out.push(`${a + d}${endText}`);
    }
    return out;
  }
  const decade = /^(?:the )?(\d{3})0s$/.exec(f.answer);
  if (decade) {
    const d = Number(decade[1]) * 10;
    for (const x of [d - 10, d + 10, d - 20, d + 20]) out.push(f.answer.replace(/\d{4}/, String(x)));
    return out;
  }
  // "19th" (century), "5th": ordinals move by one or two.
  const ord = /^(\d{1,2})(st|nd|rd|th)\b(.*)$/.exec(f.answer);
  if (ord) {
    const n = Number(ord[1]);
    for (const x of [n - 1, n + 1, n - 2, n + 2]) if (x >= 1 && (!/century/i.test(textAfter(f)) || x <= 21)) out.push(`${x}${ordinal(x)}${ord[3]}`);
    return out;
  }
  const written = writtenNumber(f.answer);
  if (written === undefined || f.value === undefined) return out;
  const isYear = f.kind === "date" && /^\d{4}$/.test(f.answer);
  const isWord = !/\d/.test(f.answer);
  const decimals = /\.(\d+)/.exec(NUM.exec(f.answer)?.[0] ?? "")?.[1]?.length ?? 0;
  const scale = f.value / written;
  const range = plausibleRange(f, written, decimals);
  const bound = directionBound(f);
  const whole = articleWhole(f, pools) ?? worldWhole(f);
  if (whole !== undefined && (bound.below === undefined || whole < bound.below)) bound.below = whole;
  // Years in the article's future are impossible for what has happened (not for plans).
  const yearCap = isYear ? lastYear(f, pools) : Infinity;
  const fits = (v: number, full: number) =>
    v >= range.min &&
    v <= range.max &&
    (!range.whole || Number.isInteger(v)) &&
    v <= yearCap &&
    (bound.above === undefined || full > bound.above) &&
    (bound.below === undefined || full < bound.below) &&
    !tooClose(f, f.value!, full);
  const picked: { text: string; v: number }[] = [];
  const seen = new Set<string>([f.answer]);
  // (See the loop below: the same sentence's other figures of this kind, and any option near one.)
  // A year is another year, however close ("2019, up from 2015"): only figures count.
  const sameSentence = isYear ? [] : (pools.numbers.get(numberKeyOf(f)) ?? []).filter((g) => g.id !== f.id && g.sentenceIndex === f.sentenceIndex && g.value !== undefined).map((g) => g.value!);
  const take = (text: string | undefined, v: number) => {
    if (!text || seen.has(text) || sameSentence.some((x) => Math.abs(x - v) <= Math.abs(x) * 0.04)) return;
    seen.add(text);
    picked.push({ text, v });
  };
  // The article's own numbers of the same kind, unit and scale first, written in the key's style.
  const scale0 = writtenForm(f).scale;
  for (const g of pools.numbers.get(numberKeyOf(f)) ?? []) {
    if (g.id === f.id || g.value === undefined) continue;
    // "down 0.6% on Monday and 1.75% since Friday": a figure of the same sentence may be the same
    // measure at another time, right too once a cut prompt has lost the words telling them apart.
    if (g.sentenceIndex === f.sentenceIndex && !isYear) continue;
    const form = writtenForm(g);
    if (isYear !== form.year || form.digits === isWord || form.scale !== scale0) continue;
    const gw = form.value;
    if (gw === undefined) continue;
    const ratio = g.value / f.value;
    // "more than 100 people" elsewhere is also true of 128: such a figure is no wrong answer.
    const gq = (g.qualifier ?? "").toLowerCase();
    if (/more than|over|at least|above/.test(gq) && f.value > g.value) continue;
    if (/less than|under|fewer than|up to|below/.test(gq) && f.value < g.value) continue;
    if (!(ratio > 0.2 && ratio < 5) || !fits(gw, g.value)) continue;
    take(isWord ? g.answer : restyleNumber(f.answer, Number(gw.toFixed(decimals))), g.value);
  }
  const isAge = isAgeOf(f) && written >= 18;
  const additive = range.max === 9.5;
  // Central banks move rates in quarter points: 25 basis points, 50, 75.
  const basisPoints = f.unit === "basis points" && written % 25 === 0;
  const candidates = isAge
    ? [written + 4, written - 6, written + 9, written - 11, written + 2].filter((x) => x >= 18 && x <= 100)
    : nearbyValues(written, { seed: hashOf(f.id), isYear, isWord, decimals, additive, level: (f.kind === "money" && decimals === 2) || decimals >= 3, halfPoints: f.kind === "percentage" && decimals === 1 && written >= 2 && written < 30, ...(basisPoints ? { step: 25 } : {}) });
  for (const v of candidates) {
    if (written < 1000 && v >= 1000 && /\d\s*(?:thousand|million|billion|trillion|bn|m|k)\b/i.test(f.answer)) continue; // "$1900 billion"
    if (v > 0 && v !== written && fits(v, v * scale)) take(restyleNumber(f.answer, v), v * scale);
  }
  return interleave(picked, f.value);
}

/**
 * The latest year a past event in the sentence can lie in: the publication year, or without a date
 * the latest past year the article names (the safe side: never the article's future). Plans and
 * forecasts may name later years.
 */
const FUTURE_CUES = /\b(?:will|would|plans?|planned|expected|forecasts?|projected|targets?|next)\b|\b(?:by|until|till|through) (?:the end of |early |late |mid-)?\d{4}\b/i;

function lastYear(f: Fact, pools: Pools): number {
  if (FUTURE_CUES.test(f.sentence)) return Infinity;
  return pools.era.exact ? Math.floor(eraEnd(pools.era) / 12) : (pools.era.latestYear ?? Infinity);
}

/** "12.06am", "10:30 pm": other real times in the same format. */
function timeChoices(answer: string): string[] {
  const m = /^(\d{1,2})(?:([.:])(\d{2}))?(\s?)(am|pm|a\.m\.|p\.m\.)$/i.exec(answer);
  if (!m) return [];
  const h = Number(m[1]);
  const min = m[3] ? Number(m[3]) : 0;
  const out: string[] = [];
  // "8 am" moves by whole hours; "3.30 pm" by hours and quarters.
  const steps = m[3] ? ([[1, 0], [-1, 0], [2, 30], [-2, 15], [3, 0], [-3, 45]] as const) : ([[1, 0], [-1, 0], [2, 0], [-2, 0], [3, 0], [-3, 0]] as const);
  for (const [dh, dm] of steps) {
    const total = (((h % 12) * 60 + min + dh * 60 + dm) % 720 + 720) % 720;
    const hh = Math.floor(total / 60) || 12;
    const mm = total % 60;
    out.push(m[3] ? `${hh}${m[2]}${String(mm).padStart(2, "0")}${m[4]}${m[5]}` : mm ? `${hh}:${String(mm).padStart(2, "0")}${m[4]}${m[5]}` : `${hh}${m[4]}${m[5]}`);
  }
  return out.filter((x) => x !== answer);
}
