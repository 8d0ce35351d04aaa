// A count that another question asks, taken out of a prompt that would print it. A lead packs
// several figures into one sentence ("Two soldiers were killed and two others injured in ...
// Kishtwar district"): blanking one prints the others. Cutting at commas cannot help when the
// figures sit in the clause's own subject, but the count in front of a plural noun can go and leave
// a sentence: "Soldiers were killed and others injured in ... _____ district".
import { numberWords } from "../data";

const NUMBER_WORD = Object.keys(numberWords).join("|");
/**
 * An optional hedge, a count in digits or words, and either "-noun" (an adjective: "28-nation") or
 * the space before the noun it counts. The noun is checked separately (UNIT_AFTER, a lowercase word).
 */
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥₹.,-])((?:(?:at least|more than|fewer than|less than|nearly|about|around|almost|roughly|some|up to|over|only) )?)(\d{1,3}(?:,\d{3})*|\d+|${NUMBER_WORD})(?:(-[a-z]+)(?= )| (?=\p{Ll}))`,
  "giu",
);
/**
 * Words after a count that are its unit, not a thing counted: without the figure they read as
 * nonsense ("between percent and 6 percent", "exactly years after").
 */
const UNIT_AFTER =
  /^(?:per ?cent|percent|points?|basis|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|times|km|kms|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|kg|tonnes?|tons?|degrees?|hectares?|acres?|barrels?|litres?|liters?|gallons?|square|cubic|grams?|kilograms?|pounds?|ounces?|megawatts?|gigawatts?|kilowatts?|mw|gw|kw|million|billion|thousand|trillion|lakh|crore|hundred|dozen|of|to|and|or|per|a|an|the|in|on|at|by|for|from)\b/i;

/**
 * Words that cannot be the thing a figure counts: after a year or a bare figure they start the next
 * phrase ("the summer of 2003 that led to"), and taking the figure out breaks the sentence.
 */
const NOT_A_NOUN =
  /^(?:that|which|who|whom|whose|was|were|is|are|be|been|had|has|have|will|would|could|should|can|may|might|must|did|do|does|and|or|but|nor|as|than|when|while|after|before|since|because|if|so|with|into|onto|over|under|during|against|between|among|through|until|via|its|this|his|thus|plus|minus|less|across|unless|versus|whereas)$/i;
/** Plurals without the -s ending that a count can stand before. */
const IRREGULAR_PLURAL = /^(?:people|children|men|women|police|personnel|staff|crew|cattle|sheep|fish|deer|aircraft|livestock|troops|militia|youth|clergy)$/i;
/** A year, which is never a count taken out ("in 2003" is a date, not 2,003 of something). */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/**
 * Whether the words after a figure are what it counts: a plural noun within three lowercase words
 * ("3,500 retail stores"), before any word that starts the next phrase ("2003 that led").
 */
function countsPluralNoun(rest: string): boolean {
  for (const word of /^[\p{Ll}'’ -]*/u.exec(rest)![0].split(/\s+/).slice(0, 3)) {
    if (NOT_A_NOUN.test(word)) return false;
    if (/[^s]s$/i.test(word) || IRREGULAR_PLURAL.test(word)) return true;
  }
  return false;
}

/** Most counts taken out of one passage. */
const MOST_ELIDED = 2;

/**
 * `passage` with every count that `isShownKey` names (alone, "two", or with its noun, "two
 * others") taken out, or undefined when there is none or more than two.
 */
export function elideCounts(passage: string, isShownKey: (text: string) => boolean): string | undefined {
  let out = "";
  let last = 0;
  let elided = 0;
  for (const m of passage.matchAll(COUNT)) {
    const [whole, hedge = "", figure = "", adjective] = m;
    const at = m.index!;
    const rest = passage.slice(at + whole.length);
    const noun = /^\p{Ll}[\p{Ll}'’-]*/u.exec(rest)?.[0] ?? "";
    if (YEAR.test(figure) || /^(?:1|one)$/i.test(figure)) continue;
    if (!adjective && (!noun || UNIT_AFTER.test(noun) || !countsPluralNoun(rest))) continue;
    // "the 2,100-mark for the first time": the adjective's figure goes only before a noun it describes.
    const described = /^ (\p{L}+)/u.exec(rest)?.[1];
    if (adjective && (!described || UNIT_AFTER.test(described) || NOT_A_NOUN.test(described))) continue;
    // "another 1,424 patients": the determiner needs its figure.
    if (/\b(?:another|further|additional|other|first|last|next|past|every|each)\s+$/i.test(passage.slice(Math.max(0, at - 12), at)) && !hedge) continue;
    // "3,000 to 4,000 troops", "between 10 and 12 people": one end of a range stays with the other.
    if (/\d\s*(?:to|and|or|-|–)\s*$/.test(passage.slice(0, at)) || /^between\s*$/i.test(passage.slice(Math.max(0, at - 8), at))) continue;
    if (!isShownKey(figure) && !(noun && isShownKey(`${figure} ${noun}`)) && !(adjective && isShownKey(figure + adjective))) continue;
    // "Countries signed X, countries signed Y and countries signed Z": with every figure gone
    // nothing is left to tell the parts apart.
    if (++elided > MOST_ELIDED) return undefined;
    let kept = passage.slice(last, at);
    last = at + whole.length + (adjective ? 1 : 0);
    // "an 18-member team" -> "a team": the article agrees with the word now after it.
    const next = passage.slice(last);
    kept = kept.replace(/\b([Aa])n? $/, (_, a: string) => (/^[aeiou]/i.test(next) ? `${a}n ` : `${a} `));
    out += kept;
  }
  if (last === 0) return undefined;
  out += passage.slice(last);
  out = out.replace(/ {2,}/g, " ").trim();
  return out[0] ? out[0].toUpperCase() + out.slice(1) : undefined;
}
