import "server-only";
import { getDb } from "@/prisma/client";
import { parseQuizSettings } from "./quiz-settings";
import { visibleTo } from "./quiz-visibility";
import { countQuizQuestions } from "./list-published-quizzes";
import type { Actor } from "../auth/session";

/**
 * A published quiz's public face: title, description, size and source articles. No questions.
 * A quiz this person may not see (its visibility) does not exist for them.
 */
export async function getPublishedQuiz({ quizId, actor = null, now = new Date() }: { quizId: string; actor?: Actor | null; now?: Date }) {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, status: "published", ...visibleTo(actor) },
    select: {
      id: true,
      title: true,
      description: true,
      isDemo: true,
      settings: true,
      ownerId: true,
      drawRules: true,
      openAt: true,
      closeAt: true,
      questions: { select: { question: { select: { article: { select: { id: true, title: true } } } } } },
    },
  });
  if (!quiz) return null;
  const articles = new Map<string, { id: string; title: string }>();
  for (const { question } of quiz.questions) if (question.article) articles.set(question.article.id, question.article);
  return {
    id: quiz.id,
    title: quiz.title,
    description: quiz.description,
    isDemo: quiz.isDemo,
    questionCount: await countQuizQuestions({ fixed: quiz.questions.length, drawRules: quiz.drawRules, ownerId: quiz.ownerId }),
    timeLimitSeconds: parseQuizSettings(quiz.settings).timeLimitSeconds,
    articles: [...articles.values()],
    /** Whether it takes attempts now: "closed" once its close date has passed, "not_open" before its open date. */
    availability: quiz.closeAt && quiz.closeAt <= now ? ("closed" as const) : quiz.openAt && quiz.openAt > now ? ("not_open" as const) : ("open" as const),
    openAt: quiz.openAt,
    closeAt: quiz.closeAt,
  };
}
