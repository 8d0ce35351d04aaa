// Grades one learner response against one question. Never throws: a response of the wrong shape
// for the question type simply earns nothing. Typed answers are accepted in the forms
// accepted-forms.ts lists, compared as match.ts says: the one place for both.
import type { GradeResult, LearnerResponse, Question } from "../schema";
import { matchesAnyForm } from "./match";
import { parseNumber, roundOneFewer } from "./numbers";

export { acceptedForms, type AnswerInfo } from "./accepted-forms";
export { normaliseAnswer } from "./normalise";
export { matchesAnyForm } from "./match";
export { feedbackForResponse } from "./feedback";

const result = (fraction: number): GradeResult => {
  const f = Math.max(0, Math.min(1, fraction));
  return { fraction: f, correct: f >= 1 - 1e-9 };
};
const ZERO = result(0);

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === "string");

function gradeText(q: Question, r: LearnerResponse): GradeResult {
  if (typeof r !== "string" || typeof q.answer !== "string") return ZERO;
  if (matchesAnyForm(r, [q.answer, ...(q.acceptedAnswers ?? [])])) return result(1);
  const partial = (q.partialAnswers ?? []).filter((p) => typeof p.answer === "string" && matchesAnyForm(r, [p.answer]));
  return result(Math.max(0, ...partial.map((p) => p.fraction)));
}

/** The key one decimal coarser when it is written with two or more ("40.38" -> 40.4), else undefined. */
function coarser(answer: number): number | undefined {
  const written = String(answer);
  if (!/^-?\d+\.\d{2,}$/.test(written)) return undefined;
  const rounded = Number(roundOneFewer(written));
  return rounded === 0 ? undefined : rounded;
}

function gradeNumeric(q: Question, r: LearnerResponse): GradeResult {
  if (typeof q.answer !== "number") return ZERO;
  let n: number;
  if (typeof r === "number") n = r;
  else if (typeof r === "string") {
    // Digits with grouping, a scale word or "%" ("80 000", "80k", "15%"); not words: the prompt asks for a number.
    const figure = parseNumber(r, { words: false });
    if (!figure || figure.ordinal || (figure.unit && figure.unit !== "%")) return ZERO;
    n = figure.value;
  } else return ZERO;
  if (!Number.isFinite(n)) return ZERO;
  if (Math.abs(n - q.answer) <= (q.tolerance ?? 0) + 1e-9) return result(1);
  // A figure written to two or more decimals may be typed with one fewer ("40.4" for 40.38).
  const rounded = coarser(q.answer);
  if (rounded !== undefined && Math.abs(n - rounded) <= 1e-9) return result(1);
  // Partial-credit bands: the best band the response falls in.
  const bands = (q.partialAnswers ?? []).filter((p) => typeof p.answer === "number" && Math.abs(n - p.answer) <= (p.tolerance ?? 0) + 1e-9);
  return result(Math.max(0, ...bands.map((p) => p.fraction)));
}

function gradeMultipleResponse(q: Question, r: LearnerResponse): GradeResult {
  if (!isStringArray(q.answer) || !isStringArray(r)) return ZERO;
  const picked = new Set(r);
  if (q.choiceWeights && q.choices) {
    const weights = q.choiceWeights;
    return result(q.choices.reduce((sum, choice, i) => sum + (picked.has(choice) ? (weights[i] ?? 0) : 0), 0));
  }
  const right = new Set(q.answer);
  let hits = 0;
  let misses = 0;
  for (const p of picked) {
    if (right.has(p)) hits++;
    else misses++;
  }
  return result((hits - misses) / right.size);
}

/** How many times each text occurs in a list. */
function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Whether an ordering response puts each of the question's items in exactly one place. The
 * learner's controls cannot do otherwise, so anything else was crafted: repeating one item in
 * every slot would otherwise earn one slot in n whatever the key (issue 13).
 */
export function isOrderingOfItems(q: Question, r: LearnerResponse): r is string[] {
  if (!isStringArray(q.answer) || !isStringArray(r) || r.length !== q.answer.length) return false;
  const given = tally(r);
  const items = tally(q.answer);
  return given.size === items.size && [...items].every(([item, n]) => given.get(item) === n);
}

/**
 * Whether a matching response uses each option on the right at most as often as it is offered
 * (once, unless two pairs share a right-hand side). Giving every left item the same option would
 * otherwise earn one pair in n whatever the key.
 */
export function usesMatchingOptionsOnce(q: Question, r: LearnerResponse): boolean {
  if (!Array.isArray(q.answer) || typeof r !== "object" || r === null || Array.isArray(r)) return false;
  const pairs = q.answer as { left: string; right: string }[];
  const lefts = new Set(pairs.map((p) => p.left));
  const offered = tally(q.choices ?? pairs.map((p) => p.right));
  const used = tally(Object.entries(r).filter(([left, right]) => lefts.has(left) && typeof right === "string").map(([, right]) => right as string));
  return [...used].every(([right, n]) => n <= (offered.get(right) ?? n));
}

function gradeOrdering(q: Question, r: LearnerResponse): GradeResult {
  if (!isStringArray(q.answer) || !isOrderingOfItems(q, r)) return ZERO;
  const key = q.answer;
  let inPlace = 0;
  key.forEach((item, i) => {
    if (r[i] === item) inPlace++;
  });
  return result(inPlace / key.length);
}

function gradeMatching(q: Question, r: LearnerResponse): GradeResult {
  if (!Array.isArray(q.answer) || typeof r !== "object" || r === null || Array.isArray(r)) return ZERO;
  const pairs = q.answer as { left: string; right: string }[];
  if (!pairs.every((p) => typeof p === "object" && p !== null && "left" in p)) return ZERO;
  if (!usesMatchingOptionsOnce(q, r)) return ZERO;
  const given = r as Record<string, unknown>;
  let ok = 0;
  for (const p of pairs) if (given[p.left] === p.right) ok++;
  return result(ok / pairs.length);
}

export function gradeResponse(question: Question, response: LearnerResponse): GradeResult {
  try {
    switch (question.type) {
      case "multiple_choice": {
        if (typeof response !== "string") return ZERO;
        if (response === question.answer) return result(1);
        const i = question.choiceWeights ? (question.choices ?? []).indexOf(response) : -1;
        return result(i >= 0 ? (question.choiceWeights?.[i] ?? 0) : 0);
      }
      case "true_false": {
        if (typeof question.answer !== "boolean") return ZERO;
        const b = typeof response === "boolean" ? response : response === "true" ? true : response === "false" ? false : undefined;
        return result(b === question.answer ? 1 : 0);
      }
      case "numeric":
        return gradeNumeric(question, response);
      case "short_answer":
      case "cloze":
        return gradeText(question, response);
      case "multiple_response":
        return gradeMultipleResponse(question, response);
      case "ordering":
        return gradeOrdering(question, response);
      case "matching":
        return gradeMatching(question, response);
      default:
        return ZERO;
    }
  } catch {
    return ZERO;
  }
}
