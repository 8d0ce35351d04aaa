// The teacher's question form as plain text fields, and its conversion to and from a Question.
// One format for every type keeps the form simple and works without JavaScript:
//   choices:  one per line, the correct one(s) marked with a leading "*", or "%50%" for part marks
//   accepted: other accepted answers, one per line ("%50%" first: worth part of the marks; for
//             numbers, "%50% 80 ± 5"; credit-form.ts)
//   pairs:    "left -> right", one per line
//   items:    ordering items in their correct order, one per line
//   feedback: per-answer feedback, "answer | feedback", one per line (feedback-form.ts)
import { z } from "zod";
import { QUESTION_TYPES, questionSchema, type Question, type QuestionType } from "@/questions/schema";
import { parseFields, plainMessage } from "../forms/form-action";
import { readFormNumber } from "../forms/form-number";
import { feedbackToText, textToFeedback } from "./feedback-form";
import { choiceCredit, choicesToLines, partialToLines, readChoiceLine, readNumericPartial, readTypedAccepted, responseCredit, type ChoiceLine } from "./credit-form";

export const questionFormSchema = z.object({
  type: z.enum(QUESTION_TYPES, { error: "Choose the type of question." }),
  prompt: z.string().trim().min(1, "Write the question.").max(2000, "At most 2,000 characters."),
  name: z.string().trim().max(200, "At most 200 characters.").default(""),
  choices: z.string().max(6000).default(""),
  answer: z.string().trim().max(500).default(""),
  tolerance: z.string().trim().max(40).default(""),
  accepted: z.string().max(4000).default(""),
  pairs: z.string().max(6000).default(""),
  items: z.string().max(6000).default(""),
  explanation: z.string().trim().max(4000, "At most 4,000 characters.").default(""),
  feedback: z.string().max(30000, "At most 30,000 characters.").default(""),
  tags: z.string().max(1000).default(""),
});
export type QuestionFormValues = z.infer<typeof questionFormSchema>;
export type QuestionFormErrors = Partial<Record<keyof QuestionFormValues, string>>;

/** The question schema's limit on choices (ordering items are its choices too). */
const MAX_OPTIONS = 12;
/** The longest text a learner's answer may carry back for one item (responseSchema). */
const MAX_OPTION_LENGTH = 500;

/** The answer box's maxLength on the quiz page (question-input.tsx): a longer key could never be typed. */
const MAX_TYPED_ANSWER = 200;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function questionToFormValues(q: Question): QuestionFormValues {
  const answers = Array.isArray(q.answer) && q.answer.every((a) => typeof a === "string") ? (q.answer as string[]) : [String(q.answer)];
  const base = { type: q.type, prompt: q.prompt, name: q.name ?? "", choices: "", answer: "", tolerance: "", accepted: "", pairs: "", items: "", explanation: q.explanation, feedback: feedbackToText(q), tags: (q.tags ?? []).join(", ") };
  switch (q.type) {
    case "multiple_choice":
    case "multiple_response":
      return { ...base, choices: choicesToLines(q).join("\n") };
    case "true_false":
      return { ...base, answer: q.answer ? "true" : "false" };
    case "numeric":
      return { ...base, answer: String(q.answer), tolerance: q.tolerance ? String(q.tolerance) : "", accepted: partialToLines(q).join("\n") };
    case "short_answer":
    case "cloze":
      return { ...base, answer: String(q.answer), accepted: [...(q.acceptedAnswers ?? []), ...partialToLines(q)].join("\n") };
    case "ordering":
      return { ...base, items: answers.join("\n") };
    case "matching":
      return { ...base, pairs: (q.answer as { left: string; right: string }[]).map((p) => `${p.left} -> ${p.right}`).join("\n") };
  }
}

/** The form's field names, as the form sends them. */
export const QUESTION_FORM_FIELDS = Object.keys(questionFormSchema.shape) as (keyof QuestionFormValues)[];

/**
 * Builds a Question from the form, keeping the generator's extra data (source, fact kind,
 * difficulty) from `previous`. Returns field errors instead of throwing.
 */
export function formValuesToQuestion(input: unknown, previous?: Question): { question: Question } | { errors: QuestionFormErrors } {
  const parsed = parseFields(questionFormSchema, input);
  return "errors" in parsed ? parsed : buildQuestion(parsed.data, previous);
}

/** The second step, for input the form schema has already parsed (see handleForm). */
export function buildQuestion(v: QuestionFormValues, previous?: Question): { question: Question } | { errors: QuestionFormErrors } {
  const errors: QuestionFormErrors = {};
  const typed = typeFields(v, errors);
  if (Object.keys(errors).length) return { errors };
  const feedback = textToFeedback(v.feedback, { type: v.type, choices: typed.choices });
  if ("error" in feedback) return { errors: { feedback: feedback.error } };
  const tags = [...new Set(v.tags.split(",").map((t) => t.trim()).filter(Boolean))].slice(0, 20);
  const candidate = {
    // Moodle's ID number is not on the form: an edit keeps it, so an export still matches Moodle's copy.
    ...(previous ? { source: previous.source, factKind: previous.factKind, difficulty: previous.difficulty, score: previous.score, idNumber: previous.idNumber } : {}),
    type: v.type,
    prompt: v.prompt,
    ...(v.name ? { name: v.name } : {}),
    explanation: v.explanation,
    ...(tags.length ? { tags } : {}),
    ...typed,
    ...feedback.fields,
  };
  const checked = questionSchema.safeParse(candidate, { error: plainMessage });
  if (!checked.success) return { errors: { [fieldFor(v.type)]: checked.error.issues[0]?.message ?? "Check this field." } };
  return { question: checked.data };
}

function fieldFor(type: QuestionType): keyof QuestionFormValues {
  if (type === "multiple_choice" || type === "multiple_response") return "choices";
  if (type === "matching") return "pairs";
  if (type === "ordering") return "items";
  return "answer";
}

function typeFields(v: QuestionFormValues, errors: QuestionFormErrors): Partial<Question> {
  switch (v.type) {
    case "multiple_choice":
    case "multiple_response": {
      const read: ChoiceLine[] = [];
      for (const line of lines(v.choices)) {
        const one = readChoiceLine(line);
        if ("error" in one) {
          errors.choices = one.error;
          return {};
        }
        read.push(one.ok);
      }
      const choices = read.map((l) => l.text);
      if (choices.length < 2) errors.choices = "Write at least two choices, one per line.";
      else if (choices.length > MAX_OPTIONS) errors.choices = `At most ${MAX_OPTIONS} choices.`;
      else if (choices.some((c) => !c)) errors.choices = "A line has a mark but no choice after it.";
      else if (choices.some((c) => c.length > MAX_OPTION_LENGTH)) errors.choices = `Keep each choice under ${MAX_OPTION_LENGTH} characters.`;
      else if (new Set(choices).size !== choices.length) errors.choices = "Two choices are the same.";
      if (errors.choices) return {};
      const credit = v.type === "multiple_choice" ? choiceCredit(read) : responseCredit(read);
      if ("error" in credit) errors.choices = credit.error;
      return "ok" in credit ? { choices, ...credit.ok } : {};
    }
    case "true_false":
      if (v.answer !== "true" && v.answer !== "false") errors.answer = "Choose true or false.";
      return { answer: v.answer === "true" };
    case "numeric": {
      const answer = readFormNumber(v.answer);
      const tolerance = readFormNumber(v.tolerance) ?? 0;
      if (answer === null || !Number.isFinite(answer)) errors.answer = "Enter the correct number in figures, like 42 or 3.5 (a point, not a comma, before decimals).";
      if (!Number.isFinite(tolerance) || tolerance < 0) errors.tolerance = "Enter a tolerance of 0 or more, in figures.";
      const partial = readNumericPartial(lines(v.accepted));
      if ("error" in partial) errors.accepted = partial.error;
      return { answer: answer ?? NaN, tolerance, ...("ok" in partial && partial.ok.length ? { partialAnswers: partial.ok } : {}) };
    }
    case "short_answer":
    case "cloze": {
      if (!v.answer) errors.answer = "Enter the expected answer.";
      else if (v.answer.length > MAX_TYPED_ANSWER) errors.answer = `Keep the answer under ${MAX_TYPED_ANSWER} characters: learners cannot type more.`;
      if (v.type === "cloze" && !v.prompt.includes("_____")) errors.prompt = "Mark the blank with _____ (five underscores).";
      const read = readTypedAccepted(lines(v.accepted));
      if ("error" in read) {
        errors.accepted = read.error;
        return {};
      }
      const { accepted, partial } = read.ok;
      if ([...accepted, ...partial.map((p) => String(p.answer))].some((a) => a.length > MAX_TYPED_ANSWER)) errors.accepted = `Keep each answer under ${MAX_TYPED_ANSWER} characters: learners cannot type more.`;
      return { answer: v.answer, ...(accepted.length ? { acceptedAnswers: accepted } : {}), ...(partial.length ? { partialAnswers: partial } : {}) };
    }
    case "ordering": {
      const items = lines(v.items);
      if (items.length < 2) errors.items = "Write at least two items, in their correct order.";
      else if (items.length > MAX_OPTIONS) errors.items = `At most ${MAX_OPTIONS} items.`;
      else if (items.some((c) => c.length > MAX_OPTION_LENGTH)) errors.items = `Keep each item under ${MAX_OPTION_LENGTH} characters.`;
      // Two equal items are one option shown twice: the learner cannot tell which goes where.
      else if (new Set(items).size !== items.length) errors.items = "Two items are the same: each must be different.";
      return { answer: items, choices: items };
    }
    case "matching": {
      const pairs = lines(v.pairs).map((l) => {
        const [left = "", ...right] = l.split("->");
        return { left: left.trim(), right: right.join("->").trim() };
      });
      if (pairs.length < 2 || pairs.some((p) => !p.left || !p.right)) errors.pairs = 'Write at least two pairs as "left -> right", one per line.';
      else if (pairs.length > MAX_OPTIONS) errors.pairs = `At most ${MAX_OPTIONS} pairs.`;
      else if (pairs.some((p) => p.left.length > MAX_OPTION_LENGTH || p.right.length > MAX_OPTION_LENGTH)) errors.pairs = `Keep each side under ${MAX_OPTION_LENGTH} characters.`;
      // A learner gives one match per left item: a left item listed twice could never be all right.
      else if (new Set(pairs.map((p) => p.left)).size !== pairs.length) errors.pairs = "Each left item may appear only once.";
      return { answer: pairs };
    }
  }
}
