// How the key reads in its sentence, so that every option reads the same way: a country used
// before a noun ("the US leader", "Japanese allies") takes other countries' adjective forms
// ("the Mexican leader"); a full name written that way ("the Mexico leader") takes names.
//
// Written by hand rather than with a tagger: the decision rests on the one word after the key, and
// the pipeline does not share a parse with the builders yet. A list of the nouns news pairs with a
// country (questions/data/grammar.json) settles it; anything else keeps the name, which is the
// safe side: a name in an adjective slot reads oddly, an adjective in a noun slot is wrong.
import { attributiveNounSet } from "../../data";
import type { Fact } from "../../facts";
import { countryOfDemonym, findCountry } from "../kinds";
import { textAfter, textBefore } from "./shared";
import { RunCache } from "../../run-cache";

/** Short forms used as modifiers ("U.S. tariffs", "UK lawyer"); a full name rarely is ("Iraq goods" is an object and its noun). */
const ABBREVIATED = /^(?:U\.?S\.?|U\.?K\.?|UAE|EU)$/;

/** Whether the country name right before a noun modifies it: "the U.S. government", but not "shipping to Iraq goods". */
function modifiesNoun(f: Fact): boolean {
  const next = /^\s+([a-z][a-z-]*)\b/.exec(textAfter(f))?.[1];
  if (!next) return false;
  // After "to" or "from" the name is the object of the preposition; a modifier would follow "the".
  if (/\b(?:to|from|into|against|than)\s+$/i.test(textBefore(f))) return false;
  if (attributiveNounSet.has(next)) return true;
  return ABBREVIATED.test(f.answer) && /\b(?:the|a|an|its|their|his|her|\d+|two|three|largest|biggest|top|senior|major|key)\s+$/i.test(textBefore(f)) && !/(?:ed|ing|ly)$/.test(next);
}

export type PlaceForm = "name" | "adjective";

/** The form a country option must take to read correctly where the key stands. */
export function placeForm(f: Fact): PlaceForm {
  if (countryOfDemonym(f.answer)) return "adjective";
  // A full name written before a noun ("the Mexico leader") keeps names: the key is printed as the
  // article writes it, and one name among adjectives would give it away. Short forms ("the U.S.
  // government") read as adjectives, so other countries' adjectives read alike.
  if (findCountry(f.answer) && ABBREVIATED.test(f.answer) && !/^'s\b/.test(textAfter(f)) && modifiesNoun(f)) return "adjective";
  return "name";
}

/** A country written in the form the sentence needs. */
export function countryIn(form: PlaceForm, name: string): string {
  if (form === "name") return name;
  return findCountry(name)?.demonym ?? name;
}

// Every option of a fact is checked against the same article before its blank: read once per fact.
const articleBefore = new RunCache<Fact, string | null>();

/**
 * A country English names with "the": "the United States", "the Maldives", "the UK". Its name is
 * plural or a union ("States", "Islands", "Emirates", "Kingdom", "Republic"), or custom fixes it.
 */
const TAKES_THE = /^(?:U\.?S\.?|U\.?K\.?|UAE|Netherlands|Philippines|Bahamas|Gambia|Maldives|Seychelles|Comoros|Vatican(?: City)?|Ivory Coast|Republic of .+|Democratic Republic of .+|United .+)$|(?:Republic|Islands|Emirates|States|Kingdom)$/;
export const takesThe = (country: string): boolean => TAKES_THE.test(country);

/** "an" before a vowel sound, "a" before a consonant: whether an option agrees with the article written before the blank. */
export function agreesWithArticle(f: Fact, option: string): boolean {
  let article = articleBefore.get(f);
  if (article === undefined) articleBefore.set(f, (article = /\b(an?)\s+$/i.exec(textBefore(f))?.[1]?.toLowerCase() ?? null));
  if (article === null) return true;
  const vowel = /^(?:[aeiouAEIOU]|[FHLMNRSX][A-Z]|8|11|18)/.test(option) && !/^(?:Eu|eu|Uni|uni|One|one|Us|US)/.test(option);
  return (article === "an") === vowel;
}
