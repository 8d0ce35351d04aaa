// Facts -> candidate questions, one builder per question type.
import type { Fact } from "../facts";
import type { Question } from "../schema";
import { buildCloze } from "./cloze";
import { buildPools, type PoolOptions } from "./distractors";
import { placeInfo } from "./kinds";
import { buildMatching } from "./matching";
import { buildMultipleChoice } from "./multiple-choice";
import { buildMultipleResponse } from "./multiple-response";
import { buildNumeric } from "./numeric";
import { buildOrdering } from "./ordering";
import { buildShortAnswer } from "./short-answer";
import { buildTrueFalse } from "./true-false";
import { isConversion, isOffice } from "./wording";

export interface Candidate {
  question: Question;
  /** The fact behind the question; article-level questions (ordering, matching) have none. */
  fact?: Fact;
}

/**
 * Facts that make no question worth asking: a number restated in other units inside brackets,
 * a country used as a prefix ("U.S.-led"), and a name typed as a place in one sentence that the
 * rest of the article uses as an organisation ("his position in Sears").
 */
export function isPoorFact(f: Fact, orgNames: ReadonlySet<string>): boolean {
  if (isConversion(f)) return true;
  if (f.relation === "role-of" && !isOffice(f.answer)) return true;
  if (f.kind === "place") {
    const after = f.sentence.slice(f.answerEnd - f.start);
    if (/^-[a-z]/.test(after)) return true;
    if (placeInfo(f.answer).kind === "unknown" && orgNames.has(f.answer)) return true;
  }
  return false;
}

/** `options.date` is the article's publication date (wrong answers are chosen for that era). */
export function buildQuestions(facts: readonly Fact[], options: PoolOptions = {}): Candidate[] {
  const pools = buildPools(facts, options);
  const orgNames = new Set<string>();
  for (const f of facts) if (f.kind === "other" && (f.entityType === "org" || f.entityType === "other")) orgNames.add(f.answer);
  const out: Candidate[] = [];
  for (const f of facts) {
    if (isPoorFact(f, orgNames)) continue;
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
export { blankSentence, norm, BLANK } from "./common";
export { buildPools, type PoolOptions, dayChoices, looksLikePerson, distractors, nearbyValues, numberChoices, orgChoices, personChoices, placeChoices, restyleNumber, roleChoices, writtenNumber, type Pools } from "./distractors";
export { placeInfo, roleClass, roleCountry, type RoleClass } from "./kinds";
export { blankedPassage, countQuestion, directQuestion, fillInTheBlank, isConversion, isOffice, personSubjectQuestion } from "./wording";
