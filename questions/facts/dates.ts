// Dates written relative to publication ("on Saturday", "last week", "yesterday") and calendar
// dates for every date fact, resolved against the publication date when it is known. Weekday and
// month names are read forwards or backwards by the tense of the words just before them.
import { words as wordData } from "../data";
import type { RawFact } from "./raw";

const WEEKDAYS = wordData.weekdays; // Monday first
const MONTHS = wordData.months;
const MONTH_INDEX = new Map<string, number>(MONTHS.map((m, i) => [m, i]));
for (const [i, a] of ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].entries()) MONTH_INDEX.set(a, i);
MONTH_INDEX.set("Sept", 8);

const WEEKDAY_RE = new RegExp(`\\b(?:(last|next|this|on|by|until|since|from|late|early) )?(${WEEKDAYS.join("|")})\\b(?!')`, "g");
const RELATIVE_RE =
  /\b(yesterday|today|tomorrow|(?:earlier |later )?(?:last|this|next) (?:week|weekend|month|year)|(?:a|one|two|three|four|five|six|\d{1,2}) (?:days?|weeks?|months?|years?) ago)\b/gi;
/** Words in the clause before a day name that put it in the future. */
const FUTURE_CUE = /\b(?:will|'ll|would|expected|due|plans?|planned|set to|scheduled|upcoming|going to|is to|are to|meets|visits|travels|heads|begins|starts|opens|holds|hosts)\b/;
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (y: number, m: number) => `${y + Math.floor(m / 12)}-${pad((((m % 12) + 12) % 12) + 1)}`;
const addDays = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
/** Monday of the week containing `d`. */
const weekStart = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** The clause just before position `a`: back to the last comma, semicolon or sentence start. */
const clauseBefore = (s: string, a: number) => s.slice(Math.max(0, a - 80), a).split(/[,;:]/).pop()!;

function resolveWeekday(day: number, mod: string | undefined, future: boolean, pub: Date): Date {
  const today = (pub.getUTCDay() + 6) % 7; // Monday = 0
  if (mod === "next") return addDays(pub, (day - today + 7) % 7 || 7);
  if (mod === "last") return addDays(pub, -((today - day + 7) % 7 || 7));
  if (day === today) return pub;
  return future ? addDays(pub, (day - today + 7) % 7) : addDays(pub, -((today - day + 7) % 7));
}

function resolveRelative(phrase: string, pub: Date): { isoDate: string; isoEnd?: string } | undefined {
  const p = phrase.toLowerCase().replace(/^(?:earlier|later) /, "");
  if (p === "yesterday") return { isoDate: isoDay(addDays(pub, -1)) };
  if (p === "today") return { isoDate: isoDay(pub) };
  if (p === "tomorrow") return { isoDate: isoDay(addDays(pub, 1)) };
  const rel = /^(last|this|next) (week|weekend|month|year)$/.exec(p);
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth();
  if (rel) {
    const shift = rel[1] === "last" ? -1 : rel[1] === "next" ? 1 : 0;
    if (rel[2] === "year") return { isoDate: String(y + shift) };
    if (rel[2] === "month") return { isoDate: isoMonth(y, m + shift) };
    const monday = addDays(weekStart(pub), 7 * shift);
    return rel[2] === "weekend" ? { isoDate: isoDay(addDays(monday, 5)), isoEnd: isoDay(addDays(monday, 6)) } : { isoDate: isoDay(monday), isoEnd: isoDay(addDays(monday, 6)) };
  }
  const ago = /^(\w+) (day|week|month|year)s? ago$/.exec(p);
  if (ago) {
    const n = COUNT_WORDS[ago[1]!] ?? Number(ago[1]);
    if (ago[2] === "day") return { isoDate: isoDay(addDays(pub, -n)) };
    if (ago[2] === "week") return { isoDate: isoDay(addDays(pub, -7 * n)) };
    if (ago[2] === "month") return { isoDate: isoMonth(y, m - n) };
    return { isoDate: String(y - n) };
  }
  return undefined;
}

/** Weekdays and relative expressions in one sentence, as date facts. */
export function dateFacts(s: string, publishedAt?: Date): RawFact[] {
  const out: RawFact[] = [];
  const pub = publishedAt && !Number.isNaN(publishedAt.getTime()) ? new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate())) : undefined;
  for (const m of s.matchAll(WEEKDAY_RE)) {
    const mod = m[1] === "last" || m[1] === "next" || m[1] === "this" ? m[1] : undefined;
    const a = m.index! + (mod ? 0 : m[0].length - m[2]!.length);
    const e = m.index! + m[0].length;
    const fact: RawFact = { kind: "date", s: a, e, entityType: "weekday", relative: true };
    if (pub) {
      const future = mod === "next" || (mod !== "last" && FUTURE_CUE.test(clauseBefore(s, m.index!)));
      fact.isoDate = isoDay(resolveWeekday(WEEKDAYS.indexOf(m[2]!), mod, future, pub));
    }
    out.push(fact);
  }
  for (const m of s.matchAll(RELATIVE_RE)) {
    const fact: RawFact = { kind: "date", s: m.index!, e: m.index! + m[0].length, entityType: "relative", relative: true };
    if (pub) Object.assign(fact, resolveRelative(m[0], pub));
    out.push(fact);
  }
  return out;
}

/**
 * Calendar dates for the date facts `numberFacts` finds: years and ranges ("1910–45"), days
 * ("November 2, 2004"; without a year, the publication year) and months ("next March").
 */
export function addIsoDate(f: RawFact, s: string, publishedAt?: Date): void {
  if (f.kind !== "date" || f.isoDate) return;
  const text = s.slice(f.s, f.e);
  if (f.entityType === "year") {
    const [a, b] = f.values ?? [f.value];
    if (a === undefined) return;
    f.isoDate = String(a);
    if (b !== undefined && b !== a) f.isoEnd = String(b);
    return;
  }
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  const y = year ? Number(year) : publishedAt?.getUTCFullYear();
  if (f.entityType === "day") {
    const month = /\p{Lu}[a-z]+/u.exec(text)?.[0];
    const mi = month !== undefined ? MONTH_INDEX.get(month) : undefined;
    const day = /\b(\d{1,2})\b(?!\d)/.exec(text.replace(/\b\d{4}\b/, ""))?.[1];
    if (mi === undefined || !day || y === undefined) return;
    f.isoDate = `${y}-${pad(mi + 1)}-${pad(Number(day))}`;
    return;
  }
  if (f.entityType === "month") {
    const mm = /(last|next|this)?\s*(?:early |late |mid-)?(\p{Lu}[a-z]+)/u.exec(text);
    const mi = mm ? MONTH_INDEX.get(mm[2]!) : undefined;
    if (mi === undefined) return;
    if (mm![1]) f.relative = true;
    if (y === undefined) return;
    let yy = y;
    if (!year && publishedAt) {
      const pm = publishedAt.getUTCMonth();
      if (mm![1] === "next" && mi <= pm) yy++;
      if (mm![1] === "last" && mi >= pm) yy--;
    }
    f.isoDate = `${yy}-${pad(mi + 1)}`;
  }
}
