import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, shuffle } from "./common";
import { distractors, type Pools } from "./distractors";
import { directQuestion, fillInTheBlank } from "./wording";

const namesOf = new WeakMap<Pools, Set<string>>();

/** Every name the article's pools hold, as one set. */
function articleNames(pools: Pools): Set<string> {
  let names = namesOf.get(pools);
  if (!names) namesOf.set(pools, (names = new Set([...pools.byKey.values()].flat())));
  return names;
}

/** Four choices: the answer and three wrong answers of the same kind. */
export function buildMultipleChoice(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list") return undefined;
  // A name of no known kind (a war, a report, a programme) has no options of its kind: organisations
  // offered for "the Gulf War" give it away. It is asked as a typed answer instead.
  if (f.kind === "other" && f.entityType === "other") return undefined;
  const wrong = distractors(f, pools, 3);
  if (wrong.length < 3) return undefined;
  const direct = directQuestion(f, pools);
  // Choices drawn from the article's own names are harder to tell apart than gazetteer ones.
  const names = articleNames(pools);
  const fromArticle = wrong.filter((w) => names.has(w)).length;
  return {
    type: "multiple_choice",
    prompt: direct ?? fillInTheBlank(f),
    choices: shuffle([f.answer, ...wrong], f.id),
    answer: f.answer,
    difficulty: Math.round((0.25 + 0.05 * fromArticle + (direct ? 0.05 : 0)) * 100) / 100,
    ...baseQuestion(f),
  };
}
