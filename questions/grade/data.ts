// The word lists behind accepted forms and grading, built into lookup structures once. The lists
// themselves live in questions/data/*.json (answer-forms.json and name-order.json are this
// module's own; titles, countries, organisations and number words are shared with the generator).
import answerFormsJson from "../data/answer-forms.json";
import nameOrderJson from "../data/name-order.json";
import titlesJson from "../data/titles.json";
import countriesJson from "../data/countries.json";
import organisationsJson from "../data/organisations.json";
import wordsJson from "../data/words.json";
import leadersJson from "../data/leaders.json";

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents: how every list here is compared. */
export function fold(s: string): string {
  // ASCII text has nothing to decompose: lower case is all (twice as fast; the forms of every key are folded).
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

const foldedSet = (xs: readonly string[]) => new Set(xs.map(fold));

export const courtesyTitleSet = foldedSet(answerFormsJson.courtesyTitles);
export const titleAbbreviations: ReadonlyMap<string, string> = new Map(Object.entries(answerFormsJson.titleAbbreviations));
export const royalTitleSet = foldedSet(answerFormsJson.royalTitles);
export const acronymGroups: readonly (readonly string[])[] = answerFormsJson.acronyms;
export const acronymHeadSet = foldedSet(answerFormsJson.acronymHeads);
/** Currencies written in letters before a figure ("Sh38", "KSh 5"), and single letters that are one only before a scale ("R2bn"). */
export const currencyPrefixes: readonly string[] = answerFormsJson.currencyPrefixes;
export const scaledCurrencyPrefixes: readonly string[] = answerFormsJson.scaledCurrencyPrefixes;
/** Words that end an organisation's name ("Commission", "Court", "Bank", "University"). */
export const orgHeadSet = foldedSet(wordsJson.orgHeads);
export const companyHeadSet = foldedSet(answerFormsJson.companyHeads);
/** Words that make a country's name part of an organisation's ("Bangladesh Bank", "Pakistan Army"). */
export const orgWordSet = foldedSet(wordsJson.orgWords);
export const roleSynonyms: readonly (readonly string[])[] = answerFormsJson.roleSynonyms;
export const ordinalWords: ReadonlyMap<string, number> = new Map(Object.entries(answerFormsJson.ordinalWords));
export const monthAbbreviations: ReadonlyMap<string, string> = new Map(Object.entries(answerFormsJson.monthAbbreviations));
export const monthNames: readonly string[] = wordsJson.months.map(fold);
export const numberWords: ReadonlyMap<string, number> = new Map(Object.entries({ zero: 0, ...wordsJson.numberWords }));
export const scales: ReadonlyMap<string, number> = new Map(Object.entries(wordsJson.scales));

/** What a learner may type for a unit -> the one canonical unit ("per cent" -> "%"). */
export const unitBySpelling = new Map<string, string>();
for (const [unit, spellings] of Object.entries(answerFormsJson.units)) for (const s of spellings) unitBySpelling.set(fold(s), unit);

export interface NameCulture {
  usualOrder: "family-first" | "given-first";
  families: ReadonlySet<string>;
  givenSyllables?: ReadonlySet<string>;
  givenNames?: ReadonlySet<string>;
}
export const nameCultures: readonly NameCulture[] = Object.values(nameOrderJson.cultures).map((c) => ({
  usualOrder: c.usualOrder as NameCulture["usualOrder"],
  families: foldedSet(c.families),
  ...("givenSyllables" in c ? { givenSyllables: foldedSet(c.givenSyllables) } : {}),
  ...("givenNames" in c ? { givenNames: foldedSet(c.givenNames) } : {}),
}));
export const particleSet = foldedSet(nameOrderJson.particles);
export const attachedParticles: readonly string[] = nameOrderJson.attachedParticles;
export const suffixSet = foldedSet(nameOrderJson.suffixes.map((s) => s.replace(/\.$/, "")));
export const regnalSet = new Set(nameOrderJson.regnalNumerals);

const words = (phrase: string) => fold(phrase).split(/\s+/);
const lastWord = (phrase: string) => words(phrase).at(-1)!;

/**
 * Single words that can be (the end of) a title written before a name: "Sen.", "President",
 * "chief executive". Used to split "Queensland Rail chief executive Bob Scheuber" into its title
 * and the name.
 */
export const titleWordSet = new Set<string>([
  ...foldedSet(titlesJson.honorifics),
  ...titlesJson.offices.map(lastWord),
  ...titlesJson.roleNouns.filter((r) => !/\bof\b/.test(r)).map(lastWord),
  ...courtesyTitleSet,
  ...titleAbbreviations.keys(),
  ...titleAbbreviations.values(),
  "councillor",
  "congresswoman",
  "lawmaker",
  "legislator",
  "chairperson",
]);

/**
 * Words that end a title written before a name in address ("President", "Sen.", "chief
 * executive"), unlike job descriptions ("investor", "analyst"): only these make "<title> <name>" forms.
 */
export const addressTitleWordSet = new Set<string>([
  ...foldedSet(titlesJson.honorifics),
  ...titlesJson.offices.map(lastWord),
  ...courtesyTitleSet,
  ...royalTitleSet,
  ...titleAbbreviations.keys(),
  ...titleAbbreviations.values(),
]);

/**
 * Words that end the name of an office and never end a person's name ("Federal Reserve Chairman",
 * "WMO Secretary-General"): an answer ending in one is a role, not a person. Narrower than the
 * title words: "King", "Judge" and "Major" are also family names.
 */
export const officeHeadSet = new Set<string>([
  ...titlesJson.leaderOffices.filter((o) => !/^(king|queen)$/i.test(o)).map(lastWord),
  "president",
  "minister",
  "premier",
  "chancellor",
  "secretary",
  "secretary-general",
  "governor",
  "chairman",
  "chairwoman",
  "chairperson",
  "ceo",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "ambassador",
  "commissioner",
  "mayor",
  "envoy",
  "treasurer",
  "director",
  "leader",
  "president-elect",
]);

/** Titles and offices on their own ("President", "Prime Minister", "minister"): never an accepted form. */
export const bareTitlePhrases: readonly string[] = [
  ...titlesJson.honorifics,
  ...titlesJson.offices,
  ...titlesJson.roleNouns,
  ...titlesJson.leaderOffices,
  ...courtesyTitleSet,
  ...royalTitleSet,
  ...titleAbbreviations.keys(),
  ...titleAbbreviations.values(),
];

export interface CountryEntry {
  name: string;
  demonym: string;
  aliases?: string[];
  ambiguous?: boolean;
}
export const countries: readonly CountryEntry[] = countriesJson as CountryEntry[];
export const organisations: readonly { name: string; aliases?: string[] }[] = organisationsJson;

/** Leaders' full names by their last word, folded: "Tayyip Erdogan" is also typed "Recep Tayyip Erdogan". */
export const leaderNamesByLast: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const l of leadersJson as { name: string }[]) {
    const last = fold(l.name.split(/\s+/).at(-1)!);
    m.set(last, [...(m.get(last) ?? []), l.name]);
  }
  return m;
})();
