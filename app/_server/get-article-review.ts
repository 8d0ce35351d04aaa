import "server-only";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import type { Actor } from "./session";
import { assertOwner } from "./permissions";
import { NotFoundError } from "./errors";
import { questionRowSelect, toDomainQuestion } from "./question-record";

export interface ReviewQuestion {
  id: string;
  status: string;
  version: number;
  question: Question;
}

/** An article with every question made from it, best ranked first, for its owner to review. */
export async function getArticleReview({ actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      source: true,
      publishedAt: true,
      cleanText: true,
      createdById: true,
      questions: {
        orderBy: [{ score: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
        select: { id: true, status: true, version: true, authorId: true, ...questionRowSelect },
      },
    },
  });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");
  const { questions, createdById: _owner, ...rest } = article;
  void _owner;
  return {
    ...rest,
    questions: questions.map((q): ReviewQuestion => ({ id: q.id, status: q.status, version: q.version, question: toDomainQuestion(q) })),
  };
}
