import "server-only";
import { getDb } from "@/prisma/client";
import { generateQuestions } from "@/questions";
import type { Actor } from "./session";
import { assertOwner } from "./permissions";
import { NotFoundError } from "./errors";
import { toQuestionRow } from "./question-record";

/**
 * Runs the generator again over an article (after an upgrade, say). Drafts nobody has used are
 * replaced; approved and rejected questions, and anything in a quiz, stay as they are, and new
 * drafts that repeat one of them are left out.
 */
export async function regenerateArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, title: true, rawText: true, publishedAt: true, createdById: true, questions: { select: { id: true, status: true, prompt: true, _count: { select: { quizzes: true, responses: true } } } } },
  });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");

  const { questions } = generateQuestions(article.rawText, { title: article.title, publishedAt: article.publishedAt ?? undefined });
  const kept = article.questions.filter((q) => q.status !== "draft" || q._count.quizzes > 0 || q._count.responses > 0);
  const removable = article.questions.filter((q) => !kept.includes(q)).map((q) => q.id);
  const keptPrompts = new Set(kept.map((q) => q.prompt));
  const fresh = questions.filter((q) => !keptPrompts.has(q.prompt));

  return db.$transaction(async (tx) => {
    await tx.question.deleteMany({ where: { id: { in: removable } } });
    for (const q of fresh) {
      await tx.question.create({ data: { ...toQuestionRow(q), status: "draft", articleId: article.id, authorId: article.createdById } });
    }
    return { removed: removable.length, created: fresh.length, kept: kept.length };
  });
}
