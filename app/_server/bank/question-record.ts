// Converting between a Question row (JSON in text columns) and the domain's validated Question.
import { z } from "zod";
import { answerFeedbackSchema, answerSchema, questionSchema, type Question } from "@/questions/schema";
import { raw, type Statement } from "@/prisma/direct-sql";

const stringList = z.array(z.string());
const numberList = z.array(z.number());
/** The `partialAnswers` column; the domain schema checks the ranges. */
const partialColumn = z.array(z.object({ answer: z.union([z.string(), z.number()]), fraction: z.number(), tolerance: z.number().optional() }));

/** The `answerFeedback` column: every kind of per-answer feedback a question may carry. */
const feedbackColumn = z.object({
  choiceFeedback: z.array(z.string()).optional(),
  answerFeedback: z.array(answerFeedbackSchema).optional(),
  otherFeedback: z.string().optional(),
});

function parseJson<T>(text: string | null, schema: z.ZodType<T>, what: string): T | undefined {
  if (text === null) return undefined;
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`stored ${what} is malformed: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export interface QuestionRow {
  type: string;
  prompt: string;
  choices: string | null;
  answer: string;
  acceptedAnswers: string | null;
  tolerance: number | null;
  explanation: string;
  /** JSON (feedbackColumn); rows selected without it (older direct SQL) simply carry none. */
  answerFeedback?: string | null;
  /** JSON credits per choice; like the feedback, always selected by questionGradingSelect. */
  choiceWeights?: string | null;
  /** JSON partial-credit answers. */
  partialAnswers?: string | null;
  name?: string | null;
  idNumber?: string | null;
  sourceSentence: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  factKind: string | null;
  difficulty: number | null;
  score: number | null;
  /** Present when selected with `questionRowSelect`; rows built by hand may leave it out. */
  tags?: { tag: { name: string } }[];
}

/**
 * The columns needed to mark an answer: all but the tags, which live in their own table. One list
 * for Prisma's select and the hot path's direct SQL (questionGradingColumns), so that a column
 * added here (the weights were once forgotten) reaches every grader.
 */
const GRADING_COLUMNS = [
  "type",
  "prompt",
  "choices",
  "answer",
  "acceptedAnswers",
  "tolerance",
  "explanation",
  "answerFeedback",
  "choiceWeights",
  "partialAnswers",
  "name",
  "idNumber",
  "sourceSentence",
  "sourceStart",
  "sourceEnd",
  "factKind",
  "difficulty",
  "score",
] as const satisfies readonly (keyof QuestionRow)[];

export const questionGradingSelect = Object.fromEntries(GRADING_COLUMNS.map((c) => [c, true])) as { readonly [C in (typeof GRADING_COLUMNS)[number]]: true };

/** The same columns for direct SQL, each as `alias."column"` (our own text, never a user's). */
export function questionGradingColumns(alias: string): Statement {
  return raw(GRADING_COLUMNS.map((c) => `${alias}."${c}"`).join(", "));
}

/** The columns `toDomainQuestion` needs; spread into a Prisma `select`. */
export const questionRowSelect = {
  ...questionGradingSelect,
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
} as const;


export function toDomainQuestion(row: QuestionRow): Question {
  return questionSchema.parse({
    type: row.type,
    prompt: row.prompt,
    choices: parseJson(row.choices, stringList, "choices"),
    answer: parseJson(row.answer, answerSchema, "answer key"),
    acceptedAnswers: parseJson(row.acceptedAnswers, stringList, "accepted answers"),
    tolerance: row.tolerance ?? undefined,
    explanation: row.explanation,
    ...parseJson(row.answerFeedback ?? null, feedbackColumn, "answer feedback"),
    choiceWeights: parseJson(row.choiceWeights ?? null, numberList, "choice weights"),
    partialAnswers: parseJson(row.partialAnswers ?? null, partialColumn, "partial answers"),
    name: row.name ?? undefined,
    idNumber: row.idNumber ?? undefined,
    source: row.sourceSentence
      ? { sentence: row.sourceSentence, start: row.sourceStart ?? undefined, end: row.sourceEnd ?? undefined }
      : undefined,
    factKind: row.factKind ?? undefined,
    difficulty: row.difficulty ?? undefined,
    score: row.score ?? undefined,
    tags: row.tags?.length ? row.tags.map((t) => t.tag.name) : undefined,
  });
}

/**
 * The `variants` column: the same fact asked in other forms. Each is checked against the domain
 * schema on the way out; one that no longer passes (stored by an older generator, say) is dropped
 * rather than failing the whole review page, since the question itself is still fine.
 */
export function parseVariants(text: string | null): Question[] {
  if (text === null) return [];
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error("stored variants are malformed: not a list");
  return list.flatMap((raw) => {
    const parsed = questionSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The `variants` column for a list of forms; null when there are none. */
export function toVariantsColumn(variants: readonly Question[]): string | null {
  return variants.length ? JSON.stringify(variants.map((v) => questionSchema.parse(v))) : null;
}

/** The columns of a question row; tags live in their own table (see saveTags). */
export function toQuestionRow(question: Question): Omit<QuestionRow, "tags"> {
  const q = questionSchema.parse(question);
  return {
    type: q.type,
    prompt: q.prompt,
    choices: q.choices ? JSON.stringify(q.choices) : null,
    answer: JSON.stringify(q.answer),
    acceptedAnswers: q.acceptedAnswers ? JSON.stringify(q.acceptedAnswers) : null,
    tolerance: q.tolerance ?? null,
    explanation: q.explanation,
    answerFeedback: toFeedbackColumn(q),
    choiceWeights: q.choiceWeights ? JSON.stringify(q.choiceWeights) : null,
    partialAnswers: q.partialAnswers?.length ? JSON.stringify(q.partialAnswers) : null,
    name: q.name ?? null,
    idNumber: q.idNumber ?? null,
    sourceSentence: q.source?.sentence ?? null,
    sourceStart: q.source?.start ?? null,
    sourceEnd: q.source?.end ?? null,
    factKind: q.factKind ?? null,
    difficulty: q.difficulty ?? null,
    score: q.score ?? null,
  };
}

function toFeedbackColumn(q: Question): string | null {
  const column = {
    ...(q.choiceFeedback?.some(Boolean) ? { choiceFeedback: q.choiceFeedback } : {}),
    ...(q.answerFeedback?.length ? { answerFeedback: q.answerFeedback } : {}),
    ...(q.otherFeedback ? { otherFeedback: q.otherFeedback } : {}),
  };
  return Object.keys(column).length ? JSON.stringify(column) : null;
}

type TagWriter = {
  tag: { upsert(args: { where: { name: string }; create: { name: string }; update: object; select: { id: true } }): Promise<{ id: string }> };
  questionTag: {
    deleteMany(args: { where: { questionId: string } }): Promise<unknown>;
    create(args: { data: { questionId: string; tagId: string } }): Promise<unknown>;
  };
};

/** A question's tag names as stored: trimmed, blanks dropped, each once. */
export function tagNames(tags: readonly string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];
}

/** Replaces a question's tags (inside the caller's transaction). */
export async function saveTags(tx: TagWriter, questionId: string, tags: readonly string[] | undefined): Promise<void> {
  await tx.questionTag.deleteMany({ where: { questionId } });
  for (const name of tagNames(tags)) {
    const tag = await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
    await tx.questionTag.create({ data: { questionId, tagId: tag.id } });
  }
}
