// The plain-data contract of the domain library: what a question is, what a learner may answer,
// and what grading returns. The app, the CLI and the database layer all validate through these.
import { z } from "zod";

export const QUESTION_TYPES = [
  "multiple_choice",
  "multiple_response",
  "true_false",
  "numeric",
  "short_answer",
  "cloze",
  "ordering",
  "matching",
] as const;
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const FACT_KINDS = ["meeting", "role", "percentage", "count", "money", "date", "place", "other"] as const;
export const factKindSchema = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof factKindSchema>;

/** Where a question came from: the exact sentence and its character offsets in the cleaned text. */
export const sourceSchema = z.object({
  sentence: z.string().min(1),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const matchingPairSchema = z.object({ left: z.string().min(1), right: z.string().min(1) });

/**
 * The answer key, by type:
 * - multiple_choice: the correct choice's text
 * - multiple_response: the correct choices' texts
 * - true_false: a boolean
 * - numeric: a number (with `tolerance`, absolute)
 * - short_answer, cloze: the expected text (`acceptedAnswers` lists other accepted variants)
 * - ordering: the items in their correct order (`choices` holds them in display order)
 * - matching: the correct pairs (`pairs`)
 */
export const answerSchema = z.union([
  z.string().min(1),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().min(1)).min(1),
  z.array(matchingPairSchema).min(1),
]);
export type Answer = z.infer<typeof answerSchema>;

export const answerFeedbackSchema = z.object({
  answer: z.union([z.string().min(1).max(500), z.number().finite(), z.boolean()]),
  tolerance: z.number().nonnegative().finite().optional(),
  feedback: z.string().min(1).max(2000),
});
export type AnswerFeedback = z.infer<typeof answerFeedbackSchema>;

export const questionSchema = z
  .object({
    type: questionTypeSchema,
    prompt: z.string().min(1).max(2000),
    choices: z.array(z.string().min(1).max(500)).max(12).optional(),
    answer: answerSchema,
    acceptedAnswers: z.array(z.string().min(1)).optional(),
    tolerance: z.number().nonnegative().finite().optional(),
    explanation: z.string().max(4000).default(""),
    source: sourceSchema.optional(),
    factKind: factKindSchema.optional(),
    /** 0 (easy) to 1 (hard). */
    difficulty: z.number().min(0).max(1).optional(),
    /** Ranking score from the generator; higher is better. */
    score: z.number().optional(),
    tags: z.array(z.string().min(1).max(60)).optional(),
    /** A short name (GIFT's `::name::`); the prompt stands in when absent. */
    name: z.string().min(1).max(200).optional(),
    /** Multiple choice/response: credit per choice (-1..1), aligned with `choices`. Without it the
     * key's choices earn full credit and the others none. */
    choiceWeights: z.array(z.number().min(-1).max(1)).optional(),
    /** Feedback shown for a choice once answers are revealed, aligned with `choices`. */
    choiceFeedback: z.array(z.string().max(2000)).optional(),
    /**
     * Short answer, cloze, numeric and true/false: feedback for one answer the learner may give,
     * matched the way the grader matches (typed text in its accepted forms; a number within
     * `tolerance`; true or false). An answer that is not in the key is a recognised wrong answer
     * (Moodle's 0% answers): it earns nothing and only carries its feedback.
     */
    answerFeedback: z.array(answerFeedbackSchema).max(40).optional(),
    /** Feedback for any response no other feedback matches (Moodle's `*` catch-all answer). */
    otherFeedback: z.string().min(1).max(2000).optional(),
    /** Moodle's question ID number (`// [id:...]` in GIFT); kept so an export can write it back. */
    idNumber: z.string().min(1).max(100).optional(),
    /** Short answer and numeric: answers earning partial credit (numeric ones with a tolerance). */
    partialAnswers: z
      .array(z.object({ answer: z.union([z.string().min(1), z.number().finite()]), fraction: z.number().gt(0).lt(1), tolerance: z.number().nonnegative().optional() }))
      .optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message, path: ["answer"] });
    if (q.choiceFeedback && q.choices && q.choiceFeedback.length !== q.choices.length)
      ctx.addIssue({ code: "custom", message: "choice feedback must match the choices one to one", path: ["choiceFeedback"] });
    const expected = q.type === "true_false" ? "boolean" : q.type === "numeric" ? "number" : q.type === "short_answer" || q.type === "cloze" ? "string" : undefined;
    if (q.answerFeedback?.length && (!expected || q.answerFeedback.some((f) => typeof f.answer !== expected)))
      ctx.addIssue({ code: "custom", message: expected ? `answer feedback for ${q.type} must be for ${expected} answers` : `${q.type} questions take choice feedback, not answer feedback`, path: ["answerFeedback"] });
    switch (q.type) {
      case "multiple_choice":
        if (q.choiceWeights && q.choices && q.choiceWeights.length !== q.choices.length)
          issue("choice weights must match the choices one to one");
        if (typeof q.answer !== "string") issue("multiple choice needs the correct choice's text");
        else if (!q.choices || q.choices.length < 2) issue("multiple choice needs at least two choices");
        else if (!q.choices.includes(q.answer)) issue("the answer must be one of the choices");
        break;
      case "multiple_response":
        if (q.choiceWeights && q.choices && q.choiceWeights.length !== q.choices.length)
          issue("choice weights must match the choices one to one");
        if (!Array.isArray(q.answer) || !q.answer.every((a) => typeof a === "string"))
          issue("multiple response needs a list of correct choices");
        else if (!q.choices || !q.answer.every((a) => q.choices!.includes(a as string)))
          issue("every correct answer must be one of the choices");
        break;
      case "true_false":
        if (typeof q.answer !== "boolean") issue("true/false needs a boolean answer");
        break;
      case "numeric":
        if (typeof q.answer !== "number") issue("numeric needs a number answer");
        break;
      case "short_answer":
      case "cloze":
        if (typeof q.answer !== "string") issue(`${q.type} needs the expected text`);
        break;
      case "ordering":
        if (!Array.isArray(q.answer) || !q.answer.every((a) => typeof a === "string") || q.answer.length < 2)
          issue("ordering needs at least two items in their correct order");
        break;
      case "matching":
        if (!Array.isArray(q.answer) || !q.answer.every((a) => typeof a === "object") || q.answer.length < 2)
          issue("matching needs at least two pairs");
        break;
    }
  });
export type Question = z.infer<typeof questionSchema>;

/** What a learner submits for one question. Shape depends on the question type. */
export const responseSchema = z.union([
  z.string().max(2000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(500)).max(20),
  z.record(z.string().max(500), z.string().max(500)),
]);
export type LearnerResponse = z.infer<typeof responseSchema>;

export interface GradeResult {
  /** Fraction of the question's marks earned, 0..1. */
  fraction: number;
  correct: boolean;
}

/** The CLI contract's output. */
export interface GenerateOutput {
  questions: Question[];
}
