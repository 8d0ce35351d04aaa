// Wrong roles that read like the key and belong to its class: the same office in a nearby country
// ("Peruvian President" -> "Chilean President", only where that country has the office), another
// portfolio in the same frame ("Brazil's industry and trade minister" -> "Brazil's finance
// minister"), or another office of the same kind ("chief executive" -> "chief financial officer").
// Never a generic role of another class ("managing director" beside a head of state).
import { countries, leaders, officeSwaps, portfolioWordSet as PORTFOLIO_WORDS, portfolios, type Country } from "../../data";
import type { Fact } from "../../facts";
import { norm } from "../common";
import { findCountry, regionDistance, roleClass, roleCountry } from "../kinds";
import { tenuresOf } from "./era";
import { isOffice } from "../wording";
import type { Pools } from "./pools";
import { byRelevance, rotate, type Sections } from "./shared";
import { escapeRegExp } from "../../nlp/regexp";

/** The countries the gazetteer shows holding an office ("President" is held in Chile, not in Japan). */
const officeCountries = new Map<string, Set<string>>();
for (const l of leaders) {
  const k = l.office.toLowerCase();
  const set = officeCountries.get(k) ?? new Set();
  set.add(l.country);
  officeCountries.set(k, set);
}

const swapKeys = Object.keys(officeSwaps).sort((a, b) => b.length - a.length);
// Not a part of a hyphened title: "director-general" holds no "director" nor "general" to swap.
const OFFICE_RE = new RegExp(`(?<![\\p{L}-])(${swapKeys.map(escapeRegExp).join("|")})(?![\\p{L}-])`, "iu");
const PORTFOLIO_RE = /((?:\b[\p{L}&]+\s){1,4})(minister|secretary)\b/iu;

/** Write `alt` in the case style of `model` ("Transport" -> "Health", "transport" -> "health"). */
function likeCase(model: string, alt: string): string {
  if (/^\p{Lu}/u.test(model)) return alt.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase()).replace(/\b(Of|The|And)\b/g, (w) => w.toLowerCase());
  return alt;
}

/** Portfolios only a national government holds: no option for a state's minister ("Queensland Foreign Minister"). */
const NATIONAL_ONLY = new Set(["foreign", "defence", "interior", "information"]);

/** Other portfolios in the key's frame: "Queensland Transport Minister" -> "Queensland Health Minister". */
function portfolioSwaps(role: string, seed: string): string[] {
  // A frame that names a place but no country ("Queensland", "T.N.") is a state's government.
  const subnational = !roleCountry(role) && /^(?:the )?\p{Lu}/u.test(role) && !/^(?:the )?(?:Foreign|Finance|Defen[cs]e|Home|Interior|Health|Education|Trade|Energy|Justice|Transport|Labour|Industry)\b/iu.test(role);
  const m = PORTFOLIO_RE.exec(role);
  if (!m) return [];
  // The portfolio is the run of portfolio words just before "minister": "industry and trade", "Transport".
  const words = m[1]!.trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && PORTFOLIO_WORDS.has(words[i - 1]!.toLowerCase())) i--;
  const portfolio = words.slice(i).join(" ");
  if (!portfolio || /^(?:and|&)$/i.test(portfolio)) return [];
  const at = m.index + m[1]!.lastIndexOf(portfolio);
  const own = new Set(portfolio.toLowerCase().split(/\s+/));
  return rotate(portfolios.filter((p) => !own.has(p) && !(own.has("economy") && p === "finance") && !(subnational && NATIONAL_ONLY.has(p))), seed).map(
    (p) => role.slice(0, at) + likeCase(portfolio, p) + role.slice(at + portfolio.length),
  );
}

/** Other offices of the same kind in the key's frame: "Federal Reserve Chairman" -> "Federal Reserve Vice Chairman". */
function officeSwapsOf(role: string, country: Country | undefined, seed: string): string[] {
  // The office is what follows a possessive ("the King's spokesman"): the possessor stays.
  const from = role.lastIndexOf("'s ") + 1;
  const found = OFFICE_RE.exec(role.slice(from));
  if (!found) return [];
  const written = found[1]!;
  const at = found.index + from;
  // "AfCFTA President" is a body's president: its rivals are the body's other officers.
  const office = written.toLowerCase();
  const body = (office === "president" || office === "chairman") && roleClass(role) !== "head" && at > 0;
  const alts = (body ? BODY_OFFICERS : (officeSwaps[office] ?? [])).filter((a) => !country || officeExists(a, country)).map((a) => (country ? localTitle(a, country) : a));
  const before = role.slice(0, at);
  const after = role.slice(at + written.length);
  // In a descriptive frame the office's real alternatives are offered as the data writes them.
  const named = namedFrame(before, after);
  return rotate([...new Set(alts)], seed).map((a) => {
    const framed = before + likeCase(written, a) + after;
    return named || isRealRole(framed) ? framed : likeCase(role, a);
  });
}

/**
 * Whether the words around a swapped office only name whose office it is: a body, a company or a
 * country before it ("Queensland Rail", "NATO", "Brazil's") and at most "of Vietnam" after it.
 * A descriptive frame ("disaster and emergency spokesman", "adviser to the state governor") makes a
 * swapped office no real role ("disaster and emergency chief of staff").
 */
function namedFrame(before: string, after: string): boolean {
  const pre = before.trim().replace(/^the\s+/i, "");
  const preOk = !pre || pre.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|and|the|&)$/.test(w));
  const post = after.trim();
  const postOk = !post || /^(?:of|for|at) (?:the )?[\p{Lu}][\p{L}.'-]*(?: (?:[\p{Lu}][\p{L}.'-]*|of|and|the))*$/u.test(post);
  return preOk && postOk;
}

/** The roles the data knows, lower case with hyphens as spaces: every office in roles.json and each portfolio's minister. */
const REAL_ROLES = new Set(
  [...Object.entries(officeSwaps).flatMap(([k, v]) => [k, ...v]), ...portfolios.map((p) => `${p} minister`)].map((r) => realRoleKey(r)),
);

function realRoleKey(r: string): string {
  return r.toLowerCase().replace(/[-\s]+/g, " ").trim();
}

/** A role the data lists as it stands ("deputy director general" is one; "deputy minister to the state governor" is not). */
const isRealRole = (r: string) => REAL_ROLES.has(realRoleKey(r));

/**
 * Real roles of the key's class from the data, for a key no frame can be swapped in: the head
 * of a state agency gets "executive director" or "deputy director", never a word-swapped title.
 */
const rolesByClass = new Map<string, string[]>();
for (const r of [...REAL_ROLES].sort()) {
  const cls = roleClass(r);
  if (cls === "other") continue;
  rolesByClass.set(cls, [...(rolesByClass.get(cls) ?? []), r]);
}

/** The country's own title for a ministry the gazetteer dates: the US "foreign minister" is the Secretary of State. */
const localTitles = new Map<string, string>();
for (const l of leaders) if (l.role !== "head" && l.role !== "bank") localTitles.set(`${l.country}|${l.role}`, l.office.toLowerCase());
function localTitle(office: string, country: Country): string {
  const cls = /^foreign minister$/.test(office) ? "foreign" : /^finance minister$/.test(office) ? "finance" : /^defen[cs]e minister$/.test(office) ? "defence" : undefined;
  return (cls && localTitles.get(`${country.name}|${cls}`)) || office;
}

const BODY_OFFICERS = ["vice president", "secretary-general", "treasurer"];

/** The head-of-state and government titles the gazetteer lists for each country. */
const titlesOf = new Map<string, Set<string>>();
for (const l of leaders) {
  if (l.role !== "head") continue;
  const set = titlesOf.get(l.country) ?? new Set();
  set.add(l.office.toLowerCase());
  titlesOf.set(l.country, set);
}

/**
 * Whether a country has an office, as far as the gazetteer can tell: "Brazilian Prime Minister" and
 * "Japanese President" are no offices. Titles the gazetteer does not date (ministers, deputies) pass.
 */
function officeExists(office: string, country: Country): boolean {
  const titles = titlesOf.get(country.name);
  if (!titles) return true;
  const o = office.toLowerCase();
  if (/^(?:deputy )?prime minister$/.test(o)) return !(titles.has("president") && !titles.has("prime minister"));
  if (/^(?:vice )?president$/.test(o)) return titles.has("president");
  if (/^(?:vice )?chancellor$/.test(o)) return titles.has("chancellor");
  if (/^(?:king|queen|emperor|emir|sultan)$/.test(o)) return titles.has(o);
  if (o === "crown prince") return ["king", "emir", "emperor", "crown prince"].some((t) => titles.has(t));
  return true;
}

/** "Peruvian President" -> "Chilean President": the same office in nearby countries that have it. */
function countrySwaps(role: string, country: Country, seed: string): string[] {
  const alias = [country.name, ...(country.aliases ?? [])].find((a) => new RegExp(`(?:^|\\s)${escapeRegExp(a)}(?=\\s)`).test(role) && !role.includes(`${a}'s`));
  const word = role.includes(country.demonym) ? country.demonym : role.includes(`${country.name}'s`) ? country.name : alias;
  if (!word) return [];
  // A possessive keeps the country's name ("Brazil's" -> "Chile's"); a name or demonym before the office becomes a demonym.
  const asName = role.includes(`${word}'s`);
  const office = OFFICE_RE.exec(role)?.[1]?.toLowerCase();
  const holders = office ? officeCountries.get(office) : undefined;
  const near = byRelevance(
    countries.filter((c) => c !== country && !c.ambiguous && (!holders || holders.has(c.name))),
    (c) => (regionDistance(country, c) <= 1 ? regionDistance(country, c) : Infinity),
    seed,
  );
  return near.map((c) => role.replace(word, asName ? c.name : c.demonym));
}

export function roleSections(f: Fact, pools: Pools): Sections {
  const cls = roleClass(f.answer);
  // Other roles the article gives the same person are also right ("Crown Prince and Prime Minister").
  const own = pools.subjectRoles.get(norm(f.subject ?? "")) ?? new Set<string>();
  const notOwn = (xs: readonly string[]) => xs.filter((x) => !own.has(norm(x)));
  const mine = (pools.byKey.get("role") ?? []).filter(isOffice);
  const country = roleCountry(f.answer);
  // The country of the office's holder, when the role does not say it: "President" for Lula is Brazil's office.
  // Not for a body's office ("NATO Secretary-General"): that office is no country's.
  const bare = !/\p{Lu}/u.test(f.answer.replace(OFFICE_RE, "").replace(/\b(?:Of|The|And)\b/g, ""));
  const holderCountry = country ?? (bare ? findCountry(tenuresOf(f.subject ?? "")[0]?.country ?? "") : undefined);
  const heads = cls === "head";
  return [
    // A head of state or government is best matched with the same office elsewhere; a minister with another portfolio.
    () => notOwn(heads && country ? countrySwaps(f.answer, country, f.id).slice(0, 3) : []),
    () => notOwn(portfolioSwaps(f.answer, f.id)),
    () => notOwn(officeSwapsOf(f.answer, holderCountry, f.id)),
    () => notOwn(rotate(mine.filter((r) => roleClass(r) === cls && cls !== "other"), f.id)),
    () => notOwn(!heads && country ? countrySwaps(f.answer, country, f.id).slice(0, 3) : []),
    // A role of no known class ("chief engineer at the transport department") is matched with the article's other roles.
    () => notOwn(cls === "other" ? rotate(mine, f.id) : []),
    // Last, real roles of the same class as the data lists them, in the key's case.
    () => notOwn(cls === "other" || heads ? [] : rotate(rolesByClass.get(cls) ?? [], f.id).map((r) => likeCase(f.answer, r))),
  ];
}

export function roleChoices(f: Fact, pools: Pools): string[] {
  return roleSections(f, pools).flatMap((s) => [...s()]);
}
