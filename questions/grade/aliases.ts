// Other names of one organisation or place: an acronym or short name and the full name, both
// ways ("USGS" and "U.S. Geological Survey", "ConCourt" and "Constitutional Court of South
// Africa"), and the names the gazetteers list together ("UK", "Britain", "United Kingdom").
// Sources, most trusted first: the gazetteers and answer-forms.json, a short name the article
// defines in the sentence ("... Survey (USGS)", short-names.ts), and the initials of a long
// organisation name.
import { acronymGroups, acronymHeadSet, countries, fold, organisations } from "./data";
import { normaliseAnswer } from "./normalise";
import { definedNames, initialsOf, isShortFormOf } from "./short-names";

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

/** The other names of an organisation or place: gazetteer aliases, short names the context defines, and (for organisations) initials. */
export function aliasForms(answer: string, opts: { context?: string; fullName?: string; initials?: boolean }): string[] {
  const out: string[] = [];
  // The article's fullest name for it, when that really is a longer form of the answer ("Lee"
  // in "Lee Jae Myung") or the answer is its acronym or a blend of its words ("ConCourt").
  const full = opts.fullName && (` ${normaliseAnswer(opts.fullName)} `.includes(` ${normaliseAnswer(answer)} `) || isShortFormOf(answer, opts.fullName)) ? opts.fullName : undefined;
  const names = [answer, ...(full ? [full] : [])];
  const keys = new Set(names.map(normaliseAnswer));
  if (full) out.push(full);
  for (const n of names) out.push(...listedAliases(n));
  if (opts.context)
    for (const [short, name] of definedNames(opts.context))
      if (keys.has(normaliseAnswer(short)) || keys.has(normaliseAnswer(name))) out.push(short, name, ...listedAliases(name));
  if (opts.initials)
    for (const n of names) {
      const made = madeAcronym(n);
      if (made) out.push(made);
    }
  return out;
}
