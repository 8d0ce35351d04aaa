import "server-only";
import { getDb } from "@/prisma/client";
import { questionSchema, type Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { questionRowSelect, saveTags, toDomainQuestion, toQuestionRow } from "./question-record";
import { snapshotQuestion } from "./question-history";

export class VersionConflictError extends Error {
  constructor() {
    super("Someone else changed this question while you were editing it. Reload to see their version.");
    this.name = "VersionConflictError";
  }
}

/**
 * Saves an edited question. `expectedVersion` is the version the editor started from: if the row
 * has moved on since, nothing is written (no lost updates between two teachers or two tabs).
 */
export async function updateQuestion({ actor, questionId, expectedVersion, question }: { actor: Actor; questionId: string; expectedVersion: number; question: Question }) {
  const db = getDb();
  const current = await db.question.findUnique({ where: { id: questionId }, select: { authorId: true, version: true, ...questionRowSelect } });
  if (!current) throw new NotFoundError("Question");
  assertOwner(actor, current.authorId, "Question");
  const parsed = questionSchema.parse(question);
  const row = toQuestionRow(parsed);
  return db.$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({
      where: { id: questionId, version: expectedVersion },
      data: { ...row, version: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflictError();
    // Past attempts keep showing the version their learners answered.
    await snapshotQuestion(tx, questionId, expectedVersion, toDomainQuestion(current));
    await saveTags(tx, questionId, parsed.tags);
    return { version: expectedVersion + 1 };
  });
}
