// When an article was written, and who held which office then. Leaders are only offered as wrong
// answers when they held a comparable office throughout the article's era: a 2025 president is no
// option in a 2004 story, and neither is a successor who looks right to a reader of today's news.
//
// With a publication date the era is that month. Without one it is worked out from the article:
// no earlier than the latest past year it names, and within the terms of the office holders it
// names with their office ("Brazilian President Lula"). Where nothing narrows it, the era is the
// whole span the gazetteer covers, and only leaders in office for all of it qualify (few do: the
// article's own people then come first). That is the documented choice for unknown dates.
import { leaders, LEADERS_CHECKED, type Leader, type OfficeClass } from "../../data";
import type { Fact } from "../../facts";
import { roleClass } from "../kinds";
import { fold, memo } from "./shared";
import { NOT_OFFICE_HOLDER } from "../sitting";

/** Months counted from year 0: 2004-03 is 2004 * 12 + 2. */
export type Month = number;
export const toMonth = (ym: string): Month => {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return y * 12 + (m - 1);
};
const CHECKED = toMonth(LEADERS_CHECKED);
/** The gazetteer's terms start around 2000: an era is never taken to reach further back. */
const EARLIEST = toMonth("2000-01");

/** Months, both ends included. */
export interface Span {
  from: Month;
  to: Month;
}
/** The months the article may have been written in: one span, or several when the evidence allows more than one. */
export interface Era {
  spans: Span[];
  /** The publication date was given. */
  exact: boolean;
  /** Without a date: the latest past year the article names, the last year a past event can be taken to lie in. */
  latestYear?: number;
}

export const WHOLE_ERA: Era = { spans: [{ from: EARLIEST, to: CHECKED }], exact: false };

const OFFICE_CLASSES: [OfficeClass, RegExp][] = [
  ["bank", /\b(?:central bank|reserve bank|bank of \p{Lu}\p{L}*|(?:\p{Lu}\p{L}* )?bank) governor\b|\bgovernor of the (?:[\p{L}' ]+ )?bank\b|\bfed(?:eral reserve)? chair(?:man|woman)?\b/iu],
  ["finance", /\bfinance (?:minister|secretary)\b|\bminister (?:of|for) finance\b|\btreasury secretary\b|\bsecretary of the treasury\b|\bchancellor of the exchequer\b|\btreasurer\b|\beconomy minister\b|\bminister (?:of|for) (?:the )?economy\b/iu],
  ["foreign", /\bforeign (?:affairs )?(?:minister|secretary)\b|\bminister (?:of|for) foreign affairs\b|\bsecretary of state\b|\bexternal affairs minister\b|\bforeign policy chief\b/iu],
  ["defence", /\bdefen[cs]e (?:minister|secretary)\b|\bminister (?:of|for) defen[cs]e\b|\bsecretary of defense\b/iu],
  ["head", /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|supreme leader|taoiseach|emir|sultan|crown prince|chief adviser|general secretary)\b/iu],
];

/** The dated class of office a role names ("Brazil's foreign minister" -> "foreign"), if any. */
export function officeClass(role: string | undefined): OfficeClass | undefined {
  return role ? officeClassOf(role) : undefined;
}

const officeClassOf = memo((role: string): OfficeClass | undefined => {
  if (NOT_OFFICE_HOLDER.test(role)) return undefined;
  // "the King's spokesman" holds no head's office; "Brazil's foreign minister" a minister's.
  const tail = /'s\s+(.+)$/.exec(role)?.[1];
  if (tail) return officeClass(tail);
  for (const [cls, re] of OFFICE_CLASSES) if (re.test(role)) return cls !== "head" || roleClass(role) === "head" ? cls : undefined;
  return undefined;
});

/**
 * The kind of head a title names: a king is never a wrong answer for an elected president, nor a
 * president for a king, and a prime minister is a poorer one than another president.
 */
export type HeadType = "monarch" | "president" | "government" | "other";
const HEAD_TYPES: [HeadType, RegExp][] = [
  ["monarch", /\b(?:king|queen|emperor|emir|sultan|crown prince)\b/i],
  ["president", /\bpresident\b/i],
  ["government", /\b(?:prime minister|premier|chancellor|taoiseach|state counsellor|chief adviser)\b/i],
  ["other", /\b(?:supreme leader|general secretary|commander-in-chief|leader)\b/i],
];

/** The kind of head an office or role names ("Turkish President" -> "president"), if any. */
export const headType = memo((office: string): HeadType | undefined => HEAD_TYPES.find(([, re]) => re.test(office))?.[0]);

/** One person's time in one class of office: consecutive terms in it (president, then prime minister) are one tenure. */
export interface Tenure {
  name: string;
  country: string;
  role: OfficeClass;
  from: Month;
  /** Infinity while in office. */
  to: Month;
  /** The office of the term the tenure ends with (the one a reader of the era knows). */
  office: string;
  offices: readonly string[];
  aliases: readonly string[];
}

let tenureIndex: { all: Tenure[]; byName: Map<string, Tenure[]>; byLast: Map<string, Tenure[]>; bySurname: Map<string, Tenure[]> } | undefined;

function index() {
  if (tenureIndex) return tenureIndex;
  const groups = new Map<string, Leader[]>();
  for (const l of leaders) {
    const k = `${l.name}|${l.role}`;
    const g = groups.get(k) ?? [];
    g.push(l);
    groups.set(k, g);
  }
  const all: Tenure[] = [];
  const byName = new Map<string, Tenure[]>();
  const byLast = new Map<string, Tenure[]>();
  const bySurname = new Map<string, Tenure[]>();
  const put = (m: Map<string, Tenure[]>, k: string, t: Tenure) => {
    const list = m.get(k) ?? [];
    if (!list.includes(t)) list.push(t);
    m.set(k, list);
  };
  for (const terms of groups.values()) {
    terms.sort((a, b) => toMonth(a.start) - toMonth(b.start));
    let cur: Tenure | undefined;
    for (const l of terms) {
      const from = toMonth(l.start);
      const to = l.end ? toMonth(l.end) : Infinity;
      if (cur && from <= cur.to + 1) {
        cur.to = Math.max(cur.to, to);
        cur.office = l.office;
        if (!cur.offices.includes(l.office)) (cur.offices as string[]).push(l.office);
        continue;
      }
      cur = { name: l.name, country: l.country, role: l.role, from, to, office: l.office, offices: [l.office], aliases: l.aliases ?? [] };
      all.push(cur);
      for (const n of [l.name, ...(l.aliases ?? [])]) put(byName, fold(n), cur);
      const toks = fold(l.name).split(" ");
      put(byLast, `${toks[0]} ${toks[toks.length - 1]}`, cur);
      put(bySurname, fold(shortName(cur)), cur);
    }
  }
  tenureIndex = { all, byName, byLast, bySurname };
  return tenureIndex;
}

/** Every dated tenure in the gazetteer. */
export const allTenures = (): readonly Tenure[] => index().all;

/** The tenures of the person an article names ("Lula", "Luiz Inacio Lula da Silva", "Abdel Fattah al-Sisi"). */
export const tenuresOf = memo(tenuresOfUncached);

function tenuresOfUncached(name: string): readonly Tenure[] {
  const { byName, byLast } = index();
  const k = fold(name.replace(/^(?:Mr|Mrs|Ms|Dr|Sir|King|Queen|Emir|Sheikh|President|Prime Minister|Chancellor)\.? /, ""));
  const exact = byName.get(k);
  if (exact) return exact;
  const toks = k.split(" ");
  if (toks.length >= 2) return byLast.get(`${toks[0]} ${toks[toks.length - 1]}`) ?? [];
  // One name ("Ramaphosa", "Xi") is taken only when it is one person's.
  const one = index().bySurname.get(k) ?? [];
  return new Set(one.map((t) => t.name)).size === 1 ? one : [];
}

/** The same person as a tenure ("Lula" is "Luiz Inacio Lula da Silva"). */
/** The G20's member countries: their heads of state and government are household names. */
const G20 = new Set(["Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom", "United States"]);

/** Whether the person has led a G20 country: a name a reader knows with its office before reading. */
export const isWorldKnownHead = (name: string): boolean => tenuresOf(name).some((t) => t.role === "head" && G20.has(t.country));

export const isSamePerson = (name: string, t: Tenure): boolean => tenuresOf(name).some((x) => x.name === t.name);

/** Held the office for the whole era: strictly inside the term, so a month of handover counts for neither holder. */
export function heldThroughout(t: Tenure, era: Era): boolean {
  return era.spans.every((s) => t.from < s.from && s.to < t.to);
}

const monthOfDate = (d: Date): Month => d.getUTCFullYear() * 12 + d.getUTCMonth();

function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (from <= to) out.push({ from, to });
    }
  return out;
}

/** A sentence about what is planned or expected: the years it names may lie after the article. */
const FUTURE = /\b(?:will|would|shall|plans?|planned|planning|expected|expects?|aims?|aiming|targets?|targeted|forecasts?|projected|scheduled|due|next)\b|\b(?:by|until|till|through) (?:the end of |early |late |mid-)?\d{4}\b/i;

/** The latest past year the article names, as a lower bound on when it was written. */
function latestPastYear(facts: readonly Fact[]): number | undefined {
  let best: number | undefined;
  const checkedYear = Math.floor(CHECKED / 12);
  for (const f of facts) {
    if (f.kind !== "date") continue;
    const m = /^(?:\D*\s)?(\d{4})$/.exec(f.answer) ?? /\b(\d{4})$/.exec(f.answer);
    const y = Number(m?.[1] ?? f.isoDate?.slice(0, 4));
    if (!Number.isFinite(y) || y < 1900 || y > checkedYear) continue;
    if (FUTURE.test(f.sentence)) continue;
    if (best === undefined || y > best) best = y;
  }
  return best;
}

/** The article's era: its publication month when known, else narrowed by the years and office holders it names. */
export function articleEra(facts: readonly Fact[], people: Iterable<{ name: string; role?: string }>, date?: Date): Era {
  if (date && !Number.isNaN(date.getTime())) {
    const m = monthOfDate(date);
    return { spans: [{ from: m, to: m }], exact: true };
  }
  const evidence: Span[][] = [];
  for (const p of people) {
    const cls = officeClass(p.role);
    if (!cls) continue;
    const terms = tenuresOf(p.name).filter((t) => t.role === cls);
    if (terms.length) evidence.push(terms.map((t) => ({ from: t.from, to: Math.min(t.to, CHECKED) })));
  }
  const year = latestPastYear(facts);
  // Evidence that contradicts the rest (a misread role, a predecessor the article names with their
  // old office) is skipped: the terms that agree with most others go first, later terms before
  // earlier ones (a story names the sitting holder more often than a past one).
  const agreement = evidence.map((e) => evidence.filter((o) => o !== e && intersect(e, o).length > 0).length);
  const latest = (e: Span[]) => Math.max(...e.map((x) => x.to));
  const order = evidence.map((e, i) => ({ e, i })).sort((a, b) => agreement[b.i]! - agreement[a.i]! || latest(b.e) - latest(a.e));
  const narrow = (withYear: boolean) => {
    let spans: Span[] = [{ from: withYear && year !== undefined ? Math.max(EARLIEST, year * 12) : EARLIEST, to: CHECKED }];
    let used = 0;
    for (const { e } of order) {
      const next = intersect(spans, e);
      if (next.length) {
        spans = next;
        used++;
      }
    }
    return { spans, used };
  };
  // A year that contradicts the office holders (a plan, a misread figure) is dropped.
  const withYear = narrow(true);
  const without = narrow(false);
  const spans = withYear.used >= without.used ? withYear.spans : without.spans;
  return { spans, exact: false, ...(year !== undefined ? { latestYear: year } : {}) };
}

/** The latest month the era may reach (for years that must not lie in the article's future). */
export const eraEnd = (era: Era): Month => Math.max(...era.spans.map((s) => s.to));

/** Where the family name comes first ("Xi Jinping" is "Xi"). */
const FAMILY_FIRST = new Set(["China", "Taiwan", "South Korea", "North Korea"]);

/** The one-word name the press uses for a leader ("Putin", "Xi", "Lula"), or the full name where there is none ("Abdullah II"). */
export function shortName(t: Tenure): string {
  const one = t.aliases.find((a) => !a.includes(" "));
  if (one) return one;
  const toks = t.name.replace(/,? Jr\.?$/, "").split(" ");
  if (toks.length === 1 || /\b(?:bin|bint|ibn|Al|al)\b|\b[IVX]+$/.test(t.name) || ["Vietnam", "Cambodia", "Myanmar"].includes(t.country)) return t.name;
  return FAMILY_FIRST.has(t.country) ? toks[0]! : toks[toks.length - 1]!;
}
