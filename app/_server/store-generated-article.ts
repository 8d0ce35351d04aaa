import "server-only";
import { getDb } from "@/prisma/client";
import { generateQuestions } from "@/questions";
import { toQuestionRow } from "./question-record";

export interface StoreArticleInput {
  title: string;
  text: string;
  source?: string | null;
  publishedAt?: Date | null;
  createdById?: string | null;
}

/**
 * Runs an article through the generator and stores the article, its facts and its questions
 * (as drafts, best ranked first) in one transaction. Returns the ids in rank order.
 */
export async function storeGeneratedArticle(input: StoreArticleInput) {
  const { cleanText, facts, questions } = generateQuestions(input.text, {
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
      },
      select: { id: true },
    });
    const factIds: string[] = [];
    for (const fact of facts) {
      const { kind, sentence, start, end, ...values } = fact;
      const row = await tx.fact.create({
        data: { articleId: article.id, kind, values: JSON.stringify(values), sentence, start, end },
        select: { id: true },
      });
      factIds.push(row.id);
    }
    const questionIds: string[] = [];
    for (const question of questions) {
      // Link a question to the fact it was built from: same sentence, same kind.
      const factIndex = facts.findIndex((f) => f.kind === question.factKind && f.sentence === question.source?.sentence);
      const row = await tx.question.create({
        data: {
          ...toQuestionRow(question),
          status: "draft",
          articleId: article.id,
          factId: factIndex >= 0 ? factIds[factIndex] : null,
          authorId: input.createdById ?? null,
        },
        select: { id: true },
      });
      questionIds.push(row.id);
    }
    return { articleId: article.id, questionIds };
  });
}
