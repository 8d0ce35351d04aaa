import "server-only";
import { getDb } from "@/prisma/client";
import { parseQuizSettings } from "./quiz-settings";

/** A published quiz's public face: title, description, size and source articles. No questions. */
export async function getPublishedQuiz({ quizId }: { quizId: string }) {
  const quiz = await getDb().quiz.findFirst({
    where: { id: quizId, status: "published" },
    select: {
      id: true,
      title: true,
      description: true,
      isDemo: true,
      settings: true,
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
    questionCount: quiz.questions.length,
    timeLimitSeconds: parseQuizSettings(quiz.settings).timeLimitSeconds,
    articles: [...articles.values()],
  };
}
