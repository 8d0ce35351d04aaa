import "server-only";
import { getDb } from "@/prisma/client";
import { parseDrawRules } from "./quiz-settings";
import { drawPool } from "./draw-pool";

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
      ownerId: true,
      drawRules: true,
      _count: { select: { questions: true } },
    },
  });
  const db = getDb();
  const summaries = await Promise.all(
    quizzes.map(async ({ _count, drawRules, ownerId, ...q }) => {
      let count = _count.questions;
      // Drawn questions count as many as the pool can give (one count query per draw rule).
      for (const rule of parseDrawRules(drawRules)) count += Math.min(rule.count, await db.question.count({ where: await drawPool(rule, ownerId, now) }));
      return { ...q, questionCount: count };
    }),
  );
  // A quiz with nothing to ask (say, no news approved this week) is not offered.
  return summaries.filter((q) => q.questionCount > 0);
}
