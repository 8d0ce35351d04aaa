import "server-only";
import { getDb } from "@/prisma/client";
import { parseDrawRules } from "./quiz-settings";
import { drawPool } from "./draw-pool";
import { visibleTo } from "./quiz-visibility";
import type { Actor } from "../auth/session";

export interface QuizSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  isDemo: boolean;
  createdAt: Date;
}

/**
 * The quizzes on the home page: published, open now, visible to this person (nobody signed in
 * sees only public ones) and with something to ask.
 */
export async function listPublishedQuizzes({ now = new Date(), actor = null }: { now?: Date; actor?: Actor | null } = {}): Promise<QuizSummary[]> {
  const quizzes = await getDb().quiz.findMany({
    where: {
      status: "published",
      OR: [{ openAt: null }, { openAt: { lte: now } }],
      AND: [{ OR: [{ closeAt: null }, { closeAt: { gt: now } }] }, visibleTo(actor)],
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
  const summaries = await Promise.all(
    quizzes.map(async ({ _count, drawRules, ownerId, ...q }) => ({ ...q, questionCount: await countQuizQuestions({ fixed: _count.questions, drawRules, ownerId, now }) })),
  );
  // A quiz with nothing to ask (say, no news approved this week) is not offered.
  return summaries.filter((q) => q.questionCount > 0);
}

/** Questions an attempt would get: the fixed ones, plus as many as each draw's pool can give. */
export async function countQuizQuestions({ fixed, drawRules, ownerId, now = new Date() }: { fixed: number; drawRules: string; ownerId: string | null; now?: Date }): Promise<number> {
  let count = fixed;
  // One count query per draw rule.
  for (const rule of parseDrawRules(drawRules)) count += Math.min(rule.count, await getDb().question.count({ where: await drawPool(rule, ownerId, now) }));
  return count;
}
