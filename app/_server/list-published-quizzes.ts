import "server-only";
import { getDb } from "@/prisma/client";

export interface QuizSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  isDemo: boolean;
  createdAt: Date;
}

/** Quizzes anyone may see on the home page: published and open now. */
export async function listPublishedQuizzes({ now = new Date() }: { now?: Date } = {}): Promise<QuizSummary[]> {
  const quizzes = await getDb().quiz.findMany({
    where: {
      status: "published",
      OR: [{ openAt: null }, { openAt: { lte: now } }],
      AND: [{ OR: [{ closeAt: null }, { closeAt: { gt: now } }] }],
    },
    orderBy: [{ isDemo: "desc" }, { createdAt: "desc" }],
    take: 100,
    select: {
      id: true,
      title: true,
      description: true,
      isDemo: true,
      createdAt: true,
      _count: { select: { questions: true } },
    },
  });
  return quizzes.map(({ _count, ...q }) => ({ ...q, questionCount: _count.questions }));
}
