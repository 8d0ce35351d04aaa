// Quiz settings as learners meet them: attempt limits, random draws, shuffling, review timing,
// previews that count nowhere.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { AttemptLimitError, startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { getAttemptResult } from "@/app/_server/attempts/get-attempt-result";
import { getQuizReport } from "@/app/_server/quizzes/quiz-report";
import { listMyAttempts } from "@/app/_server/history/list-my-attempts";
import { NotFoundError } from "@/app/_server/http/errors";
import { DEADLINE_GRACE_MS } from "@/app/_server/quizzes/quiz-settings";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const tf = (prompt: string, tags?: string[]): Question => ({ type: "true_false", prompt, answer: true, explanation: "Because the article says so.", ...(tags ? { tags } : {}) });

async function teacherWithQuestions(count: number, tags?: string[]) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: Array.from({ length: count }, (_, i) => tf(`Statement number ${i + 1}?`, tags)) });
  return { teacher, ids };
}

describe("quiz settings", () => {
  it("enforces the number of attempts", async () => {
    const { teacher, ids } = await teacherWithQuestions(1);
    const quiz = await createQuiz({ actor: teacher, input: { title: "Once only", questionIds: ids, attemptsAllowed: 1 } });
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    expect((await startAttempt({ quizId: quiz.id, actor: learner })).id).toBe(id); // resuming is not a new attempt
    await submitAttempt({ attemptId: id, actor: learner, responses: {} });
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toBeInstanceOf(AttemptLimitError);
  });

  it("draws questions at random per attempt and keeps them through reloads", async () => {
    const { teacher } = await teacherWithQuestions(12, ["pacific"]);
    const quiz = await createQuiz({ actor: teacher, input: { title: "Random five", draws: [{ tag: "pacific", count: 5, points: 2 }] } });
    const learner = await createLearner();
    const first = await startAttempt({ quizId: quiz.id, actor: learner });
    const view = await getAttemptForTaking({ attemptId: first.id, actor: learner });
    expect(view.questions).toHaveLength(5);
    expect(new Set(view.questions.map((q) => q.id)).size).toBe(5);
    expect((await getAttemptForTaking({ attemptId: first.id, actor: learner })).questions.map((q) => q.id)).toEqual(view.questions.map((q) => q.id));
    const outcome = await submitAttempt({ attemptId: first.id, actor: learner, responses: Object.fromEntries(view.questions.map((q) => [q.id, true])) });
    expect(outcome).toEqual({ status: "submitted", score: 10, maxScore: 10 });

    // Over several learners the draws differ (5 of 12: the same five twice in a row is 1 in 792).
    const sets = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const other = await createLearner();
      const a = await startAttempt({ quizId: quiz.id, actor: other });
      sets.add((await getAttemptForTaking({ attemptId: a.id, actor: other })).questions.map((q) => q.id).sort().join());
    }
    expect(sets.size).toBeGreaterThan(1);
    const report = await getQuizReport({ actor: teacher, quizId: quiz.id });
    expect(report.questions.length).toBe(5);
    expect(report.questions.every((q) => q.points === 2 && q.stats.facility === 1)).toBe(true);
  });

  it("shuffles question order per attempt when asked", async () => {
    const { teacher, ids } = await teacherWithQuestions(8);
    const quiz = await createQuiz({ actor: teacher, input: { title: "Shuffled", questionIds: ids, shuffleQuestions: true } });
    const orders = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const learner = await createLearner();
      const a = await startAttempt({ quizId: quiz.id, actor: learner });
      const view = await getAttemptForTaking({ attemptId: a.id, actor: learner });
      expect([...view.questions.map((q) => q.id)].sort()).toEqual([...ids].sort());
      orders.add(view.questions.map((q) => q.id).join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("keeps answers back until the quiz closes when it says so", async () => {
    const { teacher, ids } = await teacherWithQuestions(1);
    const closeAt = new Date(Date.now() + 3600_000);
    const quiz = await createQuiz({ actor: teacher, input: { title: "Later", questionIds: ids, review: "after_close", closeAt } });
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[0]!]: false } });
    const before = await getAttemptResult({ attemptId: id, actor: learner });
    if ("notSubmitted" in before) throw new Error("expected a result");
    expect(before.answersShown).toBe(false);
    expect(JSON.stringify(before.questions)).not.toMatch(/Because the article says so|"correctAnswer":"True"/);
    // Not even right or wrong per question: on a true/false question that is the answer.
    expect(before.questions[0]).toMatchObject({ fraction: null, earned: null });
    expect(before.score).toBe(0);
    // Once no attempt can change: past the close and the grace for answers in flight.
    const after = await getAttemptResult({ attemptId: id, actor: learner, now: new Date(closeAt.getTime() + DEADLINE_GRACE_MS + 1000) });
    if ("notSubmitted" in after) throw new Error("expected a result");
    expect(after.questions[0]).toMatchObject({ correctAnswer: "True", explanation: "Because the article says so.", fraction: 0, earned: 0 });
  });

  it("refuses a quiz that closes before it opens, and an empty one", async () => {
    const { teacher, ids } = await teacherWithQuestions(1);
    await expect(createQuiz({ actor: teacher, input: { title: "Backwards", questionIds: ids, openAt: new Date("2026-02-01"), closeAt: new Date("2026-01-01") } })).rejects.toThrow(/close after it opens/);
    await expect(createQuiz({ actor: teacher, input: { title: "Empty" } })).rejects.toThrow(/at least one/);
  });

  it("lets a teacher preview their draft quiz without it counting anywhere", async () => {
    const { teacher, ids } = await teacherWithQuestions(2);
    const quiz = await createQuiz({ actor: teacher, input: { title: "Draft", questionIds: ids, publish: false, attemptsAllowed: 1 } });
    const learner = await createLearner();
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startAttempt({ quizId: quiz.id, actor: learner, preview: true })).rejects.toThrow();
    const { id } = await startAttempt({ quizId: quiz.id, actor: teacher, preview: true });
    await submitAttempt({ attemptId: id, actor: teacher, responses: {} });
    const again = await startAttempt({ quizId: quiz.id, actor: teacher, preview: true });
    expect(again.id).not.toBe(id);
    expect((await getQuizReport({ actor: teacher, quizId: quiz.id })).grades).toEqual([]);
    expect(await listMyAttempts({ actor: teacher })).toEqual([]);
  });
});
