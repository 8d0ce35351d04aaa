import "server-only";
import { getDb } from "@/prisma/client";
import { generateQuestionsOffThread } from "../imports/off-thread";
import { storeDrafts, storeFacts } from "./store-drafts";

export interface StoreArticleInput {
  title: string;
  text: string;
  source?: string | null;
  publishedAt?: Date | null;
  createdById?: string | null;
}

/**
 * Runs an article through the generator and stores the article, its facts and its drafts (one
 * question per fact, best ranked first, each with its other forms as variants) in one transaction.
 * Returns the question ids in rank order.
 */
export async function storeGeneratedArticle(input: StoreArticleInput) {
  const { cleanText, facts, drafts, more } = await generateQuestionsOffThread(input.text, {
    title: input.title,
    publishedAt: input.publishedAt ?? undefined,
  });
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        title: input.title,
        source: input.source ?? null,
        publishedAt: input.publishedAt ?? null,
        rawText: input.text,
        cleanText,
        createdById: input.createdById ?? null,
        moreDrafts: more,
      },
      select: { id: true },
    });
    const factOf = await storeFacts(tx, article.id, facts, { fresh: true });
    const questionIds = await storeDrafts(tx, { articleId: article.id, authorId: input.createdById ?? null, drafts, factOf });
    return { articleId: article.id, questionIds };
  });
}
