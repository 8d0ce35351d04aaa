// Per-answer feedback in the question form, as one text field that works without JavaScript:
//   one line per answer: the answer, " | ", then the feedback a learner who gives it sees
//   a choice's text for choice questions; true or false; a number (3, or 3 ± 2) for numbers;
//   "*" for any other answer (typed answers and numbers)
import type { AnswerFeedback, Question, QuestionType } from "@/questions/schema";
import { readFormNumber } from "../forms/form-number";

type FeedbackFields = Pick<Question, "choiceFeedback" | "answerFeedback" | "otherFeedback">;

const SEPARATOR = " | ";
const MAX_FEEDBACK = 2000;

const choiceTypes = new Set<QuestionType>(["multiple_choice", "multiple_response"]);
const typedTypes = new Set<QuestionType>(["short_answer", "cloze", "numeric", "true_false"]);

/** Whether a type takes per-answer feedback (matching and ordering have none, as in Moodle). */
export function takesAnswerFeedback(type: QuestionType): boolean {
  return choiceTypes.has(type) || typedTypes.has(type);
}

export function feedbackToText(q: Question): string {
  const lines: string[] = [];
  if (choiceTypes.has(q.type)) (q.choices ?? []).forEach((c, i) => q.choiceFeedback?.[i] && lines.push(`${c}${SEPARATOR}${q.choiceFeedback[i]}`));
  for (const f of q.answerFeedback ?? []) {
    const answer = typeof f.answer === "number" && f.tolerance ? `${f.answer} ± ${f.tolerance}` : String(f.answer);
    lines.push(`${answer}${SEPARATOR}${f.feedback}`);
  }
  if (q.otherFeedback) lines.push(`*${SEPARATOR}${q.otherFeedback}`);
  return lines.map((l) => l.replace(/\r?\n/g, " ")).join("\n");
}

/** The feedback fields for a question built from the rest of the form, or the reason they cannot be. */
export function textToFeedback(text: string, q: Pick<Question, "type" | "choices">): { fields: FeedbackFields } | { error: string } {
  const rows = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!rows.length) return { fields: {} };
  if (!takesAnswerFeedback(q.type)) return { error: "This type of question has no feedback per answer: use the explanation." };
  const choiceFeedback = (q.choices ?? []).map(() => "");
  const answerFeedback: AnswerFeedback[] = [];
  let otherFeedback: string | undefined;
  for (const row of rows) {
    const spaced = row.indexOf(SEPARATOR);
    const at = spaced >= 0 ? spaced : row.indexOf("|");
    const answer = at >= 0 ? row.slice(0, at).trim() : "";
    const feedback = at >= 0 ? row.slice(at + (spaced >= 0 ? SEPARATOR.length : 1)).trim() : "";
    if (!answer || !feedback) return { error: `Write each line as: answer | feedback ("${row.slice(0, 40)}").` };
    if (feedback.length > MAX_FEEDBACK) return { error: `Keep each feedback under ${MAX_FEEDBACK} characters.` };
    if (answer === "*" && !choiceTypes.has(q.type) && q.type !== "true_false") {
      otherFeedback = feedback;
      continue;
    }
    switch (q.type) {
      case "multiple_choice":
      case "multiple_response": {
        // A line copied from the choices may keep its "*" or "%50%".
        const choices = q.choices ?? [];
        const i = choices.includes(answer) ? choices.indexOf(answer) : choices.indexOf(answer.replace(/^(\*|%\s*[+-]?[\d.,]+\s*%)\s*/, ""));
        if (i < 0) return { error: `"${answer.slice(0, 40)}" is not one of the choices.` };
        choiceFeedback[i] = feedback;
        break;
      }
      case "true_false":
        if (!/^(true|false)$/i.test(answer)) return { error: `Feedback lines start with true or false ("${answer.slice(0, 40)}").` };
        answerFeedback.push({ answer: /^true$/i.test(answer), feedback });
        break;
      case "numeric": {
        const [value = "", tolerance = ""] = answer.split("±").map((p) => p.trim());
        const n = readFormNumber(value);
        const t = tolerance ? readFormNumber(tolerance) : 0;
        if (n === null || !Number.isFinite(n) || t === null || !Number.isFinite(t) || t < 0) return { error: `"${answer.slice(0, 40)}" is not a number (write 3, or 3 ± 2).` };
        answerFeedback.push({ answer: n, ...(t ? { tolerance: t } : {}), feedback });
        break;
      }
      default:
        answerFeedback.push({ answer, feedback });
    }
  }
  return {
    fields: {
      ...(choiceFeedback.some(Boolean) ? { choiceFeedback } : {}),
      ...(answerFeedback.length ? { answerFeedback } : {}),
      ...(otherFeedback ? { otherFeedback } : {}),
    },
  };
}
