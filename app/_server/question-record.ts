// Converting between a Question row (JSON in text columns) and the domain's validated Question.
import { z } from "zod";
import { answerSchema, questionSchema, type Question } from "@/questions/schema";

const stringList = z.array(z.string());

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
  sourceSentence: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  factKind: string | null;
  difficulty: number | null;
  score: number | null;
}

/** The columns `toDomainQuestion` needs; spread into a Prisma `select`. */
export const questionRowSelect = {
  type: true,
  prompt: true,
  choices: true,
  answer: true,
  acceptedAnswers: true,
  tolerance: true,
  explanation: true,
  sourceSentence: true,
  sourceStart: true,
  sourceEnd: true,
  factKind: true,
  difficulty: true,
  score: true,
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
    source: row.sourceSentence
      ? { sentence: row.sourceSentence, start: row.sourceStart ?? undefined, end: row.sourceEnd ?? undefined }
      : undefined,
    factKind: row.factKind ?? undefined,
    difficulty: row.difficulty ?? undefined,
    score: row.score ?? undefined,
  });
}

export function toQuestionRow(question: Question): QuestionRow {
  const q = questionSchema.parse(question);
  return {
    type: q.type,
    prompt: q.prompt,
    choices: q.choices ? JSON.stringify(q.choices) : null,
    answer: JSON.stringify(q.answer),
    acceptedAnswers: q.acceptedAnswers ? JSON.stringify(q.acceptedAnswers) : null,
    tolerance: q.tolerance ?? null,
    explanation: q.explanation,
    sourceSentence: q.source?.sentence ?? null,
    sourceStart: q.source?.start ?? null,
    sourceEnd: q.source?.end ?? null,
    factKind: q.factKind ?? null,
    difficulty: q.difficulty ?? null,
    score: q.score ?? null,
  };
}
