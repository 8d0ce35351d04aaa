// Other names of one organisation or place: an acronym and its expansion, both ways ("USGS" and
// "U.S. Geological Survey"), and the names the gazetteers list together ("UK", "Britain",
// "United Kingdom"). Sources, most trusted first: the gazetteers and answer-forms.json, an
// acronym the article defines in the sentence ("... Survey (USGS)"), and the initials of a long
// organisation name.
import { acronymGroups, acronymHeadSet, countries, fold, organisations } from "./data";
import { normaliseAnswer } from "./normalise";

const groups: (readonly string[])[] = [
  ...countries.filter((c) => !c.ambiguous).map((c) => [c.name, ...(c.aliases ?? [])]),
  ...organisations.map((o) => [o.name, ...(o.aliases ?? [])]),
  ...acronymGroups,
];
const groupsByName = new Map<string, (readonly string[])[]>();
for (const g of groups)
  for (const name of g) {
    const key = normaliseAnswer(name);
    groupsByName.set(key, [...(groupsByName.get(key) ?? []), g]);
  }
const countryNameSet = new Set(countries.map((c) => normaliseAnswer(c.name)));

/** Every name listed with this one in the gazetteers. */
export function listedAliases(name: string): string[] {
  return (groupsByName.get(normaliseAnswer(name)) ?? []).flat();
}

const isDotted = (w: string) => /^(?:\p{Lu}\.){2,}$/u.test(w);
const isAllCaps = (w: string) => /^\p{Lu}{2,}s?$/u.test(w);

/**
 * The initials of a name's capitalised words ("U.S. Geological Survey" -> "USGS"; "Asia-Pacific
 * Economic Cooperation" -> "APEC"); lowercase words ("of", "and") are skipped. Undefined when a word
 * is itself an acronym (other than a dotted one, whose letters count).
 */
export function initialsOf(name: string): string | undefined {
  let out = "";
  for (const word of name.split(/\s+/)) {
    if (isDotted(word)) {
      out += word.replace(/\./g, "");
      continue;
    }
    if (isAllCaps(word)) return undefined;
    for (const part of word.split("-")) if (/^\p{Lu}/u.test(part)) out += part[0];
  }
  return out || undefined;
}

const lettersOf = (acronym: string) => acronym.replace(/[^\p{L}]/gu, "").toUpperCase();
/** "AfCFTA" is written with a lowercase letter its expansion's initials do not have. */
const capitalsOf = (acronym: string) => acronym.replace(/[^\p{Lu}]/gu, "");
const initialsMatch = (name: string, acronym: string) => {
  const initials = initialsOf(name)?.toUpperCase();
  return !!initials && initials.length >= 2 && (initials === lettersOf(acronym) || initials === capitalsOf(acronym));
};

const ACRONYM_AFTER = /\(([\p{Lu}][\p{L}.&]{1,11})\)/gu;
const ACRONYM_BEFORE = /\b([\p{Lu}][\p{L}.&]{1,11})\s*\(([^()]{4,100})\)/gu;

/** Acronyms the text defines, as [acronym, expansion] pairs: "the Survey Office (USO)" or "USO (Survey Office)". */
export function definedAcronyms(text: string): [string, string][] {
  const out: [string, string][] = [];
  if (!text.includes("(")) return out;
  for (const m of text.matchAll(ACRONYM_AFTER)) {
    const acronym = m[1]!;
    const words = text.slice(Math.max(0, m.index - 200), m.index).trimEnd().split(/\s+/).slice(-12);
    // The shortest run of words before the brackets whose initials spell the acronym.
    for (let i = words.length - 1; i >= 0; i--) {
      if (!/^[\p{Lu}\d]/u.test(words[i]!)) continue;
      const name = words.slice(i).join(" ").replace(/[,;:]$/, "");
      if (initialsMatch(name, acronym)) {
        out.push([acronym, name]);
        break;
      }
    }
  }
  for (const m of text.matchAll(ACRONYM_BEFORE)) {
    const [, acronym, name] = m;
    if (initialsMatch(name!, acronym!)) out.push([acronym!, name!.trim()]);
  }
  return out;
}

/**
 * An organisation's acronym made from its name, when such bodies are known by one: three or more
 * initials, a name ending in a word like "Agency" or "Survey" (acronymHeads), not starting with a
 * country's name ("Samoa Ministry of Health" is not "SMH"; "U.S. Geological Survey" is "USGS"),
 * and not an acronym the lists give to another body ("Climate Change Programme" is not "CCP").
 */
export function madeAcronym(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || countryNameSet.has(normaliseAnswer(words[0]!))) return undefined;
  if (!acronymHeadSet.has(fold(words.at(-1)!))) return undefined;
  const initials = initialsOf(name);
  if (!initials || initials.length < 3) return undefined;
  const taken = groupsByName.get(normaliseAnswer(initials));
  return taken && !taken.some((g) => g.some((n) => normaliseAnswer(n) === normaliseAnswer(name))) ? undefined : initials;
}

/** The other names of an organisation or place: gazetteer aliases, acronyms the context defines, and (for organisations) initials. */
export function aliasForms(answer: string, opts: { context?: string; fullName?: string; initials?: boolean }): string[] {
  const out: string[] = [];
  // The article's fullest name for it, when that really is a longer form of the answer.
  const full = opts.fullName && (` ${normaliseAnswer(opts.fullName)} `.includes(` ${normaliseAnswer(answer)} `) || initialsMatch(opts.fullName, answer)) ? opts.fullName : undefined;
  const names = [answer, ...(full ? [full] : [])];
  const keys = new Set(names.map(normaliseAnswer));
  if (full) out.push(full);
  for (const n of names) out.push(...listedAliases(n));
  if (opts.context)
    for (const [acronym, expansion] of definedAcronyms(opts.context))
      if (keys.has(normaliseAnswer(acronym)) || keys.has(normaliseAnswer(expansion))) out.push(acronym, expansion, ...listedAliases(expansion));
  if (opts.initials)
    for (const n of names) {
      const made = madeAcronym(n);
      if (made) out.push(made);
    }
  return out;
}
