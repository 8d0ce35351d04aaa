import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, hashOf, substitute } from "./common";
import { distractors, type Pools } from "./distractors";

/**
 * A statement taken from the article, either as written (true) or with the answer swapped for a
 * same-type wrong value (false). Which one is picked is stable per fact.
 */
export function buildTrueFalse(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list" || f.context) return undefined;
  const makeFalse = hashOf(f.id) % 2 === 0;
  let statement = f.sentence;
  // Swapping one word of a longer name ("Action on Smoking and Health") makes a garbled, not a false, statement.
  if (makeFalse && (f.entityType === "org" || f.entityType === "other") && !f.answer.includes(" ")) return undefined;
  if (makeFalse) {
    const wrong = distractors(f, pools, 1)[0];
    if (!wrong) return undefined;
    statement = substitute(f, wrong);
  }
  return {
    type: "true_false",
    prompt: `True or false? According to the article: "${statement}"`,
    answer: !makeFalse,
    difficulty: makeFalse ? 0.3 : 0.2,
    ...baseQuestion(f),
  };
}
