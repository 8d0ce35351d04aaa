// What the article offers as wrong answers, gathered once per article: its names by kind, its
// numbers by unit, its people with their roles, the countries it is about, and when it was written.
import { countryByName, type Country } from "../../data";
import { homeCountryOfSentences } from "../home-country";
import type { Fact } from "../../facts";
import { norm } from "../common";
import { placeInfo } from "../kinds";
import { articleEra, type Era } from "./era";
import { numberKeyOf } from "./numbers";
import { COMPANY_CUES } from "./orgs";
import { levelWord, placeKey } from "./places";

export interface Pools {
  /** The article's sentences that hold facts, once each: where an acronym may be spelled out. */
  sentences?: readonly string[];
  /** Article answers by pool key ("person", "country", "city", "place", "org", "role", "quote"). */
  byKey: Map<string, string[]>;
  /** How many different people hold each role (by normalised role). */
  roleHolders: Map<string, number>;
  numbers: Map<string, Fact[]>;
  /** The article's people with the role it gives them, by normalised name. */
  people: Map<string, { name: string; role?: string }>;
  /** Countries the article names, most often named first. */
  homeCountries: Country[];
  /** The country the story clearly happens in: its sentences name it most, in any form (see ../home-country). */
  storyCountry?: Country;
  /** The business sector the article is about, when its words make that clear ("retail"). */
  sector?: string;
  /** When the article was written: its publication month, or the span its names and years allow. */
  era: Era;
  /** The article's organisation names (normalised): never offered as places. */
  orgNames: Set<string>;
  /** The level word the article gives a place ("district", "province"), by normalised name. */
  placeLevels: Map<string, string>;
  /** For each place, the others listed with it ("Bhutan, Brazil and India"): also right for the same statement. */
  listMates: Map<string, Set<string>>;
  /** Names the article calls a company somewhere ("Car giant Nissan"), normalised. */
  companies: Set<string>;
  /** The roles the article gives each person (normalised), by normalised name. */
  subjectRoles: Map<string, Set<string>>;
  /** The title the article puts before each person's name ("Sen.", "Gov."), as one word ("senator"), by normalised name. */
  titles: Map<string, string>;
}

export interface PoolOptions {
  /** The article's publication date; undefined when unknown. */
  date?: Date;
}

const SECTOR_CUES: Record<string, RegExp> = {
  retail: /\b(?:retail(?:er|ers)?|stores?|shoppers?|department store|supermarkets?)\b/gi,
  banking: /\b(?:banks?|banking|lenders?|loans?)\b/gi,
  energy: /\b(?:oil|gas|crude|refiner(?:y|ies)|energy)\b/gi,
  technology: /\b(?:software|internet|chips?|smartphones?|technology)\b/gi,
  automotive: /\b(?:cars?|carmakers?|vehicles?|automakers?)\b/gi,
};

function articleSector(sentences: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const [k, re] of Object.entries(SECTOR_CUES)) counts.set(k, (counts.get(k) ?? 0) + (s.match(re)?.length ?? 0));
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 ? best[0] : undefined;
}

const POOL_LIMIT = 60;

export function poolKey(f: Fact): string | undefined {
  if (f.kind === "role" && f.relation === "role-of") return "role";
  if (f.relation === "affiliation") return "org";
  if (f.entityType === "person") return "person";
  if (f.entityType === "country") return "country";
  if (f.entityType === "city") return "city";
  if (f.kind === "place" && f.entityType === "place") return "place";
  if (f.entityType === "org" || f.entityType === "other") return "org";
  if (f.entityType === "quote") return "quote";
  return undefined;
}

const addTo = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => {
  const s = m.get(k) ?? new Set<V>();
  s.add(v);
  m.set(k, s);
};

/** Titles of an office written before a name, each as the office it names. */
const TITLE_WORDS: Record<string, string> = {
  "sen.": "senator", senator: "senator", "rep.": "representative", representative: "representative", congressman: "representative", congresswoman: "representative",
  "gov.": "governor", governor: "governor", judge: "judge", justice: "judge", "gen.": "general", general: "general", mayor: "mayor",
};
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}.])(${Object.keys(TITLE_WORDS).map((t) => t.replace(".", "\\.")).join("|")})\\s+$`, "iu");

/** "Sen. " right before a name -> "senator": the office a wrong answer in that slot must hold too. */
export function titleBefore(text: string): string | undefined {
  const m = TITLE_BEFORE.exec(text);
  return m ? TITLE_WORDS[m[1]!.toLowerCase()] : undefined;
}

export function buildPools(facts: readonly Fact[], options: PoolOptions = {}): Pools {
  const byKey = new Map<string, string[]>();
  const numbers = new Map<string, Fact[]>();
  const holders = new Map<string, Set<string>>();
  const people = new Map<string, { name: string; role?: string }>();
  const countryCount = new Map<Country, number>();
  const orgNames = new Set<string>();
  const placeLevels = new Map<string, string>();
  const listMates = new Map<string, Set<string>>();
  const subjectRoles = new Map<string, Set<string>>();
  const companies = new Set<string>();
  const titles = new Map<string, string>();
  // The normalised answers in each byKey list, so that a repeat is found without scanning the list.
  const inList = new Map<string, Set<string>>();
  for (const f of facts) {
    if ((f.entityType === "org" || f.entityType === "other") && COMPANY_CUES.test(f.sentence)) companies.add(norm(f.answer));
    if (f.relation === "holder" && f.role) addTo(holders, norm(f.role), norm(f.answer));
    if (f.relation === "role-of" && f.subject) addTo(subjectRoles, norm(f.subject), norm(f.answer));
    if (f.entityType === "person") {
      const title = titleBefore(f.sentence.slice(0, f.answerStart - f.start));
      if (title && !titles.has(norm(f.answer))) titles.set(norm(f.answer), title);
    }
    if (f.entityType === "person" && f.relation === "holder" && people.size < POOL_LIMIT) {
      const p = people.get(norm(f.answer));
      if (!p) people.set(norm(f.answer), { name: f.answer, ...(f.role ? { role: f.role } : {}) });
      else if (!p.role && f.role) p.role = f.role;
    }
    if (f.kind === "place" && f.entityType !== "list") {
      const info = placeInfo(f.answer);
      if (info.country) countryCount.set(info.country, (countryCount.get(info.country) ?? 0) + 1);
    }
    // A level word makes a place of a name the tagger typed otherwise ("Ziarat district").
    if (f.entityType !== "person" && f.entityType !== "list" && !f.relation) {
      const level = levelWord(f);
      if (level && !placeLevels.has(norm(f.answer))) placeLevels.set(norm(f.answer), level);
    }
    if (f.entityType === "list" && f.items && f.items.length <= 12) {
      const keys = f.items.map(placeKey);
      for (const a of keys) for (const b of keys) if (a !== b) addTo(listMates, a, b);
    }
    if ((f.entityType === "org" || f.relation === "affiliation") && !levelWord(f)) orgNames.add(norm(f.answer));
    const key = poolKey(f);
    if (key) {
      const list = byKey.get(key) ?? [];
      const normed = inList.get(key) ?? new Set<string>();
      if (list.length < POOL_LIMIT && !normed.has(norm(f.answer))) {
        list.push(f.answer);
        normed.add(norm(f.answer));
      }
      byKey.set(key, list);
      inList.set(key, normed);
    }
    if (f.value !== undefined && !f.values) {
      const nk = numberKeyOf(f);
      const list = numbers.get(nk) ?? [];
      if (list.length < POOL_LIMIT) list.push(f);
      numbers.set(nk, list);
    }
  }
  const roleHolders = new Map([...holders].map(([k, v]) => [k, v.size]));
  const homeCountries = [...countryCount].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const bySentence = new Map<number, string>();
  for (const f of facts) if (bySentence.size < 400) bySentence.set(f.sentenceIndex, f.sentence);
  const home = homeCountryOfSentences(bySentence.values());
  const storyCountry = home ? countryByName.get(home) : undefined;
  const sector = articleSector(bySentence.values());
  const era = articleEra(facts, people.values(), options.date);
  const sentences = [...bySentence.values()];
  return { sentences, byKey, numbers, roleHolders, people, homeCountries, ...(storyCountry ? { storyCountry } : {}), era, orgNames, placeLevels, listMates, subjectRoles, companies, titles, ...(sector ? { sector } : {}) };
}
