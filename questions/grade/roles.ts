// Titles and offices. An office is accepted as written and with its country said another way
// ("Brazilian President" = "President of Brazil"); a bare title ("President", "Minister") is never
// an accepted form, so "Minister" does not pass for "Prime Minister".
import { addressTitleWordSet, bareTitlePhrases, countries, fold, officeHeadSet, orgWordSet, roleSynonyms, titleWordSet, type CountryEntry } from "./data";
import { normaliseAnswer } from "./normalise";

const bareTitles = new Set(bareTitlePhrases.map(normaliseAnswer));
const plainWord = (w: string) => fold(w).replace(/[.,]$/g, "").replace(/[’']s$/, "");

/** "President", "prime minister", "Sen.": a title or office with nothing to say whose. */
export function isBareTitle(s: string): boolean {
  const n = normaliseAnswer(s);
  return bareTitles.has(n) || (!n.includes(" ") && titleWordSet.has(n));
}

/** A word that can end the title written before a name ("President", "executive", "Sen."). */
export const isTitleWord = (w: string): boolean => titleWordSet.has(plainWord(w));

/** A title used before a name in address ("President", "Sen.", "chief executive"), not a job description ("investor"). */
export const isAddressTitle = (title: string): boolean => addressTitleWordSet.has(plainWord(title.trim().split(/\s+/).at(-1)!));

/** An answer naming an office rather than a person: "Federal Reserve Chairman", "Prime Minister". */
export function isOffice(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return isBareTitle(s) || officeHeadSet.has(plainWord(words.at(-1)!));
}

const countryByWords = new Map<string, CountryEntry>();
for (const c of countries) {
  if (c.ambiguous) continue;
  for (const n of [c.name, c.demonym, ...(c.aliases ?? [])]) countryByWords.set(normaliseAnswer(n), c);
}
const THE_COUNTRY = /^(?:United|Republic|Democratic|Central African|Czech Republic|Dominican Republic)\b|(?:Islands|States|Emirates|Kingdom|Republic)$|^(?:Netherlands|Philippines|Gambia|Bahamas|Maldives|Comoros|Seychelles)$/;
const withThe = (c: CountryEntry) => (THE_COUNTRY.test(c.name) ? `the ${c.name}` : c.name);
const DROPPED_BEFORE_TITLE = new Set(["the", "a", "an", "former", "then", "acting", "interim", "outgoing", "incoming", "new"]);

/** Leading words naming a country ("South Korean", "Brazil's", "U.S."): how many, and which country. */
export function countryPrefix(words: readonly string[]): { length: number; country: CountryEntry; possessive: boolean } | undefined {
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const phrase = words.slice(0, n).join(" ");
    const possessive = /[’']s$/.test(phrase);
    const country = countryByWords.get(normaliseAnswer(phrase.replace(/[’']s$/, "")));
    // "Bangladesh Bank Governor": the country names the bank, not whose governor.
    if (country && !(!possessive && orgWordSet.has(fold(words[n]!)))) return { length: n, country, possessive };
  }
  return undefined;
}

/** A title without a leading article or "former" ("a former Home Minister" -> "Home Minister"). */
export function cleanTitle(title: string): string {
  let words = title.trim().split(/\s+/);
  while (words.length > 1 && DROPPED_BEFORE_TITLE.has(fold(words[0]!).replace(/-$/, ""))) words = words.slice(1);
  return words.join(" ");
}

/**
 * The office in a title, without whose it is ("South Korean President" -> "President", "NATO
 * Secretary-General" -> "Secretary-General", "former Queensland Rail chief executive" stays long).
 * Undefined when what is left is long or a description ("professor at the School of Medicine").
 */
export function titleCore(title: string): string | undefined {
  let words = cleanTitle(title).split(/\s+/);
  const place = countryPrefix(words);
  if (place) words = words.slice(place.length);
  while (words.length > 1 && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}/u.test(words[0]!) && !/^(?:\p{Lu}\.)+$/u.test(words[0]!)) words = words.slice(1);
  if (!words.length || words.length > 3 || words.some((w) => /^(?:of|at|for|with|in|on|to|from|and)$/i.test(w))) return undefined;
  return words.join(" ");
}

/** An office as written, its country said the other ways, and the other spellings of the office. */
export function roleForms(answer: string): string[] {
  const out = [answer];
  const words = answer.trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && DROPPED_BEFORE_TITLE.has(fold(words[start]!))) start++;
  const place = countryPrefix(words.slice(start));
  if (place && place.length + start < words.length) {
    const office = words.slice(start + place.length).join(" ");
    const c = place.country;
    out.push(`${office} of ${withThe(c)}`, `${c.demonym} ${office}`);
    if (!c.name.endsWith("s")) out.push(`${c.name}'s ${office}`);
    // "industry minister" for "Brazil's industry minister", but never "President" for "Brazilian President".
    if (!isBareTitle(office)) out.push(office);
  }
  const n = ` ${normaliseAnswer(answer)} `;
  for (const group of roleSynonyms)
    for (const from of [...group].sort((a, b) => b.length - a.length)) {
      const f = ` ${normaliseAnswer(from)} `;
      if (!n.includes(f)) continue;
      const at = answer.toLowerCase().indexOf(from.toLowerCase());
      if (at < 0) continue;
      for (const to of group) if (to !== from) out.push(answer.slice(0, at) + to + answer.slice(at + from.length));
      break;
    }
  return out;
}
