import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner, assertTeacher } from "../auth/permissions";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { parseVariants, questionRowSelect, toDomainQuestion, toQuestionRow, toVariantsColumn } from "./question-record";
import { snapshotQuestion } from "./question-history";
import { VersionConflictError } from "./update-question";

export class QuestionInUseError extends ForbiddenError {
  constructor() {
    super("This question is in a quiz or has been answered, so its form stays as it is. Edit it instead.");
    this.name = "QuestionInUseError";
  }
}

/** The form's fields: the version the page showed and which of the other forms to use. */
export const switchFormSchema = z.object({
  expectedVersion: z.coerce.number().int().min(1),
  variant: z.coerce.number().int().min(0).max(99),
});

const idSchema = z.string().min(1).max(64);

export interface SwitchQuestionFormOptions {
  actor: Actor;
  questionId: string;
  expectedVersion: number;
  /** Index into the question's variants. */
  variant: number;
}

/**
 * Shows a draft's fact in another of its forms: the chosen variant becomes the question (type,
 * prompt, choices, key, accepted answers, tolerance, explanation, source) and the form it replaces
 * takes its place among the variants, so switching back is one more click. The row keeps its id,
 * status, tags and rank; its version goes up, as with an edit. A question already in a quiz or
 * answered keeps its form: learners' answers were given to it.
 */
export async function switchQuestionForm({ actor, questionId, expectedVersion, variant }: SwitchQuestionFormOptions) {
  assertTeacher(actor);
  const input = switchFormSchema.parse({ expectedVersion, variant });
  if (!idSchema.safeParse(questionId).success) throw new NotFoundError("Question");
  const db = getDb();
  const current = await db.question.findUnique({
    where: { id: questionId },
    select: { authorId: true, articleId: true, version: true, variants: true, ...questionRowSelect, _count: { select: { quizzes: true, responses: true } } },
  });
  if (!current) throw new NotFoundError("Question");
  assertOwner(actor, current.authorId, "Question");
  if (current.version !== input.expectedVersion) throw new VersionConflictError();
  if (current._count.quizzes > 0 || current._count.responses > 0) throw new QuestionInUseError();
  const variants = parseVariants(current.variants);
  const chosen = variants[input.variant];
  if (!chosen) throw new NotFoundError("Question form");

  const previous = toDomainQuestion(current);
  const { tags, ...previousForm } = previous;
  const next: Question = { ...chosen, score: current.score ?? undefined, ...(tags ? { tags } : {}) };
  const nextVariants = variants.map((v, i) => (i === input.variant ? previousForm : v));

  return db.$transaction(async (tx) => {
    // The version and "not in a quiz, not answered" are checked again as the row is written: a
    // quiz built (or another switch made) since the read above leaves it alone.
    const { count } = await tx.question.updateMany({
      where: { id: questionId, version: input.expectedVersion, quizzes: { none: {} }, responses: { none: {} } },
      data: { ...toQuestionRow(next), variants: toVariantsColumn(nextVariants), version: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflictError();
    await snapshotQuestion(tx, questionId, input.expectedVersion, previous);
    return { version: input.expectedVersion + 1, articleId: current.articleId, question: next };
  });
}
