import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, shuffle } from "./common";
import { distractors, type Pools } from "./distractors";
import { printedForm, printedIn } from "./distractors/shared";
import { DOCUMENT } from "./distractors/orgs";
import { isSummitKey, summitChoices } from "./distractors/summits";
import { takesThe } from "./distractors/grammar";
import { findCountry } from "./kinds";
import { directQuestion, fillInTheBlank } from "./wording";
import { RunCache } from "../run-cache";

const namesOf = new RunCache<Pools, Set<string>>();

/** Every name the article's pools hold, as one set. */
function articleNames(pools: Pools): Set<string> {
  let names = namesOf.get(pools);
  if (!names) namesOf.set(pools, (names = new Set([...pools.byKey.values()].flat())));
  return names;
}

/**
 * Three wrong answers the prompt does not print. The picker already leaves out what the sentence
 * prints; a direct question ("Who is the Brazilian President?") or a neighbouring sentence may
 * print more, so the prompt is checked too, with a few spares asked for only when a choice had to go.
 */
function wrongChoices(f: Fact, pools: Pools, prompt: string): string[] {
  const printed = printedForm(prompt);
  const byValue = f.kind === "count" || f.kind === "money" || f.kind === "percentage";
  const fair = (ws: string[]) => ws.filter((w) => !printedIn(printed, w, byValue));
  const wrong = fair(distractors(f, pools, 3));
  return wrong.length === 3 ? wrong : fair(distractors(f, pools, 6)).slice(0, 3);
}

/**
 * "relations with the _____" offered "Mexico" beside "United States": "the Mexico" is no English and
 * the one option that fits "the" is the key. When the key is a country and any option names itself
 * otherwise, the "the" moves into the options, each country written as English names it ("relations
 * with _____": "the United States", "Mexico", "the Netherlands").
 */
function theIntoChoices(prompt: string, answer: string, choices: string[]): { prompt: string; answer: string; choices: string[] } | undefined {
  if (!/ the _____/.test(prompt) || !findCountry(answer) || choices.every((c) => takesThe(c) === takesThe(answer))) return undefined;
  if (!choices.every((c) => findCountry(c))) return undefined;
  const written = (c: string) => (takesThe(c) ? `the ${c}` : c);
  return { prompt: prompt.replace(" the _____", " _____"), answer: written(answer), choices: choices.map(written) };
}

/** Four choices: the answer and three wrong answers of the same kind. */
export function buildMultipleChoice(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list") return undefined;
  // A name of no known kind (a war, a report, a programme) has no options of its kind: organisations
  // offered for "the Gulf War" give it away. It is asked as a typed answer instead.
  if (f.kind === "other" && f.entityType === "other") return undefined;
  // A summit has other summits of its era and region for options (distractors/summits.ts).
  if (f.kind === "other" && f.entityType !== "person" && isSummitKey(f.answer)) return summitQuestion(f, pools);
  // Nor has a treaty, a declaration or a kind of summit the tagger took for a body: bodies offered for
  // "the Aachen Treaty" (a university, a war) are absurd, and an article rarely names three treaties.
  if (f.kind === "other" && f.entityType !== "person" && DOCUMENT.test(f.answer)) return undefined;
  const direct = directQuestion(f, pools);
  const prompt = direct ?? fillInTheBlank(f);
  // A blanked sentence alone prints nothing the picker did not check against the sentence already;
  // a direct question, a blank with a neighbouring sentence for context, or a pronoun named in
  // brackets ("[Harry Reid] succeeds Sen. _____") may.
  const wrong = direct || prompt.length > f.sentence.length + 30 || prompt.includes("[") ? wrongChoices(f, pools, prompt) : distractors(f, pools, 3);
  if (wrong.length < 3) return undefined;
  // Choices drawn from the article's own names are harder to tell apart than gazetteer ones.
  const names = articleNames(pools);
  const fromArticle = wrong.filter((w) => names.has(w)).length;
  const choices = shuffle([f.answer, ...wrong], f.id);
  const written = theIntoChoices(prompt, f.answer, choices) ?? { prompt, answer: f.answer, choices };
  return {
    type: "multiple_choice",
    ...written,
    difficulty: Math.round((0.25 + 0.05 * fromArticle + (direct ? 0.05 : 0)) * 100) / 100,
    ...baseQuestion(f),
  };
}

/** "... in Seoul for the _____" with three other summits of the article's era, when there are three. */
function summitQuestion(f: Fact, pools: Pools): Question | undefined {
  const wrong = summitChoices(f, pools);
  if (wrong.length < 3) return undefined;
  return {
    type: "multiple_choice",
    prompt: directQuestion(f, pools) ?? fillInTheBlank(f),
    answer: f.answer,
    choices: shuffle([f.answer, ...wrong], f.id),
    difficulty: 0.25,
    ...baseQuestion(f),
  };
}
