// Wrong people: the article's own people with a role of the same class first, then office holders
// from the dated gazetteer who held a comparable office throughout the article's era, nearest
// region first. People the article gives the same office are never offered: they would also fit.
import { countries, type Country } from "../../data";
import type { Fact } from "../../facts";
import { norm } from "../common";
import { findCountry, orgKind, placeInfo, regionDistance, roleClass, roleCountry, type RoleClass } from "../kinds";
import { allTenures, headType, heldThroughout, isSamePerson, officeClass, shortName, tenuresOf, type HeadType, type Tenure } from "./era";
import { titleBefore, type Pools } from "./pools";
import { memo, rotate, textBefore, type Sections } from "./shared";
import type { Era } from "./era";
import { RunCache } from "../../run-cache";
import { escapeRegExp } from "../../nlp/regexp";

/** Whether the sentence names a year before the article's era (so it tells of the past). */
function yearsBefore(sentence: string, era: Era): boolean {
  const first = Math.min(...era.spans.map((s) => s.from)) / 12;
  for (const m of sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) if (Number(m[1]) < first - 1) return true;
  return false;
}

/** Role classes whose holders can stand in for one another. */
const COMPATIBLE: Record<RoleClass, readonly RoleClass[]> = {
  head: ["head", "politician"],
  politician: ["politician", "head"],
  executive: ["executive"],
  expert: ["expert"],
  journalist: ["journalist"],
  other: ["head", "politician", "executive", "expert", "journalist", "other"],
};

const COUNTRY_WORDS = new RegExp(
  `\\b(?:${[...new Set(countries.flatMap((c) => [c.name, c.demonym, ...(c.aliases ?? [])]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?:'s)?(?![\\p{L}])`,
  "gu",
);

/** A role with its country words taken out: "Iranian Foreign Minister" and "foreign minister" are one office. */
export const bareOffice = memo(bareOfficeUncached);

function bareOfficeUncached(role: string): string {
  return norm(role.replace(COUNTRY_WORDS, " "))
    .replace(/\b(?:of|his|her|its|their|country)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether another person's role says they hold the key's office too (so they would also be a right answer). */
function sameOffice(keyRole: string | undefined, otherRole: string | undefined): boolean {
  if (!keyRole || !otherRole) return false;
  const a = bareOffice(keyRole);
  if (!a || a !== bareOffice(otherRole)) return false;
  // Two roles that name different countries ("Indian Foreign Minister", "Iranian Foreign Minister") are told apart.
  const ca = roleCountry(keyRole);
  const cb = roleCountry(otherRole);
  return !(ca && cb && ca !== cb);
}

export function personSections(f: Fact, pools: Pools): Sections {
  const me = pools.people.get(norm(f.answer)) ?? (f.canonical ? pools.people.get(norm(f.canonical)) : undefined);
  const role = f.role ?? me?.role;
  const cls = roleClass(role);
  const dated = officeClass(role);
  const mine = tenuresOf(f.canonical ?? f.answer);
  const home = roleCountry(role) ?? (mine[0] ? findCountry(mine[0].country) : undefined) ?? pools.homeCountries[0];
  // A key written as one name ("Hu", "Bush") gets one-name options, the way the article writes its people.
  const oneName = !f.answer.includes(" ");
  const shortForms = oneName ? (pools.byKey.get("person") ?? []).filter((n) => !n.includes(" ")) : [];
  const shown = (name: string) => {
    if (!oneName || !name.includes(" ")) return name;
    const toks = name.split(" ");
    // The article's own short form, else the gazetteer's ("Yoon", "Xi"), else the family name where it is plainly the last word.
    const known = tenuresOf(name)[0];
    if (known) return shortForms.find((s) => toks.includes(s)) ?? shortName(known);
    return shortForms.find((s) => toks.includes(s)) ?? (/^\p{Lu}[\p{L}'-]+$/u.test(toks[toks.length - 1]!) && !/\b(?:da|de|do|dos|del|bin|al|el|van|von)\b/.test(name) ? toks[toks.length - 1] : undefined);
  };
  // The article's other holders of the key's office would also be right: never offered, from the article or the gazetteer.
  const alsoRight = realPeople(pools).filter((p) => sameOffice(role, p.role));
  const answer = norm(f.answer);
  // "Sen. _____ of Nevada": only others the article also calls senators fit the slot.
  const title = titleBefore(textBefore(f));
  const sameTitle = (p: { name: string; role?: string }) => !title || pools.titles.get(norm(p.name)) === title || (p.role !== undefined && titleBefore(`${p.role} `) === title);
  const others = realPeople(pools)
    .filter((p) => norm(p.name) !== answer && sameTitle(p) && !sameOffice(role, p.role) && !mine.some((t) => isSamePerson(p.name, t)))
    .flatMap((p) => {
      const name = oneName ? shown(p.name) : p.name.includes(" ") ? p.name : undefined;
      return name ? [{ ...p, name }] : [];
    });
  const ok = COMPATIBLE[cls];
  // A head of state or government: the kind of head (president, monarch, prime minister) the key is.
  const heads = dated === "head" || cls === "head";
  const keyType = heads ? headType(role ?? "") ?? (mine[0] ? headType(mine[0].office) : undefined) : undefined;
  // For a head, only the article's people who fit the slot come first: the key's own country's
  // politicians (a rival, a predecessor) or the same kind of head nearby. India's prime minister
  // named in a story is no wrong answer for Rwanda's president.
  const fits = (p: { name: string; role?: string }) => !heads || fitsHeadSlot(p, home, keyType, pools.homeCountries[0]);
  const sameClass = () =>
    rotate(heads ? others.filter((p) => isPolitician(p) && fits(p)).map((p) => p.name) : cls === "other" ? [] : others.filter((p) => roleClass(p.role) === cls).map((p) => p.name), f.id);
  // A person named for a past event ("signed in 1963 by then-Chancellor X") is no holder of the article's era.
  const past = /\b(?:then|former|late|ex)-?\s*(?:\p{L}+\s){0,3}$/iu.test(textBefore(f)) || yearsBefore(f.sentence, pools.era);
  const gazetteer = () => {
    if (!dated || past) return [];
    // A minister's role that names no country ("Foreign Minister") is also right of every other
    // foreign minister: those are dropped and the article's other people used. A head of state's
    // sentence nearly always names the country ("Rwanda's _____", "President _____ of Chile"), so
    // other presidents stay the best wrong answers there.
    const bare = !roleCountry(role);
    if (bare && dated !== "head") return [];
    // The key's own tenures and the tenures of people the article gives the same office.
    const excluded = new Set([...mine, ...alsoRight.flatMap((p) => tenuresOf(p.name))].map((t) => t.name));
    const groups = rankedHolders(pools, dated, home, keyType, role?.toLowerCase() ?? "");
    const ranked = groups.flatMap(([r, ts]) => rotate(ts.filter((t) => !excluded.has(t.name)), `${f.id}|${r}`));
    // Named lazily: the picker takes the first few.
    return (function* () {
      for (const t of ranked) yield oneName ? shortName(t) : t.name;
    })();
  };
  const rest = () => rotate(others.filter((p) => ok.includes(roleClass(p.role))).map((p) => p.name), f.id);
  // With the date known, or an era the article's names narrow to one span, the era's holders of
  // the same office come before the article's other people; where the era is in doubt, the
  // article's own people come first (they are of the era whatever it is). For a head, the article's
  // people who do not fit the slot are never offered (India's prime minister for Rwanda's
  // president), and the gazetteer's heads held office throughout every span the era allows.
  // The article's heads of the same kind from further away come last ("only then the wider world").
  const sameKind = () => rotate(others.filter((p) => isPolitician(p) && !fits(p) && keyType !== undefined && headKind(p) === keyType).map((p) => p.name), f.id);
  if (heads) return [sameClass, gazetteer, sameKind];
  return pools.era.exact || pools.era.spans.length === 1 ? [sameClass, gazetteer, rest] : [sameClass, rest, gazetteer];
}

/** Officials who speak or work for a head, not rivals for the office ("government spokesman"). */
const STAFF = /\b(?:spokes(?:wo)?man|spokesperson|official|advis[eo]r|aide|envoy|ambassador|secretary-general|press secretary)\b/i;

/** A head or a politician by the role the article gives, or with no role there, by the gazetteer's offices ("Kerry"). */
function isPolitician(p: { name: string; role?: string }): boolean {
  if (!p.role) return tenuresOf(p.name).length > 0;
  const cls = roleClass(p.role);
  return cls === "head" || (cls === "politician" && !STAFF.test(p.role));
}

/** The kind of head one of the article's people is, by the role the article gives or the gazetteer's office. */
function headKind(p: { name: string; role?: string }): HeadType | undefined {
  const t = tenuresOf(p.name)[0];
  return headType(p.role ?? "") ?? (t ? headType(t.office) : undefined);
}

/**
 * Whether one of the article's people fits a head's slot: a politician of the key's own country
 * (a rival candidate, a predecessor), or the same kind of head in the same or a neighbouring region.
 */
function fitsHeadSlot(p: { name: string; role?: string }, home: Country | undefined, keyType: HeadType | undefined, articleHome: Country | undefined): boolean {
  const t = tenuresOf(p.name)[0];
  // A person the article gives no country (a senator, an opposition leader) is of the country it is about.
  const country = roleCountry(p.role) ?? (t ? findCountry(t.country) : articleHome);
  if (home && country === home) return true;
  return keyType !== undefined && headKind(p) === keyType && regionDistance(home, country) <= 1;
}

const rankedOf = new RunCache<Pools, Map<string, [number, Tenure[]][]>>();

/**
 * The era's holders of a class of office in groups of equal relevance to a key, best first. Worked
 * out once per article and kind of key: an article asks about the same few leaders many times.
 */
function rankedHolders(pools: Pools, dated: string, home: Country | undefined, keyType: HeadType | undefined, office: string): [number, Tenure[]][] {
  let byKey = rankedOf.get(pools);
  if (!byKey) rankedOf.set(pools, (byKey = new Map()));
  const key = `${dated}|${home?.name ?? ""}|${keyType ?? office}`;
  let groups = byKey.get(key);
  if (groups) return groups;
  const articleCountries = new Set(pools.homeCountries.map((c) => c.name));
  const sameTitle = (t: Tenure) => lowerOffices(t).some((o) => office.includes(o));
  const rank = (t: Tenure): number => {
    const c = findCountry(t.country);
    const type = keyType && headType(t.office);
    // A monarch is never offered for an elected head, nor an elected head for a monarch, and a
    // prime minister never for a president: only a key of no such kind ("Supreme Leader") takes any.
    if (type && (type === "monarch") !== (keyType === "monarch")) return Infinity;
    if (type && keyType !== "other" && type !== keyType) return Infinity;
    // Without the date only the long-serving qualify: from far away those are autocrats from
    // unrelated parts of the world (Indonesia's president is asked beside Syria's and
    // Tajikistan's), so the region and its neighbours only.
    if (type && !pools.era.exact && home && regionDistance(home, c) > 1) return Infinity;
    // Within a kind, the nearest region first.
    const d = regionDistance(home, c) * 2 + (type ? (type === keyType ? 0 : 8) : sameTitle(t) ? 0 : 4);
    // The key's own country's other office holders are plausible; the article's countries are more so.
    return d + (c && c === home ? 1 : 0) - (articleCountries.has(t.country) ? 0.5 : 0);
  };
  const byRank = new Map<number, Tenure[]>();
  for (const t of heldInEra(pools, dated)) {
    const r = rank(t);
    if (Number.isFinite(r)) byRank.set(r, [...(byRank.get(r) ?? []), t]);
  }
  groups = [...byRank].sort((a, b) => a[0] - b[0]);
  byKey.set(key, groups);
  return groups;
}

const officesLower = new WeakMap<Tenure, string[]>();
/** A tenure's office titles in lower case (worked out once per tenure). */
function lowerOffices(t: Tenure): string[] {
  let list = officesLower.get(t);
  if (!list) officesLower.set(t, (list = t.offices.map((o) => o.toLowerCase())));
  return list;
}

const eraHolders = new RunCache<Pools, Map<string, Tenure[]>>();

/** The gazetteer's holders of a class of office throughout the article's era, worked out once per article. */
function heldInEra(pools: Pools, cls: string): Tenure[] {
  let byClass = eraHolders.get(pools);
  if (!byClass) eraHolders.set(pools, (byClass = new Map()));
  let list = byClass.get(cls);
  if (!list) byClass.set(cls, (list = allTenures().filter((t) => t.role === cls && heldThroughout(t, pools.era))));
  return list;
}

export function personChoices(f: Fact, pools: Pools): string[] {
  return personSections(f, pools).flatMap((s) => [...s()]);
}

const peopleOf = new RunCache<Pools, { name: string; role?: string }[]>();

/** The article's people that look like people, worked out once per article. */
export function realPeople(pools: Pools): { name: string; role?: string }[] {
  let list = peopleOf.get(pools);
  if (!list) {
    // A "name" that is part of one of the article's organisations or places is not a person.
    const things = [...(pools.byKey.get("org") ?? []), ...(pools.byKey.get("place") ?? []), ...(pools.byKey.get("city") ?? [])].map(norm);
    const isThing = (name: string) => {
      const n = norm(name);
      return things.some((t) => t === n || t.startsWith(`${n} `));
    };
    list = [...pools.people.values()].filter((p) => looksLikePerson(p.name) && !isThing(p.name));
    peopleOf.set(pools, list);
  }
  return list;
}

const NOT_A_NAME =
  /\b(?:America|Europe|Asia|Africa|Oceania|War|Train|Sites?|Reef|Centre|Center|Heritage|World|Zone|Street|Road|House|River|Islands?|Sea|Ocean|Park|Bank|Valley|Mountains?|Lake|Bay|Coast|Day|Cup|Games|Prize|Award|Act|Bill|Treaty|Accord|Index|Exchange|Airport|Station|Bridge|Hospital|Court|Party|Times|Post|News|Summit|Declaration|Agreement|Community|Area|Champion|Hall)\b/;

/** A person's name rather than a capitalised place, event or thing the tagger took for one. */
export const looksLikePerson = memo(looksLikePersonUncached);

function looksLikePersonUncached(name: string): boolean {
  const toks = name.split(" ");
  if (NOT_A_NAME.test(name) || placeInfo(name).kind !== "unknown" || orgKind(name)) return false;
  if (new Set(toks).size !== toks.length) return false; // "Gin Gin"
  if (toks.some((t) => /^[A-Z]{2,}$/.test(t))) return false; // "BBC Online"
  return toks.every((t) => /^\p{Lu}/u.test(t) || /^(?:de|da|do|dos|das|del|della|la|le|van|von|bin|al|el|wa)$/.test(t));
}
