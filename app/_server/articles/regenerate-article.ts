import "server-only";
import { getDb } from "@/prisma/client";
import { generateQuestionsOffThread } from "../imports/off-thread";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { unseenDrafts } from "./draft-keys";
import { storeDrafts, storedDraftKeys, storeFacts } from "./store-drafts";
import { DRAFTS_PER_REQUEST } from "./draft-more-questions";

/**
 * Runs the generator again over an article (after an upgrade, say). Drafts nobody has used or
 * edited are replaced; approved and rejected questions, drafts the teacher edited (or switched to
 * another form), and anything in a quiz stay as they are, and new
 * drafts that ask the same fact as one of them are left out. An article whose teacher drafted
 * more than the first batch gets as many back.
 */
export async function regenerateArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, rawText: true, cleanText: true, publishedAt: true, createdById: true, questions: { select: { id: true, status: true, version: true, _count: { select: { quizzes: true, responses: true } } } } },
  });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");

  const limit = Math.max(DRAFTS_PER_REQUEST, article.questions.length);
  const { facts, drafts, more } = await generateQuestionsOffThread(article.rawText, { title: article.title, publishedAt: article.publishedAt ?? undefined, limit });
  // Every edit bumps the version: an edited draft is the teacher's work, not the generator's.
  const kept = article.questions.filter((q) => q.status !== "draft" || q.version > 1 || q._count.quizzes > 0 || q._count.responses > 0);
  const removable = article.questions.filter((q) => !kept.includes(q)).map((q) => q.id);

  return db.$transaction(async (tx) => {
    const fresh = unseenDrafts(drafts, await storedDraftKeys(tx, { id: { in: kept.map((q) => q.id) } }));
    await tx.question.deleteMany({ where: { id: { in: removable } } });
    const factOf = await storeFacts(tx, article.id, facts);
    await storeDrafts(tx, { articleId: article.id, authorId: article.createdById, drafts: fresh, factOf, cleanText: article.cleanText });
    await tx.article.update({ where: { id: article.id }, data: { moreDrafts: more } });
    return { removed: removable.length, created: fresh.length, kept: kept.length };
  });
}
