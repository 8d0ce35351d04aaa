// Turning the quiz form's fields into typed responses. Every field is untrusted: anything that
// does not fit its question's type becomes "no answer", never an error that loses the others.
import type { LearnerResponse, QuestionType } from "@/questions/schema";

const MAX_TEXT = 500;

export function responseFieldName(questionId: string, part?: number): string {
  return part === undefined ? `q.${questionId}` : `q.${questionId}.${part}`;
}

function text(value: FormDataEntryValue | null): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim().slice(0, MAX_TEXT);
  return trimmed ? trimmed : undefined;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };
// One number: digits (thousands commas and spaces taken out first), a decimal part, a sign, and a
// scale word after it ("2.5 billion").
const NUMBER = /(?<![\d.])([-+\u2212]?)(\d+(?:\.\d+)?|\.\d+)(?![\d.])(?:\s*(thousand|million|billion|trillion|bn)\b)?/gi;

/**
 * The number a learner typed for a numeric question, as a quiz user means it (decision 032): the
 * one number in the text, with words or symbols around it ("250", "250 passengers", "about 250",
 * "2,300", "12%", "$2.5 billion"). Text with no number, or with two ("200 to 300", "two hundred"),
 * is not an answer: null, and the page says beside the field that it needs a number. The browser
 * (to say so) and the server (which marks it) read it with this same function.
 */
export function readNumber(typed: string): number | null {
  // Thousands separators: "2,300", "2 300" (a comma or space between digits, before three digits).
  const joined = typed.trim().slice(0, MAX_TEXT).replace(/(\d)[,\s\u00a0\u202f](?=\d{3}(?!\d))/g, "$1");
  const found = [...joined.matchAll(NUMBER)];
  if (found.length !== 1) return null;
  const [, sign, digits, scale] = found[0]!;
  const n = Number(digits) * (scale ? SCALES[scale.toLowerCase()]! : 1) * (sign === "-" || sign === "\u2212" ? -1 : 1);
  return Number.isFinite(n) ? n : null;
}

/**
 * Whether a question's fields hold something typed that is not an answer of its type: a numeric
 * question's text with no one number in it. Saving it would store nothing while the learner
 * thinks it saved (and would clear an answer saved before), so it is refused instead.
 */
export function unreadableAnswer(form: FormData, question: { id: string; type: QuestionType }): boolean {
  if (question.type !== "numeric") return false;
  const typed = text(form.get(responseFieldName(question.id)));
  return typed !== undefined && readNumber(typed) === null;
}

/** Reads one question's response from the form; undefined when it was left unanswered. */
export function readResponse(
  form: FormData,
  question: { id: string; type: QuestionType; partCount: number },
): LearnerResponse | undefined {
  const field = responseFieldName(question.id);
  switch (question.type) {
    case "multiple_choice":
    case "short_answer":
    case "cloze":
      return text(form.get(field));
    case "true_false": {
      const value = form.get(field);
      return value === "true" ? true : value === "false" ? false : undefined;
    }
    case "numeric": {
      const typed = text(form.get(field));
      return typed === undefined ? undefined : (readNumber(typed) ?? undefined);
    }
    case "multiple_response": {
      const picks = form.getAll(field).map(text).filter((v): v is string => v !== undefined);
      return picks.length ? [...new Set(picks)].slice(0, 20) : undefined;
    }
    case "ordering": {
      const items: string[] = [];
      for (let i = 0; i < question.partCount; i++) {
        const v = text(form.get(responseFieldName(question.id, i)));
        if (v === undefined) return undefined;
        items.push(v);
      }
      return items.length ? items : undefined;
    }
    case "matching": {
      const pairs: Record<string, string> = {};
      let any = false;
      for (let i = 0; i < question.partCount; i++) {
        const left = text(form.get(`${responseFieldName(question.id, i)}.left`));
        const right = text(form.get(responseFieldName(question.id, i)));
        if (left && right) {
          pairs[left] = right;
          any = true;
        }
      }
      return any ? pairs : undefined;
    }
  }
}
