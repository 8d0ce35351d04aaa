// Answers saved as they are given: resume after a reload, marks decided by the server, deadlines
// enforced, and feedback during the attempt only when the quiz asks for it.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { AnswerLockedError, saveAnswer } from "@/app/_server/attempts/save-answer";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { viewAttempt } from "@/app/_server/attempts/view-attempt";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "multiple_choice", prompt: "Where did the ministers meet?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "The article names Port Vila." },
  { type: "numeric", prompt: "How many harbours?", answer: 11, tolerance: 0, explanation: "Eleven harbours." },
];

async function quizWith(settings: Record<string, unknown> = {}) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Saved answers", questionIds: ids, ...settings } });
  return { ids, quiz };
}

describe("answers saved as given", () => {
  it("come back after a reload and count when the final form leaves them out", async () => {
    const { ids, quiz } = await quizWith();
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    expect(await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Port Vila" } })).toEqual({ saved: true });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: 12 } });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: 11 } }); // changed their mind

    const resumed = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(resumed.questions.map((q) => q.saved)).toEqual(["Port Vila", 11]);
    expect(JSON.stringify(resumed)).not.toMatch(/article names Port Vila|Eleven harbours|"fraction"/);

    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: {} });
    expect(outcome).toEqual({ status: "submitted", score: 2, maxScore: 2 });
    await expect(saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Suva" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses answers after the deadline, for questions not in the attempt, and from other learners", async () => {
    const { ids, quiz } = await quizWith({ timeLimitMinutes: 1 });
    const learner = await createLearner();
    const started = new Date();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: started });
    const late = new Date(started.getTime() + 10 * 60_000);
    await expect(saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Port Vila" }, now: late })).rejects.toThrow(/Time is up/);
    await expect(saveAnswer({ attemptId: id, questionId: "not-in-this-quiz", actor: learner, response: { value: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveAnswer({ attemptId: id, questionId: ids[0]!, actor: await createLearner(), response: { value: "x" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives feedback during the attempt only when the quiz says so, and locks checked answers", async () => {
    const { ids, quiz } = await quizWith({ review: "during" });
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const before = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(before.feedbackDuring).toBe(true);
    expect(JSON.stringify(before)).not.toMatch(/article names Port Vila|"feedback"/);

    const checked = await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Suva" } });
    expect(checked.feedback).toMatchObject({ fraction: 0, correctAnswer: "Port Vila", explanation: "The article names Port Vila." });
    await expect(saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Port Vila" } })).rejects.toBeInstanceOf(AnswerLockedError);

    const after = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(after.questions[0]!.feedback?.correctAnswer).toBe("Port Vila");
    expect(after.questions[1]!.feedback).toBeUndefined();
    // The final form cannot overwrite a checked answer.
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[0]!]: "Port Vila", [ids[1]!]: 11 } });
    expect(outcome).toEqual({ status: "submitted", score: 1, maxScore: 2 });
  });
});

describe("time limits enforced by the server", () => {
  it("a late submission counts only the answers saved in time", async () => {
    const { ids, quiz } = await quizWith({ timeLimitMinutes: 1 });
    const learner = await createLearner();
    const started = new Date();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: started });
    await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Port Vila" }, now: new Date(started.getTime() + 30_000) });
    const late = new Date(started.getTime() + 5 * 60_000);
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[0]!]: "Suva", [ids[1]!]: 11 }, now: late });
    expect(outcome).toEqual({ status: "submitted", score: 1, maxScore: 2 });
  });

  it("an attempt left open past its deadline is closed when next viewed", async () => {
    const { ids, quiz } = await quizWith({ timeLimitMinutes: 1 });
    const learner = await createLearner();
    const started = new Date(Date.now() - 10 * 60_000);
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: started });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: 11 }, now: new Date(started.getTime() + 20_000) });
    const view = await viewAttempt({ attemptId: id, actor: learner });
    if (!("result" in view)) throw new Error("expected the attempt to be closed");
    expect(view.result.score).toBe(1);
    expect(view.result.submittedAt.getTime()).toBe(started.getTime() + 60_000);
    // Viewing again changes nothing.
    const again = await viewAttempt({ attemptId: id, actor: learner });
    expect("result" in again && again.result.submittedAt.getTime()).toBe(started.getTime() + 60_000);
  });
});
