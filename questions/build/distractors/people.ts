// Wrong people: the article's own people with a role of the same class first, then office holders
// from the dated gazetteer who held a comparable office throughout the article's era, nearest
// region first. People the article gives the same office are never offered: they would also fit.
import { countries } from "../../data";
import type { Fact } from "../../facts";
import { norm } from "../common";
import { findCountry, orgKind, placeInfo, regionDistance, roleClass, roleCountry, type RoleClass } from "../kinds";
import { allTenures, heldThroughout, isSamePerson, officeClass, shortName, tenuresOf, type Tenure } from "./era";
import type { Pools } from "./pools";
import { byRelevance, memo, rotate, textBefore, type Sections } from "./shared";
import type { Era } from "./era";

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

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const COUNTRY_WORDS = new RegExp(
  `\\b(?:${[...new Set(countries.flatMap((c) => [c.name, c.demonym, ...(c.aliases ?? [])]))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
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
  const others = realPeople(pools)
    .filter((p) => norm(p.name) !== answer && !sameOffice(role, p.role) && !mine.some((t) => isSamePerson(p.name, t)))
    .flatMap((p) => {
      const name = oneName ? shown(p.name) : p.name.includes(" ") ? p.name : undefined;
      return name ? [{ ...p, name }] : [];
    });
  const ok = COMPATIBLE[cls];
  const sameClass = () => rotate(cls === "other" ? [] : others.filter((p) => roleClass(p.role) === cls).map((p) => p.name), f.id);
  // A person named for a past event ("signed in 1963 by then-Chancellor X") is no holder of the article's era.
  const past = /\b(?:then|former|late|ex)-?\s*(?:\p{L}+\s){0,3}$/iu.test(textBefore(f)) || yearsBefore(f.sentence, pools.era);
  const gazetteer = () => {
    if (!dated || past) return [];
    const articleCountries = new Set(pools.homeCountries.map((c) => c.name));
    const office = role?.toLowerCase() ?? "";
    const sameTitle = (t: Tenure) => lowerOffices(t).some((o) => office.includes(o));
    // A minister's role that names no country ("Foreign Minister") is also right of every other
    // foreign minister: those are dropped and the article's other people used. A head of state's
    // sentence nearly always names the country ("Rwanda's _____", "President _____ of Chile"), so
    // other presidents stay the best wrong answers there.
    const bare = !roleCountry(role);
    if (bare && dated !== "head") return [];
    // The key's own tenures and the tenures of people the article gives the same office.
    const excluded = new Set([...mine, ...alsoRight.flatMap((p) => tenuresOf(p.name))].map((t) => t.name));
    const fits = heldInEra(pools, dated).filter((t) => !excluded.has(t.name));
    const ranked = byRelevance(
      fits,
      (t) => {
        const c = findCountry(t.country);
        // A king or a supreme leader is no wrong answer for a president: the title counts more than the region.
        const d = regionDistance(home, c) * 2 + (sameTitle(t) ? 0 : 4);
        // The key's own country's other office holders are plausible; the article's countries are more so.
        return d + (c && c === home ? 1 : 0) - (articleCountries.has(t.country) ? 0.5 : 0);
      },
      f.id,
    );
    // Named lazily: the picker takes the first few.
    return (function* () {
      for (const t of ranked) yield oneName ? shortName(t) : t.name;
    })();
  };
  const rest = () => rotate(others.filter((p) => ok.includes(roleClass(p.role))).map((p) => p.name), f.id);
  // With the date known, or an era the article's names narrow to one span, the era's holders of
  // the same office come before the article's other people; where the era is in doubt, the
  // article's own people come first (they are of the era whatever it is).
  return pools.era.exact || pools.era.spans.length === 1 ? [sameClass, gazetteer, rest] : [sameClass, rest, gazetteer];
}

const officesLower = new WeakMap<Tenure, string[]>();
/** A tenure's office titles in lower case (worked out once per tenure). */
function lowerOffices(t: Tenure): string[] {
  let list = officesLower.get(t);
  if (!list) officesLower.set(t, (list = t.offices.map((o) => o.toLowerCase())));
  return list;
}

const eraHolders = new WeakMap<Pools, Map<string, Tenure[]>>();

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

const peopleOf = new WeakMap<Pools, { name: string; role?: string }[]>();

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
