import { cities, citySet, countries, countryByName, placeCountry } from "../data";
import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, norm, shuffle } from "./common";
import type { Pools } from "./distractors";
import { blankedPassage } from "./wording";

/** "Select all that apply" over a list fact: the listed items plus same-type wrong items. */
export function buildMultipleResponse(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType !== "list" || !f.items || f.items.length < 2) return undefined;
  // Wrong options must be of the same kind as every item: offering "Japan" beside "Tokyo" for a
  // list of cities makes a second answer defensible (a country stands for its capital in news).
  const kind = f.items.every((x) => citySet.has(x)) ? "city" : f.items.every((x) => countryByName.has(x)) ? "country" : undefined;
  if (!kind) return undefined;
  const have = new Set(f.items.map(norm));
  const inSentence = (x: string) => f.sentence.includes(x);
  const fromArticle = (kind === "city" ? (pools.byKey.get("city") ?? []) : (pools.byKey.get("country") ?? [])).filter((c) =>
    kind === "city" ? citySet.has(c) : countryByName.has(c),
  );
  const fromGazetteer = byProximity(kind === "city" ? cities : countries.map((c) => c.name), f.items, f.id);
  const candidates = [...fromArticle, ...fromGazetteer];
  const wrong: string[] = [];
  for (const c of candidates) {
    if (wrong.length >= 3) break;
    if (have.has(norm(c)) || inSentence(c)) continue;
    have.add(norm(c));
    wrong.push(c);
  }
  if (wrong.length < 2) return undefined;
  return {
    type: "multiple_response",
    prompt: `Which of these fill the blank? Select all that apply. "${blankedPassage(f)}"`,
    choices: shuffle([...f.items, ...wrong], f.id),
    answer: [...f.items],
    difficulty: 0.5,
    ...baseQuestion(f),
  };
}

/** The country a listed place belongs to: itself for a country, else the country of a city. */
function countryOf(place: string) {
  return countryByName.get(place) ?? countryByName.get(placeCountry.get(place) ?? "");
}

/**
 * Gazetteer places nearest the items first (same region, then same continent), each tier in an
 * order rotated by the fact's id: deterministic, and never alphabetical.
 */
function byProximity(places: readonly string[], items: readonly string[], seed: string): string[] {
  const home = items.map(countryOf).filter((c) => c !== undefined);
  const regions = new Set(home.map((c) => c.region));
  const continents = new Set(home.map((c) => c.continent));
  const tier = (place: string) => {
    const c = countryOf(place);
    return c && regions.has(c.region) ? 0 : c && continents.has(c.continent) ? 1 : 2;
  };
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const rotated = places.map((p, i) => ({ p, key: (i * 2654435761 + h) >>> 0 }));
  return rotated.sort((a, b) => tier(a.p) - tier(b.p) || a.key - b.key).map((x) => x.p);
}
