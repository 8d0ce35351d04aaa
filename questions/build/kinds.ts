// What kind of thing an answer is, so that wrong choices can be of the same kind: the class of a
// person's role, what level of place a name is (continent, world region, country, first-level
// region, city) and where it lies, what sort of organisation a name is.
import {
  continents,
  countries,
  countryByDemonym,
  firstLevelRegions,
  journals,
  nearRegions,
  newsOutlets,
  organisations,
  placeCountry,
  regions,
  subRegions,
  worldRegions,
  type Country,
  type Organisation,
} from "../data";

export type RoleClass = "head" | "politician" | "executive" | "expert" | "journalist" | "other";

const HEAD = /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|supreme leader|taoiseach|emir|sultan|crown prince)\b/i;
const NOT_HEAD = /\b(?:vice|deputy|former|ex|of (?:the )?(?:\p{Lu}|[a-z]+ (?:company|bank|firm|group|board|university)))/iu;
/** "AfCFTA President", "Fifa President": a body's president, written before the office. */
const BODY_BEFORE_OFFICE = /^(?:the )?(?:\p{Lu}[\p{L}-]*[A-Z][\p{L}-]*|\p{Lu}{2,}[\p{L}]*) (?:president|chairman|chair)\b/u;
const POLITICIAN =
  /\b(?:minister|secretary|senator|sen\.|rep\.|representative|lawmaker|congress(?:wo)?man|legislator|mp|governor|mayor|ambassador|envoy|commissioner|leader|chairman of the [a-z ]*committee|committee chairman|spokes(?:wo)?man|official|whip|speaker)\b/i;
const EXECUTIVE =
  /\b(?:chief executive|executive|ceo|cfo|chairman|chairwoman|chair|director|head of|managing|founder|investor|owner|manager|president of|partner|banker|entrepreneur|tycoon|boss)\b/i;
const EXPERT = /\b(?:analyst|professor|scientist|researcher|economist|lawyer|doctor|consultant|expert|strategist|academic|lecturer|author|specialist)\b/i;
const JOURNALIST = /\b(?:correspondent|reporter|editor|journalist|columnist)\b/i;

// An article gives its few people a role each, and the role of every person fact and candidate is
// classed and placed again and again while wrong answers are picked (some 15 times per role):
// both answers are remembered by role, the caches emptied when full like the others here.
const roleClasses = new Map<string, RoleClass>();
const roleCountries = new Map<string, Country | null>();
const ROLE_CACHE_MAX = 20_000;

/** The class of a role: heads of state and government, other politicians, executives, experts. */
export function roleClass(role: string | undefined): RoleClass {
  if (!role) return "other";
  let cls = roleClasses.get(role);
  if (cls === undefined) {
    if (roleClasses.size >= ROLE_CACHE_MAX) roleClasses.clear();
    roleClasses.set(role, (cls = roleClassOf(role)));
  }
  return cls;
}

function roleClassOf(role: string): RoleClass {
  // "the King's spokesman", "Brazil's trade minister": the office is what follows the possessive.
  const tail = /'s\s+(.+)$/.exec(role)?.[1];
  if (tail) return roleClass(tail);
  if (/\bchancellor of the exchequer\b/i.test(role)) return "politician";
  if (HEAD.test(role) && !NOT_HEAD.test(role) && !(BODY_BEFORE_OFFICE.test(role) && !roleCountry(role))) return "head";
  if (JOURNALIST.test(role)) return "journalist";
  if (EXPERT.test(role)) return "expert";
  // A central banker is neither a politician nor a company's officer: matched with no one by class.
  if (/\b(?:central )?bank governor\b|\bgovernor of the [a-z ]*bank\b/i.test(role)) return "other";
  if (POLITICIAN.test(role)) return "politician";
  if (EXECUTIVE.test(role)) return "executive";
  return "other";
}

const countryByAnyName = new Map<string, Country>();
for (const c of countries) for (const n of [c.name, ...(c.aliases ?? [])]) countryByAnyName.set(n.toLowerCase(), c);
const countryByNameLower = (s: string) => countryByAnyName.get(s.toLowerCase());

// findCountry runs on every candidate choice and name: remembered by the name as written, which
// spares lowering its case each time. Emptied when full, like the other caches.
const countryOfName = new Map<string, Country | null>();

/** A country by its name or any alias, in any case ("U.S.", "Britain"). */
export function findCountry(name: string): Country | undefined {
  let c = countryOfName.get(name);
  if (c === undefined) {
    if (countryOfName.size >= 20_000) countryOfName.clear();
    countryOfName.set(name, (c = countryByAnyName.get(name.toLowerCase()) ?? null));
  }
  return c ?? undefined;
}

/** A country by its demonym ("Mexican", "Japanese"). */
export const countryOfDemonym = (word: string): Country | undefined => countryByDemonym.get(word);

/** The country a role names ("Brazilian President", "Brazil's trade minister"), if any. */
export function roleCountry(role: string | undefined): Country | undefined {
  if (!role) return undefined;
  let c = roleCountries.get(role);
  if (c === undefined) {
    if (roleCountries.size >= ROLE_CACHE_MAX) roleCountries.clear();
    roleCountries.set(role, (c = roleCountryOf(role) ?? null));
  }
  return c ?? undefined;
}

function roleCountryOf(role: string): Country | undefined {
  for (const m of role.matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?/gu)) {
    const w = m[0].replace(/'s$/, "");
    const c = countryByDemonym.get(w) ?? countryByNameLower(w) ?? countryByDemonym.get(w.split(" ")[0]!) ?? countryByNameLower(w.split(" ")[0]!);
    if (c) return c;
  }
  return undefined;
}

export type PlaceKind = "continent" | "world region" | "country" | "region" | "city" | "unknown";

export interface PlaceInfo {
  kind: PlaceKind;
  country?: Country;
  /** For a world region, its continent; for a continent, itself. */
  continent?: string;
  /** For a part of a world region ("Gulf"), the region it belongs to ("Middle East"). */
  parent?: string;
}

const capitalNames = new Set(countries.filter((c) => !c.capitalAmbiguous).map((c) => c.capital));
const ambiguousCapitals = new Set(countries.filter((c) => c.capitalAmbiguous).map((c) => c.capital));
const oldRegionNames = new Set(regions);
/** First-level regions (states, provinces), each with the countries that have one of that name ("Punjab"). */
const regionCountries = new Map<string, string[]>();
const addRegion = (name: string, country: string) => {
  const list = regionCountries.get(name) ?? [];
  if (!list.includes(country)) list.push(country);
  regionCountries.set(name, list);
};
for (const [name, home] of placeCountry) if (oldRegionNames.has(name) && !capitalNames.has(name)) addRegion(name, home);
for (const [country, { names }] of Object.entries(firstLevelRegions)) for (const n of names) addRegion(n, country);

const citiesByCountry = new Map<string, string[]>();
for (const [name, home] of placeCountry) {
  if (regionCountries.has(name) && !capitalNames.has(name)) continue;
  const list = citiesByCountry.get(home) ?? [];
  if (!list.includes(name)) list.push(name);
  citiesByCountry.set(home, list);
}
const cityNames = new Set([...citiesByCountry.values()].flat());
const regionsByCountry = new Map<string, string[]>();
for (const [name, homes] of regionCountries)
  for (const home of homes) {
    if (cityNames.has(name) && !ambiguousCapitals.has(name)) continue; // "Berlin" the city before the state
    const list = regionsByCountry.get(home) ?? [];
    list.push(name);
    regionsByCountry.set(home, list);
  }

/** The capital first, then the country's other listed cities. */
export function citiesOf(c: Country): readonly string[] {
  return [c.capital, ...(citiesByCountry.get(c.name) ?? []).filter((x) => x !== c.capital)];
}
/** The country's first-level regions (states, provinces) the gazetteers list. */
export function regionsOf(c: Country): readonly string[] {
  return regionsByCountry.get(c.name) ?? [];
}
/** The word the country's news uses for its first-level regions ("state", "province"). */
export const regionLevelOf = (c: Country): string | undefined => firstLevelRegions[c.name]?.level;

const continentByLower = new Map(continents.map((c) => [c.toLowerCase(), c]));
continentByLower.set("americas", "the Americas");

// Remembered by the country a name is read near, then by the name itself: a key joining the two
// would be a new string to hash on every call. Emptied when it holds 20,000 answers.
const placeInfoCache = new Map<Country | undefined, Map<string, PlaceInfo>>();
let placeInfoCount = 0;

/** What the gazetteers know about a place name; `near` settles names several countries share ("Punjab"). */
export function placeInfo(name: string, near?: Country): PlaceInfo {
  let byName = placeInfoCache.get(near);
  let info = byName?.get(name);
  if (!info) {
    if (placeInfoCount >= 20_000) {
      placeInfoCache.clear();
      placeInfoCount = 0;
      byName = undefined;
    }
    if (!byName) placeInfoCache.set(near, (byName = new Map()));
    info = placeInfoUncached(name, near);
    byName.set(name, info);
    placeInfoCount++;
  }
  return info;
}

function placeInfoUncached(name: string, near?: Country): PlaceInfo {
  const cont = continentByLower.get(name.toLowerCase());
  if (cont) return { kind: "continent", continent: cont };
  const bare = name.replace(/^the /, "");
  const wr = worldRegions[bare];
  if (wr) return { kind: "world region", continent: wr };
  const parent = subRegions[bare];
  if (parent !== undefined) return { kind: "world region", ...(parent ? { parent, continent: worldRegions[parent] } : {}) };
  const c = countryByNameLower(name);
  if (c) return { kind: "country", country: c };
  const regionHomes = regionCountries.get(name);
  const isCity = cityNames.has(name) && !(regionHomes && ambiguousCapitals.has(name));
  if (isCity) {
    const country = countryByNameLower(placeCountry.get(name) ?? "");
    return { kind: "city", ...(country ? { country } : {}) };
  }
  if (regionHomes) {
    const home = near && regionHomes.includes(near.name) ? near.name : regionHomes[0]!;
    const country = countryByNameLower(home);
    return { kind: "region", ...(country ? { country } : {}) };
  }
  return { kind: "unknown" };
}

/** World regions of a continent ("South Asia" for Asia), or of every continent. */
export const worldRegionsOf = (continent?: string): string[] => Object.entries(worldRegions).filter(([, c]) => !continent || c === continent).map(([r]) => r);

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
const outletSet = new Set(newsOutlets.map((o) => o.toLowerCase()));
const journalSet = new Set(journals.map((o) => o.toLowerCase()));

const orgKinds = new Map<string, { kind: string; sector?: string } | undefined>();

/** Organisation kinds read from the name when the gazetteer does not know it. */
export function orgKind(name: string): { kind: string; sector?: string } | undefined {
  if (orgKinds.has(name)) return orgKinds.get(name);
  if (orgKinds.size >= 20_000) orgKinds.clear();
  const k = orgKindOf(name);
  orgKinds.set(name, k);
  return k;
}

const OUTLET_WORDS = /\b(?:News|Times|Post|Online|Herald|Journal|Tribune|Gazette|Telegraph|Guardian|Daily|Press|TV|Television|Radio|Broadcasting|Channel|Newswire|Wire Service)\b/;

function orgKindOf(name: string): { kind: string; sector?: string } | undefined {
  const known = orgByName.get(name.toLowerCase());
  if (known) return { kind: known.kind, ...(known.sector ? { sector: known.sector } : {}) };
  if (outletSet.has(name.toLowerCase().replace(/'s$/, ""))) return { kind: "news organisation" };
  if (journalSet.has(name.toLowerCase().replace(/'s$/, ""))) return { kind: "journal" };
  if (/\b(?:Corp|Corporation|Inc|Co|Ltd|LLC|plc|PLC|Holdings?|Group|AG|SA|GmbH|Investments?)\b\.?/.test(name)) return { kind: "company" };
  if (/\bBank\b/.test(name)) return { kind: "company", sector: "banking" };
  // "Queensland Rail", "Kenya Airways", "Tata Motors": a trade in the name.
  if (/\b(?:Rail|Railways?)\b/.test(name)) return { kind: "company", sector: "rail" };
  if (/\b(?:Airlines?|Airways)\b/.test(name)) return { kind: "company", sector: "airline" };
  if (/\bMotors\b/.test(name)) return { kind: "company", sector: "automotive" };
  if (/\b(?:Telecom|Petroleum|Mining|Shipping|Logistics)\b/.test(name)) return { kind: "company" };
  if (/\b(?:Ministry|Department|Agency|Commission|Committee|Council|Bureau|Office|Authority|Service|Parliament|Senate|Congress|Assembly|Court|Police|Army|Navy|Force)\b/.test(name)) return { kind: "public body" };
  if (/\b(?:University|Institute|Institution|Centre|Center|College|School|Laboratory|Academy|Hospital)\b/.test(name)) return { kind: "institution" };
  if (/\bParty\b/.test(name)) return { kind: "party" };
  if (OUTLET_WORDS.test(name)) return { kind: "news organisation" };
  return undefined;
}
