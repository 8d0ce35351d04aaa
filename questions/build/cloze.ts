import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, blankSentence, quoted } from "./common";
import { acceptedVariants } from "./short-answer";

/** Fill the gap in the source sentence. */
export function buildCloze(f: Fact): Question | undefined {
  if (f.entityType === "list" || f.answer.split(" ").length > 10) return undefined;
  const accepted = acceptedVariants(f);
  return {
    type: "cloze",
    prompt: `Fill in the blank: ${quoted(f, blankSentence(f))}`,
    answer: f.answer,
    ...(accepted.length ? { acceptedAnswers: accepted } : {}),
    difficulty: 0.55,
    ...baseQuestion(f),
  };
}
