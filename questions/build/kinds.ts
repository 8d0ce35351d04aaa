// What kind of thing an answer is, so that wrong choices can be of the same kind: the class of a
// person's role, where a place is, what sort of organisation a name is.
import { countries, countryByDemonym, nearRegions, organisations, placeCountry, regions, type Country, type Organisation } from "../data";

export type RoleClass = "head" | "politician" | "executive" | "expert" | "journalist" | "other";

const HEAD = /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|supreme leader|taoiseach|emir|sultan|crown prince)\b/i;
const NOT_HEAD = /\b(?:vice|deputy|former|ex|of (?:the )?(?:\p{Lu}|[a-z]+ (?:company|bank|firm|group|board|university)))/iu;
const POLITICIAN =
  /\b(?:minister|secretary|senator|sen\.|rep\.|representative|lawmaker|congress(?:wo)?man|legislator|mp|governor|mayor|ambassador|envoy|commissioner|leader|chairman of the [a-z ]*committee|committee chairman|spokes(?:wo)?man|official|whip|speaker)\b/i;
const EXECUTIVE =
  /\b(?:chief executive|executive|ceo|cfo|chairman|chairwoman|chair|director|head of|managing|founder|investor|owner|manager|president of|partner|banker|entrepreneur|tycoon|boss)\b/i;
const EXPERT = /\b(?:analyst|professor|scientist|researcher|economist|lawyer|doctor|consultant|expert|strategist|academic|lecturer|author|specialist)\b/i;
const JOURNALIST = /\b(?:correspondent|reporter|editor|journalist|columnist)\b/i;

/** The class of a role: heads of state and government, other politicians, executives, experts. */
export function roleClass(role: string | undefined): RoleClass {
  if (!role) return "other";
  if (HEAD.test(role) && !NOT_HEAD.test(role)) return "head";
  if (JOURNALIST.test(role)) return "journalist";
  if (EXPERT.test(role)) return "expert";
  // A central banker is neither a politician nor a company's officer: matched with no one by class.
  if (/\b(?:central )?bank governor\b|\bgovernor of the [a-z ]*bank\b/i.test(role)) return "other";
  if (POLITICIAN.test(role)) return "politician";
  if (EXECUTIVE.test(role)) return "executive";
  return "other";
}

const regionNames = new Set(regions);
const countryByAnyName = new Map<string, Country>();
for (const c of countries) for (const n of [c.name, ...(c.aliases ?? [])]) countryByAnyName.set(n.toLowerCase(), c);
const countryByNameLower = (s: string) => countryByAnyName.get(s.toLowerCase());

export function findCountry(name: string): Country | undefined {
  return countryByAnyName.get(name.toLowerCase());
}

/** The country a role names ("Brazilian President", "Brazil's trade minister"), if any. */
export function roleCountry(role: string | undefined): Country | undefined {
  if (!role) return undefined;
  for (const m of role.matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?/gu)) {
    const w = m[0].replace(/'s$/, "");
    const c = countryByDemonym.get(w) ?? countryByNameLower(w) ?? countryByDemonym.get(w.split(" ")[0]!) ?? countryByNameLower(w.split(" ")[0]!);
    if (c) return c;
  }
  return undefined;
}

export interface PlaceInfo {
  kind: "country" | "city" | "region" | "unknown";
  country?: Country;
}

const capitalNames = new Set(countries.map((c) => c.capital));
const citiesByCountry = new Map<string, string[]>();
const regionsByCountry = new Map<string, string[]>();
for (const [name, home] of placeCountry) {
  const isRegion = regionNames.has(name) && !capitalNames.has(name);
  const map = isRegion ? regionsByCountry : citiesByCountry;
  const list = map.get(home) ?? [];
  if (!list.includes(name)) list.push(name);
  map.set(home, list);
}

/** The capital first, then the country's other listed cities. */
export function citiesOf(c: Country): readonly string[] {
  return [c.capital, ...(citiesByCountry.get(c.name) ?? []).filter((x) => x !== c.capital)];
}
export function regionsOf(c: Country): readonly string[] {
  return regionsByCountry.get(c.name) ?? [];
}

/** What the gazetteers know about a place name. */
export function placeInfo(name: string): PlaceInfo {
  const c = countryByNameLower(name);
  if (c) return { kind: "country", country: c };
  const home = placeCountry.get(name);
  if (home) {
    const isRegion = regionNames.has(name) && !capitalNames.has(name);
    const country = countryByNameLower(home);
    return { kind: isRegion ? "region" : "city", ...(country ? { country } : {}) };
  }
  return { kind: "unknown" };
}

/** 0 for the same region, 1 for a neighbouring region, 2 for the same continent, 3 otherwise. */
export function regionDistance(a: Country | undefined, b: Country | undefined): number {
  if (!a || !b) return 3;
  if (a.region === b.region) return 0;
  if (nearRegions[a.region]?.includes(b.region)) return 1;
  if (a.continent === b.continent) return 2;
  return 3;
}

const orgByName = new Map<string, Organisation>();
for (const o of organisations) for (const n of [o.name, ...(o.aliases ?? [])]) orgByName.set(n.toLowerCase(), o);

const orgKinds = new Map<string, { kind: string; sector?: string } | undefined>();

/** Organisation kinds read from the name when the gazetteer does not know it. */
export function orgKind(name: string): { kind: string; sector?: string } | undefined {
  if (orgKinds.has(name)) return orgKinds.get(name);
  if (orgKinds.size >= 20_000) orgKinds.clear();
  const k = orgKindOf(name);
  orgKinds.set(name, k);
  return k;
}

function orgKindOf(name: string): { kind: string; sector?: string } | undefined {
  const known = orgByName.get(name.toLowerCase());
  if (known) return { kind: known.kind, ...(known.sector ? { sector: known.sector } : {}) };
  if (/\b(?:Corp|Corporation|Inc|Co|Ltd|LLC|plc|PLC|Holdings?|Group|AG|SA|GmbH|Investments?)\b\.?/.test(name)) return { kind: "company" };
  if (/\bBank\b/.test(name)) return { kind: "company", sector: "banking" };
  if (/\b(?:Ministry|Department|Agency|Commission|Committee|Council|Bureau|Office|Authority|Service|Parliament|Senate|Congress|Assembly|Court)\b/.test(name)) return { kind: "public body" };
  if (/\b(?:University|Institute|Institution|Centre|Center|College|School|Laboratory|Academy)\b/.test(name)) return { kind: "institution" };
  if (/\bParty\b/.test(name)) return { kind: "party" };
  return undefined;
}
