import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { questionRowSelect, toDomainQuestion } from "./question-record";

export async function getQuestionForEditing({ actor, questionId }: { actor: Actor; questionId: string }) {
  const row = await getDb().question.findUnique({
    where: { id: questionId },
    select: { id: true, status: true, version: true, authorId: true, articleId: true, ...questionRowSelect },
  });
  if (!row) throw new NotFoundError("Question");
  assertOwner(actor, row.authorId, "Question");
  return { id: row.id, status: row.status, version: row.version, articleId: row.articleId, question: toDomainQuestion(row) };
}
