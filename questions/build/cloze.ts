import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion } from "./common";
import type { Pools } from "./distractors";
import { acceptedVariants } from "./short-answer";
import { fillInTheBlank } from "./wording";

/** Type the missing words into the source sentence. */
export function buildCloze(f: Fact, pools?: Pools): Question | undefined {
  if (f.entityType === "list" || f.answer.split(" ").length > 10) return undefined;
  const accepted = acceptedVariants(f, pools);
  const lead = f.answer.includes(" ") ? "Type the missing words:" : "Type the missing word:";
  return {
    type: "cloze",
    prompt: fillInTheBlank(f, lead),
    answer: f.answer,
    ...(accepted.length ? { acceptedAnswers: accepted } : {}),
    difficulty: 0.6,
    ...baseQuestion(f),
  };
}
