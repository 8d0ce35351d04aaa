import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";

/**
 * Lets "This week's news" draw this article's approved questions, or stops it. Only the article's
 * teacher (or an admin) decides: the weekly quiz shows every learner the answers after submitting.
 * docs/decisions/020-what-the-weekly-quiz-may-draw.md
 */
export async function shareArticleWithWeeklyQuiz({ actor, articleId, shared }: { actor: Actor; articleId: string; shared: boolean }) {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true } });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");
  await db.article.update({ where: { id: articleId }, data: { sharedWithWeeklyQuiz: shared } });
  return { shared };
}
