import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, distractors, hashOf, substitute, type Pools } from "./common";

/**
 * A statement taken from the article, either as written (true) or with the answer swapped for a
 * same-type wrong value (false). Which one is picked is stable per fact.
 */
export function buildTrueFalse(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list" || f.context) return undefined;
  const makeFalse = hashOf(f.id) % 2 === 0;
  let statement = f.sentence;
  if (makeFalse) {
    const wrong = distractors(f, pools, 1)[0];
    if (!wrong) return undefined;
    statement = substitute(f, wrong);
  }
  return {
    type: "true_false",
    prompt: `True or false? According to the article: "${statement}"`,
    answer: !makeFalse,
    difficulty: 0.2,
    ...baseQuestion(f),
  };
}
