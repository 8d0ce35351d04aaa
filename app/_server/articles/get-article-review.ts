import "server-only";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { parseVariants, questionRowSelect, toDomainQuestion } from "../bank/question-record";

export interface ReviewQuestion {
  id: string;
  status: string;
  version: number;
  question: Question;
  /** The same fact in other forms, which the teacher can switch the question to. */
  variants: Question[];
  /** In a quiz or answered: its form can no longer be switched (switchQuestionForm). */
  inUse: boolean;
}

/**
 * An article with every question made from it (one per fact, best ranked first, each with its
 * other forms) for its owner to review.
 */
export async function getArticleReview({ actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      source: true,
      publishedAt: true,
      sharedWithWeeklyQuiz: true,
      cleanText: true,
      createdById: true,
      questions: {
        // Drafts of equal score keep the order they were stored in (cuids grow within a process).
        orderBy: [{ score: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, version: true, variants: true, ...questionRowSelect, _count: { select: { quizzes: true, responses: true } } },
      },
    },
  });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");
  const { questions, createdById: _owner, ...rest } = article;
  void _owner;
  return {
    ...rest,
    questions: questions.map(
      (q): ReviewQuestion => ({
        id: q.id,
        status: q.status,
        version: q.version,
        question: toDomainQuestion(q),
        variants: parseVariants(q.variants),
        inUse: q._count.quizzes > 0 || q._count.responses > 0,
      }),
    ),
  };
}
