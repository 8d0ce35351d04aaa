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
  return result(ok ? 1 : 0);
}

function gradeNumeric(q: Question, r: LearnerResponse): GradeResult {
  if (typeof q.answer !== "number") return ZERO;
  let n: number;
  if (typeof r === "number") n = r;
  else if (typeof r === "string" && /^\s*-?[\d,]*\.?\d+\s*%?\s*$/.test(r)) n = Number(r.replace(/[,%\s]/g, ""));
  else return ZERO;
  if (!Number.isFinite(n)) return ZERO;
  return result(Math.abs(n - q.answer) <= (q.tolerance ?? 0) + 1e-9 ? 1 : 0);
}

function gradeMultipleResponse(q: Question, r: LearnerResponse): GradeResult {
  if (!isStringArray(q.answer) || !isStringArray(r)) return ZERO;
  const right = new Set(q.answer);
  const picked = new Set(r);
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
      case "multiple_choice":
        return result(typeof response === "string" && response === question.answer ? 1 : 0);
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
