import "server-only";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import type { Actor } from "./session";
import { NotFoundError } from "./errors";
import { questionRowSelect, toDomainQuestion } from "./question-record";
import { parseQuizSettings, type QuizSettings } from "./quiz-settings";

export interface LoadedAttempt {
  id: string;
  status: string;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
  quiz: { id: string; title: string; settings: QuizSettings };
  questions: {
    id: string;
    position: number;
    points: number;
    version: number;
    question: Question;
    article: { id: string; title: string; source: string | null } | null;
  }[];
  responses: Map<string, { questionVersion: number; response: string; fraction: number; points: number }>;
}

/**
 * An attempt with its quiz's questions (answer keys included: for server use only), if it
 * belongs to the actor. Someone else's attempt is reported as not found.
 */
export async function loadAttempt({ attemptId, actor }: { attemptId: string; actor: Actor }): Promise<LoadedAttempt> {
  const attempt = await getDb().attempt.findFirst({
    where: { id: attemptId, userId: actor.id },
    select: {
      id: true,
      status: true,
      startedAt: true,
      deadlineAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      quiz: {
        select: {
          id: true,
          title: true,
          settings: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              position: true,
              points: true,
              question: {
                select: { id: true, version: true, ...questionRowSelect, article: { select: { id: true, title: true, source: true } } },
              },
            },
          },
        },
      },
      responses: { select: { questionId: true, questionVersion: true, response: true, fraction: true, points: true } },
    },
  });
  if (!attempt) throw new NotFoundError("Attempt");
  return {
    ...attempt,
    quiz: { id: attempt.quiz.id, title: attempt.quiz.title, settings: parseQuizSettings(attempt.quiz.settings) },
    questions: attempt.quiz.questions.map((qq) => ({
      id: qq.question.id,
      position: qq.position,
      points: qq.points,
      version: qq.question.version,
      question: toDomainQuestion(qq.question),
      article: qq.question.article,
    })),
    responses: new Map(attempt.responses.map(({ questionId, ...r }) => [questionId, r])),
  };
}
