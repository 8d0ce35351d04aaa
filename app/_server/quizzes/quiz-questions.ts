import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertOwner, ownedBy } from "../auth/permissions";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { listApprovedQuestions, QUIZ_MAX_QUESTIONS } from "./create-quiz";
import { parseDrawRules } from "./quiz-settings";

// A quiz's own (fixed) questions after it is made, published or not: add, remove, reorder.
//
// Attempts are not touched. Each attempt keeps the questions it was given in its `layout` (ids and
// points, fixed when it started: decision 006), and its responses and score are its own rows, so
// an attempt made or in progress keeps its questions, marks and score, and a regrade of a removed
// question still reaches it. The report lists a removed question among those the attempts
// answered. Only attempts from before layouts were stored (an empty layout) read the quiz's list:
// they are given today's list as their layout first, so a change does not reach them either.

const idSchema = z.string().min(1).max(64);

export const quizQuestionsInputSchema = z.object({
  /** The quiz's questions as they should be, in order. */
  questionIds: z.array(idSchema).max(QUIZ_MAX_QUESTIONS, `A quiz holds at most ${QUIZ_MAX_QUESTIONS} questions.`),
});

export class EmptyPublishedQuizError extends ForbiddenError {
  constructor() {
    super("A published quiz needs a question to ask: add another first, or unpublish the quiz.");
    this.name = "EmptyPublishedQuizError";
  }
}

async function ownedQuiz(actor: Actor, quizId: string) {
  if (!idSchema.safeParse(quizId).success) throw new NotFoundError("Quiz");
  const quiz = await getDb().quiz.findUnique({
    where: { id: quizId },
    select: {
      id: true, title: true, ownerId: true, status: true, drawRules: true,
      questions: { orderBy: { position: "asc" }, select: { questionId: true, points: true } },
      _count: { select: { attempts: { where: { preview: false } } } },
    },
  });
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  return quiz;
}

/** The quiz's questions in order, the owner's approved questions it could add, and its attempts. */
export async function getQuizQuestionsForEditing({ actor, quizId }: { actor: Actor; quizId: string }) {
  const quiz = await ownedQuiz(actor, quizId);
  const db = getDb();
  const ids = quiz.questions.map((q) => q.questionId);
  const [rows, inProgress, approved] = await Promise.all([
    db.question.findMany({ where: { id: { in: ids } }, select: { id: true, type: true, prompt: true, status: true, article: { select: { title: true } } } }),
    db.attempt.count({ where: { quizId: quiz.id, preview: false, status: "in_progress" } }),
    listApprovedQuestions({ actor }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inQuiz = new Set(ids);
  return {
    id: quiz.id,
    title: quiz.title,
    status: quiz.status,
    draws: parseDrawRules(quiz.drawRules).length,
    attempts: quiz._count.attempts,
    inProgress,
    questions: quiz.questions.flatMap((q) => {
      const row = byId.get(q.questionId);
      return row ? [{ id: row.id, type: row.type, prompt: row.prompt, status: row.status, points: q.points, article: row.article?.title ?? null }] : [];
    }),
    candidates: approved.filter((q) => !inQuiz.has(q.id)).map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, article: q.article?.title ?? null })),
  };
}

/**
 * Sets the quiz's questions to `questionIds`, in that order. Questions already in the quiz may
 * stay (even if no longer approved); a new one must be one of the actor's approved questions, as
 * when a quiz is made. A question that stays keeps its points; a new one is worth 1.
 */
export async function setQuizQuestions({ actor, quizId, input }: { actor: Actor; quizId: string; input: z.input<typeof quizQuestionsInputSchema> }) {
  const { questionIds } = quizQuestionsInputSchema.parse(input);
  const quiz = await ownedQuiz(actor, quizId);
  const ids = [...new Set(questionIds)];
  const points = new Map(quiz.questions.map((q) => [q.questionId, q.points]));
  const added = ids.filter((id) => !points.has(id));
  const db = getDb();
  if (added.length) {
    const usable = await db.question.count({ where: { id: { in: added }, status: "approved", ...ownedBy(actor, "authorId") } });
    if (usable !== added.length) throw new ForbiddenError("Only your own approved questions can go into a quiz.");
  }
  if (ids.length === 0 && quiz.status === "published" && parseDrawRules(quiz.drawRules).length === 0) throw new EmptyPublishedQuizError();

  const before = quiz.questions.map((q) => ({ questionId: q.questionId, points: q.points }));
  await db.$transaction(async (tx) => {
    // Attempts from before layouts were kept follow the quiz's list: give them today's first.
    if (before.length) await tx.attempt.updateMany({ where: { quizId: quiz.id, layout: "[]" }, data: { layout: JSON.stringify(before) } });
    await tx.quizQuestion.deleteMany({ where: { quizId: quiz.id } });
    await tx.quizQuestion.createMany({ data: ids.map((questionId, position) => ({ quizId: quiz.id, questionId, position, points: points.get(questionId) ?? 1 })) });
  });
  return { questions: ids.length, added: added.length, removed: before.filter((q) => !ids.includes(q.questionId)).length, attempts: quiz._count.attempts };
}
