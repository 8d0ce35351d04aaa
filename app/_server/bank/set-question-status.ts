import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertTeacher, ownedBy } from "../auth/permissions";
import { NotFoundError } from "../http/errors";

export const QUESTION_STATUSES = ["draft", "approved", "rejected"] as const;
export const questionStatusSchema = z.enum(QUESTION_STATUSES);

/**
 * Approves, rejects or returns to draft a set of questions, all or nothing: if any id is not the
 * actor's, nothing changes and the whole request is "not found".
 */
export async function setQuestionStatus({ actor, questionIds, status }: { actor: Actor; questionIds: string[]; status: z.infer<typeof questionStatusSchema> }) {
  assertTeacher(actor);
  const ids = z.array(z.string().min(1).max(64)).min(1).max(500).parse([...new Set(questionIds)]);
  const next = questionStatusSchema.parse(status);
  return getDb().$transaction(async (tx) => {
    const owned = await tx.question.count({ where: { id: { in: ids }, ...ownedBy(actor, "authorId") } });
    if (owned !== ids.length) throw new NotFoundError("Question");
    const { count } = await tx.question.updateMany({ where: { id: { in: ids } }, data: { status: next } });
    return { updated: count };
  });
}
