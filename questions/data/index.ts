// Typed access to the gazetteers and word lists. The lists live in JSON so they can grow without
// touching code; this module builds the lookup structures once.
import countriesJson from "./countries.json";
import placesJson from "./places.json";
import leadersJson from "./leaders.json";
import organisationsJson from "./organisations.json";
import titlesJson from "./titles.json";
import abbreviationsJson from "./abbreviations.json";
import furnitureJson from "./furniture.json";
import wordsJson from "./words.json";
import englishJson from "./english.json";
import regionsJson from "./regions.json";
import rolesJson from "./roles.json";
import mediaJson from "./media.json";
import grammarJson from "./grammar.json";
import summitsJson from "./summits.json";

export interface Country {
  name: string;
  demonym: string;
  capital: string;
  /** A news-desk grouping ("Middle East", "South America") used to pick nearby distractors. */
  region: string;
  continent: string;
  currency: string;
  aliases?: string[];
  /** The name is also a common given name or a US state ("Jordan", "Georgia"): kept out of name typing. */
  ambiguous?: boolean;
  /** The capital's name is also an English word or another place ("Male", "Victoria"). */
  capitalAmbiguous?: boolean;
}
/** The classes of office the leader gazetteer dates: heads of state and government, ministers, central bankers. */
export type OfficeClass = "head" | "foreign" | "finance" | "defence" | "bank";
/** One term of one office: a head of state or government, a major minister or a central bank governor. */
export interface Leader {
  name: string;
  office: string;
  country: string;
  role: OfficeClass;
  /** First and last month in office, "YYYY-MM"; no end for a sitting office holder (as of late 2025). */
  start: string;
  end?: string;
  /** Other names the press uses ("Lula"). */
  aliases?: string[];
}
export interface Organisation {
  name: string;
  kind: string;
  aliases?: string[];
  /** For companies: "retail", "banking", ...; for courts, which system's ("international", "India high court"): options come from the key's own. */
  sector?: string;
}

export const countries: readonly Country[] = countriesJson as Country[];
const citiesByCountry: Readonly<Record<string, readonly string[]>> = placesJson.citiesByCountry;
const regionsByCountry: Readonly<Record<string, readonly string[]>> = placesJson.regionsByCountry;
export const cities: readonly string[] = Object.values(citiesByCountry).flat();
export const regions: readonly string[] = Object.values(regionsByCountry).flat();
export const regionSet = new Set(regions);
/** Each listed city, capital and region -> the country it is in. */
export const placeCountry = new Map<string, string>();
for (const [country, xs] of [...Object.entries(citiesByCountry), ...Object.entries(regionsByCountry)]) for (const x of xs) placeCountry.set(x, country);
export const nearRegions: Readonly<Record<string, readonly string[]>> = placesJson.nearRegions;
export const leaders: readonly Leader[] = leadersJson as Leader[];
/** The last month the leader gazetteer was checked: an office with no end is known to be held until then. */
export const LEADERS_CHECKED = "2025-12";
/** A recurring international summit and the months its series ran ("YYYY-MM"; no end for one still held). */
export interface Summit {
  name: string;
  from: string;
  to?: string;
  /** Where its members are (the countries' regions); none for a summit of leaders from everywhere. */
  regions?: string[];
}
export const summits: readonly Summit[] = summitsJson.summits;
/** Continents and continent-sized regions ("Latin America"), world regions with their continent, and first-level divisions by country. */
export const continents: readonly string[] = regionsJson.continents;
export const worldRegions: Readonly<Record<string, string>> = regionsJson.worldRegions;
/** Parts of a world region ("Gulf" of the Middle East); "" for one that spans several. */
export const subRegions: Readonly<Record<string, string>> = regionsJson.subRegions;
/** Seas and oceans named as regions ("the South Pacific", "the Caribbean"): each other's rivals. */
export const seaRegions: readonly string[] = regionsJson.seaRegions;
/** News outlets and agencies, and scientific journals: never places, never people. */
export const newsOutlets: readonly string[] = mediaJson.outlets;
export const journals: readonly string[] = mediaJson.journals;
/** Nouns a country's name modifies in news ("the U.S. government"). */
export const attributiveNounSet = new Set(grammarJson.attributiveNouns);
export const firstLevelRegions: Readonly<Record<string, { level: string; names: readonly string[] }>> = regionsJson.firstLevel;
/** Offices that can stand in for one another as wrong answers, by the office's lowercase name. */
export const officeSwaps: Readonly<Record<string, readonly string[]>> = rolesJson.swaps;
export const portfolios: readonly string[] = rolesJson.portfolios;
/** Words of a minister's portfolio, lowercase: "finance", "foreign affairs", "industry and trade". */
export const portfolioWordSet: ReadonlySet<string> = new Set([...rolesJson.portfolios, ...rolesJson.portfolioWords]);
export const organisations: readonly Organisation[] = organisationsJson;
export const titles = titlesJson;
export const furniture = furnitureJson;
export const words = wordsJson;

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

export const abbreviationSet = lower(abbreviationsJson.abbreviations);
export const sentenceStarterSet = new Set(abbreviationsJson.sentenceStarters);
export const commonWordSet = lower(wordsJson.common);
export const pronounSet = lower(wordsJson.pronouns);
export const orgWordSet = new Set(wordsJson.orgWords);
export const placeNounSet = lower(wordsJson.placeNouns);
export const orgHeadSet = new Set(wordsJson.orgHeads);
export const placeWordSet = new Set(wordsJson.placeWords);
export const groupDemonymSet = new Set(wordsJson.groupDemonyms);
export const personVerbSet = new Set(wordsJson.personVerbs);
export const monthSet = new Set(wordsJson.months);
export const weekdaySet = new Set(wordsJson.weekdays);
export const givenNameSet = new Set(wordsJson.givenNames);
export const dropCapSet = new Set(wordsJson.dropCap);
/** Common lowercase English words; `isEnglishWord` also accepts their regular inflections. */
export const englishWordSet = new Set(englishJson.words);
export function isEnglishWord(w: string): boolean {
  const l = w.toLowerCase();
  if (englishWordSet.has(l)) return true;
  const stem = /^(.{3,}?)(?:s|es|ed|d|ing|ly)$/.exec(l)?.[1];
  if (stem === undefined) return false;
  if (englishWordSet.has(stem) || englishWordSet.has(`${stem}e`)) return true;
  // "shipping" (ship), "planned" (plan): the consonant doubled before the ending.
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && englishWordSet.has(stem.slice(0, -1))) return true;
  // "countries", "carried": y becomes ie.
  return /i$/.test(stem) && englishWordSet.has(`${stem.slice(0, -1)}y`);
}
export const numberWords: Readonly<Record<string, number>> = wordsJson.numberWords;
export const scales: Readonly<Record<string, number>> = wordsJson.scales;
export const meetingCueSet = lower(wordsJson.meetingCues);
export const honorificSet = new Set(titlesJson.honorifics);
export const officeSet = new Set(titlesJson.offices);
export const roleNounSet = lower(titlesJson.roleNouns);

/** Country names, aliases, capitals and demonyms, keyed by their exact spelling. */
export const countryByName = new Map<string, Country>();
export const countryByDemonym = new Map<string, Country>();
export const capitalSet = new Set<string>();
for (const c of countries) {
  countryByDemonym.set(c.demonym, c);
  if (!c.capitalAmbiguous) capitalSet.add(c.capital);
  if (!placeCountry.has(c.capital)) placeCountry.set(c.capital, c.name);
  if (c.ambiguous) continue;
  countryByName.set(c.name, c);
  for (const a of c.aliases ?? []) countryByName.set(a, c);
}
export const citySet = new Set<string>([...cities, ...capitalSet]);
