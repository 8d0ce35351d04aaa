// Shorter names an organisation goes by that its own name gives, without the article saying so:
// its name without the "of ..." part ("Zondo Commission" for "Zondo Commission of Inquiry") and
// the acronym a company's name starts with ("BNP" for "BNP Paribas"). Each must still name that
// body and no other: never a head word alone ("Bank" for "Bank of England", "Commission"), nor
// a country's body without its portfolio ("Samoa Ministry" for "Samoa Ministry of Health").
import { companyHeadSet, countries, fold, orgHeadSet } from "./data";
import { listedAliases } from "./aliases";
import { englishWordSet } from "../data";
import { normaliseAnswer } from "./normalise";

const countryWords = new Set(countries.flatMap((c) => [c.name, c.demonym, ...(c.aliases ?? [])]).map(normaliseAnswer));
const bare = (w: string) => fold(w).replace(/[.,]$/, "");

/**
 * "<Qualifier> <Head> of <...>" -> "<Qualifier> <Head>", when Head is an organisation's head word
 * ("Commission", "Court", "Bank") and a qualifier that is not only a country is left:
 * "Constitutional Court of South Africa" -> "Constitutional Court", "Zondo Commission of
 * Inquiry" -> "Zondo Commission"; not "Bank of England", "the Commission of Inquiry", "US
 * Department of Justice" or "Samoa Ministry of Health".
 */
export function withoutOfTail(name: string): string | undefined {
  let words = name.trim().split(/\s+/);
  if (/^the$/i.test(words[0] ?? "")) words = words.slice(1);
  const of = words.indexOf("of");
  if (of < 2 || !orgHeadSet.has(bare(words[of - 1]!))) return undefined;
  const qualifiers = words.slice(0, of - 1);
  // A proper name or a qualifying word ("Zondo", "Constitutional"), not a lowercase slip.
  if (!qualifiers.every((w) => /^[\p{Lu}\d]/u.test(w))) return undefined;
  if (countryWords.has(normaliseAnswer(qualifiers.join(" ").replace(/[’']s$/, "")))) return undefined;
  return words.slice(0, of).join(" ");
}

/**
 * "BNP Paribas" -> "BNP", "HSBC Holdings" -> "HSBC": a company named by the acronym its name
 * starts with (three letters or more). Not when the acronym is listed as another body or a
 * country ("UN" in "UN Security Council", "ANC" in "ANC Youth League"), nor when the rest names a
 * public body ("KZN Health Department"): then the acronym is whose body it is.
 */
export function leadingAcronym(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || !/^\p{Lu}{3,}$/u.test(first)) return undefined;
  if (words.slice(1).some((w) => orgHeadSet.has(bare(w)) && !companyHeadSet.has(bare(w)))) return undefined;
  // "UN" is listed with "United Nations", another body; "HSBC" is listed alone, as this one.
  const others = listedAliases(first).filter((n) => normaliseAnswer(n) !== normaliseAnswer(first));
  if (others.length && !others.some((n) => normaliseAnswer(n) === normaliseAnswer(name))) return undefined;
  return first;
}

/** A company's legal form or holding word at the end of its name: "Corp.", "Inc", "Ltd", "& Co.", "Holdings". */
const LEGAL_SUFFIX = /^(?:inc|corp|co|ltd|plc|llc|sa|ag|nv|company|corporation|holding|holdings|group)\.?$/;
/** What a name may end in once a suffix goes: "Sears, Roebuck &" -> "Sears, Roebuck". */
const DANGLING = /[\s,&]+(?:and)?$/;

/**
 * "Kmart Holding Corp." -> "Kmart Holding", "Kmart"; "Sears, Roebuck & Co." -> "Sears, Roebuck":
 * a company as people type it, without its legal form. What is left must still be a name: not a
 * country ("China Holdings"), not one English word ("Global Group"), not empty.
 */
export function withoutLegalSuffix(name: string): string[] {
  const out: string[] = [];
  let words = name.trim().split(/\s+/);
  while (words.length > 1 && LEGAL_SUFFIX.test(bare(words[words.length - 1]!))) {
    words = words.slice(0, -1);
    const rest = words.join(" ").replace(DANGLING, "");
    words = rest.split(/\s+/);
    if (!rest || !/^[\p{Lu}\d]/u.test(rest)) break;
    if (words.length === 1 && (countryWords.has(normaliseAnswer(rest)) || englishWordSet.has(fold(rest)))) break;
    out.push(rest);
  }
  return out;
}

/** The shorter names of an organisation its name gives (see withoutOfTail, leadingAcronym and withoutLegalSuffix). */
export function shorterNames(name: string): string[] {
  return [withoutOfTail(name), leadingAcronym(name), ...withoutLegalSuffix(name)].filter((n): n is string => !!n);
}
