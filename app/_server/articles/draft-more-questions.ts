import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import { generateQuestionsOffThread } from "../imports/off-thread";
import type { Actor } from "../auth/session";
import { assertOwner, assertTeacher } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { unseenDrafts } from "./draft-keys";
import { storeDrafts, storedDraftKeys, storeFacts } from "./store-drafts";

/** Drafts a teacher is given at a time: the generator's default for a new article, and each "more". */
export const DRAFTS_PER_REQUEST = 20;

const idSchema = z.string().min(1).max(64);

/**
 * "Draft more questions": asks the generator for the next drafts of an article (as many again as
 * it has questions, plus DRAFTS_PER_REQUEST) and stores those whose fact the article has no
 * question for yet, whatever their status. Nothing new to ask is an answer, not an error:
 * `{ added: 0 }`. `more` says whether another request could add any (stored on the article, so
 * the page offers the button only while it would do something).
 */
export async function draftMoreQuestions({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertTeacher(actor);
  if (!idSchema.safeParse(articleId).success) throw new NotFoundError("Article");
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, rawText: true, cleanText: true, publishedAt: true, createdById: true, _count: { select: { questions: true } } },
  });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");

  const { drafts, more } = await generateQuestionsOffThread(article.rawText, {
    title: article.title,
    publishedAt: article.publishedAt ?? undefined,
    limit: article._count.questions + DRAFTS_PER_REQUEST,
  });
  return db.$transaction(async (tx) => {
    // Two requests at once (two tabs) must not both add the same facts: the first to touch the
    // article's row holds it until it commits, and the second then reads what the first stored.
    await tx.$executeRaw`UPDATE "Article" SET "title" = "title" WHERE "id" = ${article.id}`;
    const unseen = unseenDrafts(drafts, await storedDraftKeys(tx, { articleId: article.id }));
    const fresh = unseen.slice(0, DRAFTS_PER_REQUEST);
    // More are left when this run found more than a batch, or a larger run might find others; a
    // run that found nothing new ends the offer, so the button never does nothing twice.
    const left = fresh.length > 0 && (unseen.length > fresh.length || more);
    await tx.article.update({ where: { id: article.id }, data: { moreDrafts: left } });
    if (fresh.length === 0) return { added: 0, questionIds: [] as string[], more: left };
    const factOf = await storeFacts(tx, article.id, fresh.flatMap((d) => (d.fact ? [d.fact] : [])));
    const questionIds = await storeDrafts(tx, { articleId: article.id, authorId: article.createdById, drafts: fresh, factOf, cleanText: article.cleanText });
    return { added: questionIds.length, questionIds, more: left };
  });
}
