// Facts -> candidate questions, one builder per question type.
import type { Fact } from "../facts";
import type { Question } from "../schema";
import { buildCloze } from "./cloze";
import { buildPools } from "./common";
import { buildMatching } from "./matching";
import { buildMultipleChoice } from "./multiple-choice";
import { buildMultipleResponse } from "./multiple-response";
import { buildNumeric } from "./numeric";
import { buildOrdering } from "./ordering";
import { buildShortAnswer } from "./short-answer";
import { buildTrueFalse } from "./true-false";

export interface Candidate {
  question: Question;
  /** The fact behind the question; article-level questions (ordering, matching) have none. */
  fact?: Fact;
}

export function buildQuestions(facts: readonly Fact[]): Candidate[] {
  const pools = buildPools(facts);
  const out: Candidate[] = [];
  for (const f of facts) {
    for (const q of [
      buildMultipleChoice(f, pools),
      buildMultipleResponse(f, pools),
      buildNumeric(f),
      buildShortAnswer(f, pools),
      buildCloze(f),
      buildTrueFalse(f, pools),
    ])
      if (q) out.push({ question: q, fact: f });
  }
  const matching = buildMatching(facts);
  if (matching) out.push({ question: matching });
  const ordering = buildOrdering(facts);
  if (ordering) out.push({ question: ordering });
  return out;
}

export { buildCloze, buildMatching, buildMultipleChoice, buildMultipleResponse, buildNumeric, buildOrdering, buildShortAnswer, buildTrueFalse };
export { buildPools, blankSentence, distractors, norm, restyleNumber, BLANK, type Pools } from "./common";
