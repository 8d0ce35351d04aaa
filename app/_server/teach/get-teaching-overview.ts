import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertTeacher, ownedBy } from "../auth/permissions";

/** The teacher's dashboard: their articles with question counts by status, and their quizzes. */
export async function getTeachingOverview({ actor }: { actor: Actor }) {
  assertTeacher(actor);
  const db = getDb();
  const [articles, counts, quizzes] = await Promise.all([
    db.article.findMany({
      where: ownedBy(actor, "createdById"),
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, title: true, source: true, publishedAt: true, createdAt: true },
    }),
    db.question.groupBy({
      by: ["articleId", "status"],
      where: { ...ownedBy(actor, "authorId"), articleId: { not: null } },
      _count: { _all: true },
    }),
    db.quiz.findMany({
      where: ownedBy(actor, "ownerId"),
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, title: true, status: true, createdAt: true, _count: { select: { questions: true, attempts: true } } },
    }),
  ]);
  const byArticle = new Map<string, Record<string, number>>();
  for (const c of counts) {
    if (!c.articleId) continue;
    const entry = byArticle.get(c.articleId) ?? {};
    entry[c.status] = c._count._all;
    byArticle.set(c.articleId, entry);
  }
  return {
    articles: articles.map((a) => {
      const c = byArticle.get(a.id) ?? {};
      return { ...a, drafts: c.draft ?? 0, approved: c.approved ?? 0, rejected: c.rejected ?? 0 };
    }),
    quizzes: quizzes.map(({ _count, ...q }) => ({ ...q, questionCount: _count.questions, attemptCount: _count.attempts })),
  };
}
