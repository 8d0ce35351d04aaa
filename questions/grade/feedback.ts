// The per-answer feedback a learner's response earns: the feedback written for the choice they
// picked, or for the typed answer theirs matches (matched as the grader matches), else the
// catch-all. Only ever called once the response is checked: like the key, feedback tells what is
// right.
import type { LearnerResponse, Question } from "../schema";
import { matchesAnyForm } from "./match";
import { parseNumber } from "./numbers";

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === "string");

/** The number in a typed response, read as gradeResponse reads it; undefined when there is none. */
function typedNumber(r: LearnerResponse): number | undefined {
  if (typeof r === "number") return Number.isFinite(r) ? r : undefined;
  if (typeof r !== "string") return undefined;
  const figure = parseNumber(r, { words: false });
  if (!figure || figure.ordinal || (figure.unit && figure.unit !== "%")) return undefined;
  return figure.value;
}

/** Feedback for a response, in the order the learner gave the answers it is for; may be empty. */
export function feedbackForResponse(q: Question, r: LearnerResponse | undefined): string[] {
  if (r === undefined || r === "") return [];
  const choiceText = (choice: string) => {
    const i = (q.choices ?? []).indexOf(choice);
    return i >= 0 ? q.choiceFeedback?.[i] : undefined;
  };
  const present = (list: (string | undefined)[]) => list.filter((f): f is string => !!f);
  switch (q.type) {
    case "multiple_choice":
      return typeof r === "string" ? present([choiceText(r)]) : [];
    case "multiple_response":
      return isStringArray(r) ? present(r.map(choiceText)) : [];
    case "true_false": {
      const b = typeof r === "boolean" ? r : r === "true" ? true : r === "false" ? false : undefined;
      return present([q.answerFeedback?.find((f) => f.answer === b)?.feedback]);
    }
    case "short_answer":
    case "cloze": {
      if (typeof r !== "string" || !r.trim()) return [];
      const hit = q.answerFeedback?.find((f) => typeof f.answer === "string" && matchesAnyForm(r, [f.answer]));
      return present([hit ? hit.feedback : q.otherFeedback]);
    }
    case "numeric": {
      const n = typedNumber(r);
      if (n === undefined) return present([q.otherFeedback]);
      const hit = q.answerFeedback?.find((f) => typeof f.answer === "number" && Math.abs(n - f.answer) <= (f.tolerance ?? 0) + 1e-9);
      return present([hit ? hit.feedback : q.otherFeedback]);
    }
    default:
      return [];
  }
}
