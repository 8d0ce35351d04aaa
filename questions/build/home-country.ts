// Which country a story happens in, read from how often its sentences name each country in any
// form (name, alias, people, capital). Both the ranker (what a reader knows going in) and the
// options (never the story's own country for another) ask it.
import { countries } from "../data";
import { escapeRegExp } from "../nlp/regexp";

/** Every country's name, aliases, people and capital, one pattern: sentences are read once each. */
let countryMention: { re: RegExp; byForm: Map<string, string> } | undefined;
export function countryMentions(): { re: RegExp; byForm: Map<string, string> } {
  if (countryMention) return countryMention;
  const byForm = new Map<string, string>();
  for (const c of countries) {
    if (c.ambiguous) continue;
    for (const form of [c.name, ...(c.aliases ?? []), c.demonym, ...(c.capitalAmbiguous ? [] : [c.capital])]) if (form && form.length > 2 && !byForm.has(form)) byForm.set(form, c.name);
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((x) => escapeRegExp(x));
  countryMention = { re: new RegExp(`(?<![\\p{L}])(?:${forms.join("|")})(?![\\p{L}])`, "gu"), byForm };
  return countryMention;
}

/** The country most of these sentences name, when it clearly leads: two sentences or more, half as many again as the next. */
export function homeCountryOfSentences(sentences: Iterable<string>): string | undefined {
  const { re, byForm } = countryMentions();
  const counts = new Map<string, number>();
  for (const text of sentences) {
    const named = new Set<string>();
    for (const m of text.matchAll(re)) named.add(byForm.get(m[0])!);
    for (const c of named) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] >= second[1] * 1.5) ? first[0] : undefined;
}
