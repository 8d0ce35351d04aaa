// Grades one learner response against one question. Never throws: a response of the wrong shape
// for the question type simply earns nothing.
import type { GradeResult, LearnerResponse, Question } from "../schema";

const result = (fraction: number): GradeResult => {
  const f = Math.max(0, Math.min(1, fraction));
  return { fraction: f, correct: f >= 1 - 1e-9 };
};
const ZERO = result(0);

/** Case, spacing, punctuation and a leading article do not matter in typed answers. */
export function normaliseAnswer(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, "s")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^\p{L}\p{N}.%]+/gu, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an) /, "");
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === "string");

function gradeText(q: Question, r: LearnerResponse): GradeResult {
  if (typeof r !== "string" || typeof q.answer !== "string") return ZERO;
  const given = normaliseAnswer(r);
  if (!given) return ZERO;
  const ok = [q.answer, ...(q.acceptedAnswers ?? [])].some((a) => normaliseAnswer(a) === given);
  if (ok) return result(1);
  const partial = (q.partialAnswers ?? []).filter((p) => typeof p.answer === "string" && normaliseAnswer(p.answer) === given);
  return result(Math.max(0, ...partial.map((p) => p.fraction)));
}

function gradeNumeric(q: Question, r: LearnerResponse): GradeResult {
  if (typeof q.answer !== "number") return ZERO;
  let n: number;
  if (typeof r === "number") n = r;
  else if (typeof r === "string" && /^\s*-?[\d,]*\.?\d+\s*%?\s*$/.test(r)) n = Number(r.replace(/[,%\s]/g, ""));
  else return ZERO;
  if (!Number.isFinite(n)) return ZERO;
  if (Math.abs(n - q.answer) <= (q.tolerance ?? 0) + 1e-9) return result(1);
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

function gradeOrdering(q: Question, r: LearnerResponse): GradeResult {
  if (!isStringArray(q.answer) || !isStringArray(r)) return ZERO;
  const key = q.answer;
  if (r.length !== key.length) return ZERO;
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
