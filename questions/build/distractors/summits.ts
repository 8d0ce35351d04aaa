// Wrong answers for a summit ("the Nuclear Security Summit"): other recurring summits, from a short
// list, whose series ran throughout the article's era (no BRICS summit in a 2004 story, no Nuclear
// Security Summit in a 2019 one) and whose members include the story's countries (no Ibero-American
// summit for India and Pakistan). An article rarely names three summits, and the bodies it names
// are no summits at all, so without the list a summit was only ever asked as a typed answer,
// which ranked it below what the story was about.
import { countryByName, summits, type Country, type Summit } from "../../data";
import { countryMentions } from "../home-country";
import type { Fact } from "../../facts";
import { norm, shuffle } from "../common";
import { toMonth, type Era } from "./era";
import type { Pools } from "./pools";

/**
 * A summit by its name: capitalised words, then "Summit" ("the EU-China Summit"); not a kind of
 * summit ("the 10th Extraordinary Summit" of a body the key leaves out), which other summits'
 * names would give away.
 */
const NAMED_SUMMIT = /^(?:the )?(?:[\p{Lu}\d][\p{L}\d'’-]*\s)+Summit$/u;
const KIND_OF_SUMMIT = /^(?:the )?(?:\d+(?:st|nd|rd|th)\s)?(?:(?:Extraordinary|Special|Emergency|Ordinary|Annual|Informal|Regular|Joint|Mini|Virtual|Historic|Inaugural|Final|First|Second|Third|Next|Last)\s)+Summit$/;
export const isSummitKey = (answer: string) => NAMED_SUMMIT.test(answer) && !KIND_OF_SUMMIT.test(answer);

function ranThroughout(s: Summit, era: Era): boolean {
  const from = toMonth(s.from);
  const to = s.to ? toMonth(s.to) : Infinity;
  return era.spans.every((span) => from <= span.from && to >= span.to);
}

/**
 * Three other summits for a summit's key, or fewer when the list has too few for the era. None
 * whose body the article names ("the G20 in Osaka"): the leaders may have met there too.
 */
export function summitChoices(f: Fact, pools: Pools): string[] {
  const key = norm(f.answer.replace(/^the /, ""));
  const text = ` ${norm((pools.sentences ?? []).join(" "))} `;
  const named = (s: Summit) => text.includes(` ${norm(s.name.replace(/ Summit$/, ""))} `);
  // A regional summit only for a story of that region ("SAARC" to two South Asian leaders, not to
  // Brazil's): the countries the key's sentence names (not by their capitals: "at the summit in
  // Washington" is not about the United States), and the story's own.
  const { re, byForm } = countryMentions();
  const inSentence: Country[] = [];
  for (const m of f.sentence.matchAll(re)) {
    const c = countryByName.get(byForm.get(m[0])!);
    if (c && m[0] !== c.capital) inSentence.push(c);
  }
  const home = pools.storyCountry ?? pools.homeCountries[0];
  const regions = new Set([...inSentence, home].flatMap((c) => (c ? [c.region] : [])));
  const near = (s: Summit) => !s.regions || s.regions.some((r) => regions.has(r));
  const others = summits.filter((s) => ranThroughout(s, pools.era) && near(s) && norm(s.name) !== key && !named(s));
  return shuffle(others.map((s) => s.name), f.id).slice(0, 3);
}
