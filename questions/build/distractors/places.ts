// Wrong places of the key's own level: a continent for a continent, a world region for a world
// region, a country for a country, a first-level region (state, province) for a region, a city for
// a city. Never an organisation or news outlet, never another name for the key ("US" for "U.S."),
// never a place the article says the same thing of (the other items of a list with the key).
import { countries, type Country } from "../../data";
import type { Fact } from "../../facts";
import { containsWord, norm } from "../common";
import { roleCountry, citiesOf, findCountry, orgKind, placeInfo, regionDistance, regionsOf, worldRegionsOf, type PlaceInfo } from "../kinds";
import { countryIn, placeForm } from "./grammar";
import { realPeople } from "./people";
import type { Pools } from "./pools";
import { byRelevance, memo, rotate, textAfter, textBefore, type Sections } from "./shared";
import { placeWordSet, seaRegions } from "../../data";
import { RunCache } from "../../run-cache";

/** One key per place, whatever it is called: "US", "U.S." and "United States" are one country. */
export const placeKey = memo((name: string): string => {
  const c = findCountry(name) ?? findCountry(name.replace(/^the /i, ""));
  return c ? `country:${c.name}` : norm(name);
});

/** A country's possessive and a few lowercase words before the key: "Peru's ancient Inca capital, ". */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)?)['’]s(?: (?:[\p{Ll}-]+|\p{Lu}[\p{Ll}]+)){0,4},? $/u;

/** The country a fact's place is in: from the gazetteers, else from other places in its sentence. */
function anchorCountry(f: Fact, pools: Pools): Country | undefined {
  const info = placeInfo(f.answer, pools.homeCountries[0]);
  if (info.country) return info.country;
  // "Peru's ancient Inca capital, _____": the country whose place the key is, named just before it.
  const owner = OWNER_BEFORE.exec(textBefore(f));
  const owned = owner ? placeInfo(owner[1]!).country : undefined;
  if (owned) return owned;
  const runs = [...f.sentence.matchAll(/\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)*/gu)].map((m) => m[0].replace(/'s$/, "")).filter((r) => r !== f.answer);
  for (const r of runs) {
    const c = placeInfo(r).country;
    if (c) return c;
  }
  // A country's name inside another name ("Pakistan" in "Pakistan Army"), but not a city's ("Geneva Motor Show").
  for (const r of runs)
    for (const w of r.split(" ")) {
      const c = findCountry(w);
      if (c && !c.ambiguous) return c;
    }
  return pools.homeCountries[0];
}

/** Level words written around a place ("Kishtwar district", "the province of Zhejiang"). */
const LEVEL_AFTER = /^\s+(district|province|state|county|region|city|town|village|area|prefecture|governorate|division|municipality|island|valley)\b/i;
const LEVEL_BEFORE = /\b(district|province|state|county|region|city|town|village|area|prefecture|governorate|division|municipality)\s+of\s+$/i;

// Asked of a fact by the pools and again by its choices: read once per fact.
const levelWords = new RunCache<Fact, string | null>();

/** The level word the sentence gives a place, if any. */
export function levelWord(f: Fact): string | undefined {
  let level = levelWords.get(f);
  if (level === undefined) levelWords.set(f, (level = (LEVEL_AFTER.exec(textAfter(f))?.[1] ?? LEVEL_BEFORE.exec(textBefore(f))?.[1])?.toLowerCase() ?? null));
  return level ?? undefined;
}

/** Anything that is not a place: an organisation, a news outlet, a person the article names. */
function notAPlace(name: string, pools: Pools): boolean {
  if (orgKind(name)) return true;
  if (pools.orgNames.has(norm(name)) && placeInfo(name).kind === "unknown") return true;
  return pools.people.has(norm(name));
}

/** A place named by a feature word ("Green Zone", "Harbour Bridge") that no gazetteer lists. */
const isLandmark = (name: string) => name.includes(" ") && placeInfo(name).kind === "unknown" && placeWordSet.has(name.split(" ").pop()!);

export function placeChoices(f: Fact, pools: Pools): string[] {
  return placeSections(f, pools).flatMap((s) => [...s()]);
}

export function placeSections(f: Fact, pools: Pools): Sections {
  const anchor = anchorCountry(f, pools);
  const info: PlaceInfo = placeInfo(f.answer, anchor);
  const form = placeForm(f);
  const mates = pools.listMates.get(placeKey(f.answer));
  const keyOf = placeKey(f.answer);
  // Choices are filtered here for kind, lazily (the picker stops after three); the shared filter
  // then drops repeats and names in the sentence.
  const ok = (x: string) => {
    const k = placeKey(x);
    return k !== keyOf && !mates?.has(k) && !notAPlace(x, pools);
  };
  function* clean(xs: Iterable<string>): Generator<string> {
    for (const x of xs) if (ok(x)) yield x;
  }
  const cleaned = (xs: readonly string[]) => xs.filter(ok);
  const dist = (name: string) => regionDistance(anchor, placeInfo(name, anchor).country);
  const article = (keys: string[]) => keys.flatMap((k) => pools.byKey.get(k) ?? []);
  const sameKind = (xs: readonly string[], kind: PlaceInfo["kind"]) => xs.filter((x) => placeInfo(x, anchor).kind === kind);

  if (info.kind === "continent") {
    // "Latin America" and "South America" overlap, and so do "the Americas" and both: none is a wrong answer for another.
    // Only the six continents are offered: "Latin America" beside "South America" would be two answers in one.
    const americas = /America|Americas/.test(f.answer);
    const six = ["Africa", "Asia", "Europe", "North America", "South America", "Oceania"];
    return [() => clean(rotate(six.filter((c) => !(americas && /America/.test(c))), f.id))];
  }
  if (info.kind === "world region") {
    // "the Gulf" lies in the Middle East: neither is a wrong answer for the other.
    const bare = f.answer.replace(/^the /, "");
    const related = (r: string) => r === bare || r === info.parent || placeInfo(r).parent === bare;
    const mine = sameKind(article(["place", "city", "country"]), "world region").filter((r) => !related(r));
    // A sea or ocean ("the South Pacific island nation") is matched with other seas and oceans.
    if (seaRegions.includes(bare)) {
      // The data lists the seas most like one another first (island seas before polar ones).
      const seas = seaRegions.filter((r) => !related(r) && placeInfo(r).parent !== info.parent);
      return [() => clean(rotate(mine, f.id)), () => clean(byRelevance(seas, (r) => (seas.indexOf(r) < 5 ? 0 : 1), f.id))];
    }
    const near = worldRegionsOf(info.continent).filter((r) => !related(r));
    const far = worldRegionsOf().filter((r) => !near.includes(r) && !related(r));
    return [() => clean(rotate(mine, f.id)), () => clean(rotate(near, f.id)), () => clean(rotate(far, f.id))];
  }
  if (info.kind === "country" || (form === "adjective" && findCountryOfKey(f.answer))) {
    const me = findCountryOfKey(f.answer);
    const led = leadersNamedIn(f.sentence, pools);
    // The country the story happens in is never a wrong answer for another country: "the border
    // with _____" in a story from Pakistan cannot be Pakistan's own border.
    const theirs = pools.storyCountry && pools.storyCountry !== me ? new Set([...led, pools.storyCountry.name]) : led;
    function* written(names: Iterable<string>): Generator<string> {
      for (const n of names) yield countryIn(form, n);
    }
    const mine = () =>
      written(clean(byRelevance(sameKind(article(["country", "place", "city"]), "country").filter((c) => findCountry(c) !== me && !theirs.has(findCountry(c)?.name ?? "")), dist, f.id)));
    // byRelevance by distance from the anchor, on groups made once per anchor.
    const gaz = () =>
      written(clean(countriesByDistance(anchor).flatMap((g, d) => rotate(g.filter((c) => c !== me && !theirs.has(c.name)), `${f.id}|${d}`).map((c) => c.name))));
    return [mine, gaz];
  }
  if (info.kind === "region" || ["province", "state", "prefecture", "governorate", "division"].includes(levelWord(f) ?? "")) {
    const same = anchor ? regionsOf(anchor) : [];
    const mine = cleaned(sameKind(article(["place", "city"]), "region"));
    const level = levelWord(f);
    const mineByLevel = level ? cleaned(article(["place", "city"]).filter((p) => pools.placeLevels.get(norm(p)) === level)) : [];
    return [
      () => rotate(mineByLevel, f.id),
      () => rotate(mine.filter((p) => same.includes(p)), f.id),
      () => clean(rotate(same, f.id)),
      () => mine,
    ];
  }
  // A district or landmark ("Green Zone", "Tahrir Square") is matched with landmarks only: beside
  // whole cities it is an easy pick, and the gazetteers list no landmarks.
  if (isLandmark(f.answer)) return [() => clean(byRelevance(article(["place", "city"]).filter(isLandmark), () => 0, f.id))];
  const level = levelWord(f) ?? pools.placeLevels.get(norm(f.answer));
  if (info.kind === "unknown" && level && !["city", "town"].includes(level)) {
    // "Kishtwar district": only other places the article calls districts.
    return [() => clean(rotate(article(["place", "city", "org"]).filter((p) => pools.placeLevels.get(norm(p)) === level), f.id))];
  }
  // Cities and places the gazetteers do not know: the article's towns, then cities of the same
  // country, then of neighbouring countries. A place of unknown level is matched with the
  // article's other local places before any gazetteer city.
  const mine = cleaned(
    article(["city", "place"]).filter((p) => {
      const k = placeInfo(p, anchor).kind;
      return k === "city" || (k === "unknown" && info.kind === "unknown");
    }),
  );
  const home = () => (anchor ? clean(rotate(citiesOf(anchor), f.id)) : []);
  const near = () => {
    if (!anchor) return [];
    // byRelevance by distance (same region, then neighbouring), on groups made once per anchor.
    const [same, next] = countriesByDistance(anchor) as [Country[], Country[]];
    const cs = [rotate(same.filter((c) => c !== anchor), `${f.id}|0`), rotate(next, `${f.id}|1`)].flat();
    return clean(cs.flatMap((c) => citiesOf(c).slice(0, 2)));
  };
  const rank = (p: string) => (placeInfo(p, anchor).kind === "unknown" ? (pools.placeLevels.has(norm(p)) ? 1 : 0) : 2 + dist(p));
  return [() => byRelevance(mine, rank, f.id), home, near];
}

const byDistance = new Map<Country | undefined, Country[][]>();

/**
 * The gazetteer's unambiguous countries in the same region as `anchor`, a neighbouring one and the
 * same continent (regionDistance 0, 1, 2), each in the gazetteer's order: worked out once per anchor.
 */
function countriesByDistance(anchor: Country | undefined): readonly Country[][] {
  let groups = byDistance.get(anchor);
  if (!groups) {
    groups = [0, 1, 2].map((d) => countries.filter((c) => !c.ambiguous && regionDistance(anchor, c) === d));
    byDistance.set(anchor, groups);
  }
  return groups;
}

const leadersBySentence = new RunCache<Pools, Map<string, Set<string>>>();

/**
 * "Lee backs closer relations with _____": the countries of the article's leaders whose names the
 * sentence holds, which are no wrong answers there (worked out once per sentence).
 */
function leadersNamedIn(sentence: string, pools: Pools): ReadonlySet<string> {
  let bySentence = leadersBySentence.get(pools);
  if (!bySentence) leadersBySentence.set(pools, (bySentence = new Map()));
  let theirs = bySentence.get(sentence);
  if (!theirs) {
    theirs = new Set(
      realPeople(pools)
        .filter((p) => p.role && p.name.split(" ").some((w) => w.length > 2 && /^\p{L}+$/u.test(w) && containsWord(sentence, w)))
        .map((p) => roleCountry(p.role)?.name)
        .filter((c): c is string => !!c),
    );
    bySentence.set(sentence, theirs);
  }
  return theirs;
}

/** The country a key names, by name or adjective ("Japan", "Japanese", "U.S."). */
function findCountryOfKey(answer: string): Country | undefined {
  return findCountry(answer) ?? countries.find((c) => c.demonym === answer);
}
