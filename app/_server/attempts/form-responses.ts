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
      const raw = text(form.get(field))?.replace(/[,\s]/g, "").replace(/%$/, "");
      if (!raw) return undefined;
      const n = Number(raw);
      return Number.isFinite(n) ? n : undefined;
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
