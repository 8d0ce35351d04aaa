// Typed access to the gazetteers and word lists. The lists live in JSON so they can grow without
// touching code; this module builds the lookup structures once.
import countriesJson from "./countries.json";
import placesJson from "./places.json";
import leadersJson from "./leaders.json";
import titlesJson from "./titles.json";
import abbreviationsJson from "./abbreviations.json";
import furnitureJson from "./furniture.json";
import wordsJson from "./words.json";

export interface Country {
  name: string;
  demonym: string;
  capital: string;
  aliases?: string[];
}
export interface Leader {
  name: string;
  office: string;
  country: string;
}

export const countries: readonly Country[] = countriesJson as Country[];
export const cities: readonly string[] = placesJson.cities;
export const regions: readonly string[] = placesJson.regions;
export const regionSet = new Set(placesJson.regions);
export const leaders: readonly Leader[] = leadersJson;
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
export const monthSet = new Set(wordsJson.months);
export const weekdaySet = new Set(wordsJson.weekdays);
export const givenNameSet = new Set(wordsJson.givenNames);
export const dropCapSet = new Set(wordsJson.dropCap);
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
  countryByName.set(c.name, c);
  for (const a of c.aliases ?? []) countryByName.set(a, c);
  countryByDemonym.set(c.demonym, c);
  capitalSet.add(c.capital);
}
export const citySet = new Set<string>([...cities, ...capitalSet]);
