import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, blankSentence, directQuestion, distractors, leadQuestion, quoted, shuffle, type Pools } from "./common";

/** Four choices: the answer and three wrong answers of the same type. */
export function buildMultipleChoice(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list") return undefined;
  const wrong = distractors(f, pools, 3);
  if (wrong.length < 3) return undefined;
  const direct = directQuestion(f, pools);
  const prompt = direct ?? `${leadQuestion(f)} ${quoted(f, blankSentence(f))}`;
  return {
    type: "multiple_choice",
    prompt,
    choices: shuffle([f.answer, ...wrong], f.id),
    answer: f.answer,
    difficulty: direct ? 0.35 : 0.3,
    ...baseQuestion(f),
  };
}
