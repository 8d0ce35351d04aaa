import "server-only";
import { getDb } from "@/prisma/client";
import { gradeResponse } from "@/questions/grade";
import { questionSchema, responseSchema, type Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { questionRowSelect, saveTags, toDomainQuestion, toQuestionRow } from "./question-record";
import { snapshotQuestion } from "./question-history";
import { VersionConflictError } from "./update-question";
import { getQuestionForEditing } from "./get-question-for-editing";

/**
 * The question to fix from a quiz's report (/teach/quizzes/:quizId/regrade/:questionId): the quiz
 * in the address must be the actor's too, not only the question, or any quiz id would be taken.
 */
export async function getQuestionToRegrade({ actor, quizId, questionId }: { actor: Actor; quizId: string; questionId: string }) {
  const quiz = await getDb().quiz.findUnique({ where: { id: quizId }, select: { ownerId: true } });
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  return getQuestionForEditing({ actor, questionId });
}

/**
 * Fixes a question's key and re-marks every stored response to it, in every quiz that uses it,
 * then recomputes those attempts' scores. One transaction: a learner never sees half a regrade.
 */
export async function regradeQuestion({ actor, questionId, expectedVersion, question }: { actor: Actor; questionId: string; expectedVersion: number; question: Question }) {
  const db = getDb();
  const current = await db.question.findUnique({ where: { id: questionId }, select: { authorId: true, version: true, ...questionRowSelect } });
  if (!current) throw new NotFoundError("Question");
  assertOwner(actor, current.authorId, "Question");
  const fixed = questionSchema.parse(question);
  const nextVersion = expectedVersion + 1;

  return db.$transaction(async (tx) => {
    const { count } = await tx.question.updateMany({ where: { id: questionId, version: expectedVersion }, data: { ...toQuestionRow(fixed), version: nextVersion } });
    if (count === 0) throw new VersionConflictError();
    await snapshotQuestion(tx, questionId, expectedVersion, toDomainQuestion(current));
    await saveTags(tx, questionId, fixed.tags);

    const pointsByQuiz = new Map(
      (await tx.quizQuestion.findMany({ where: { questionId }, select: { quizId: true, points: true } })).map((q) => [q.quizId, q.points]),
    );
    const responses = await tx.response.findMany({ where: { questionId }, select: { id: true, response: true, attemptId: true, attempt: { select: { quizId: true, layout: true } } } });
    // The points this question was worth in that attempt: its layout knows (random draws too).
    const pointsIn = (attempt: { quizId: string; layout: string }) => {
      const entry = (JSON.parse(attempt.layout) as { questionId: string; points: number }[]).find((l) => l.questionId === questionId);
      return entry?.points ?? pointsByQuiz.get(attempt.quizId) ?? 1;
    };
    const touched = new Set<string>();
    let changed = 0;
    for (const r of responses) {
      const parsed = responseSchema.safeParse(JSON.parse(r.response));
      const fraction = parsed.success ? gradeResponse(fixed, parsed.data).fraction : 0;
      const points = fraction * pointsIn(r.attempt);
      await tx.response.update({ where: { id: r.id }, data: { fraction, points, questionVersion: nextVersion } });
      touched.add(r.attemptId);
      changed++;
    }
    for (const attemptId of touched) {
      const { _sum } = await tx.response.aggregate({ where: { attemptId }, _sum: { points: true } });
      await tx.attempt.update({ where: { id: attemptId }, data: { score: _sum.points ?? 0 } });
    }
    return { version: nextVersion, responses: changed, attempts: touched.size };
  });
}
