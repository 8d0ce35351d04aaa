// A quiz's close date ends every attempt at it, as a time limit does (issue 12, item 2;
// docs/decisions/018-the-close-date-ends-every-attempt.md): answers saved by then count, nothing
// after, and an attempt left open is closed with them. A quiz that shows answers "after it closes"
// shows them only once no attempt can change any more.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { saveAnswer } from "@/app/_server/attempts/save-answer";
import { viewAttempt } from "@/app/_server/attempts/view-attempt";
import { getAttemptResult } from "@/app/_server/attempts/get-attempt-result";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { saveAnswerOperation, submitAttemptOperation } from "@/app/_server/http/attempt-api";
import { ForbiddenError } from "@/app/_server/http/errors";
import { DEADLINE_GRACE_MS } from "@/app/_server/quizzes/quiz-settings";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "multiple_choice", prompt: "Where did the ministers meet?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "The article names Port Vila." },
  { type: "numeric", prompt: "How many harbours?", answer: 11, tolerance: 0, explanation: "Eleven harbours." },
  { type: "true_false", prompt: "Ticket prices may rise by more than 5 percent a year.", answer: false, explanation: "No more than 5 percent." },
];

const MINUTE = 60_000;

/** A quiz of the three questions closing an hour from now (`start`), and a moment relative to the close. */
async function closingQuiz(settings: Record<string, unknown> = {}) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const start = new Date();
  const closeAt = new Date(start.getTime() + 60 * MINUTE);
  const quiz = await createQuiz({ actor: teacher, input: { title: "Closes at noon", questionIds: ids, closeAt, ...settings } });
  const at = (msAfterClose: number) => new Date(closeAt.getTime() + msAfterClose);
  return { teacher, ids, quiz, start, closeAt, at };
}

describe("the close date ends attempts already open", () => {
  it("refuses answers saved after the close (past the grace), as after a time limit, and takes them until then", async () => {
    const { ids, quiz, start, at } = await closingQuiz();
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: start });
    await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Suva" }, now: at(-MINUTE) });
    // The request carrying the last answers may arrive a little late, as with a time limit.
    expect(await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Apia" }, now: at(DEADLINE_GRACE_MS) })).toEqual({ saved: true });
    const late = saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: 11 }, now: at(DEADLINE_GRACE_MS + 1) });
    await expect(late).rejects.toBeInstanceOf(ForbiddenError);
    await expect(late).rejects.toThrow("This quiz has closed.");
  });

  it("grades a submission after the close with the answers saved before it, and dates it at the close", async () => {
    const { ids, quiz, start, closeAt, at } = await closingQuiz();
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: start });
    await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Port Vila" }, now: at(-MINUTE) });
    // After the close, the final form brings two more right answers: they do not count.
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[1]!]: 11, [ids[2]!]: false }, now: at(10 * MINUTE) });
    expect(outcome).toEqual({ status: "submitted", score: 1, maxScore: 3 });
    const result = await getAttemptResult({ attemptId: id, actor: learner, now: at(10 * MINUTE) });
    if ("notSubmitted" in result) throw new Error("expected a result");
    expect(result.submittedAt).toEqual(closeAt);
  });

  it("refuses saves and grades submissions through the JSON API's operations after the close", async () => {
    // The operations (both transports run them) read the clock themselves: a quiz that closed a minute ago.
    const teacher = await createTeacher();
    const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
    const quiz = await createQuiz({ actor: teacher, input: { title: "Closed a minute ago", questionIds: ids } });
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: 11 } });
    await getDb().quiz.update({ where: { id: quiz.id }, data: { closeAt: new Date(Date.now() - MINUTE) } });
    // A refusal the API answers with 409, as after a time limit.
    await expect(saveAnswerOperation.run({ params: { attemptId: id, questionId: ids[0]! }, body: { response: "Port Vila" }, actor: learner })).rejects.toThrow("This quiz has closed.");
    expect(saveAnswerOperation.forbiddenStatus).toBe(409);
    const { json } = await submitAttemptOperation.run({ params: { attemptId: id }, body: { responses: { [ids[0]!]: "Port Vila", [ids[2]!]: false } }, actor: learner });
    expect(json).toEqual({ status: "submitted", score: 1, maxScore: 3 });
  });

  it("closes an attempt left open past the close when it is next viewed, with the answers saved in time", async () => {
    const { ids, quiz, start, closeAt, at } = await closingQuiz();
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: start });
    // While open, the page counts down to the close: it is this attempt's deadline.
    expect((await getAttemptForTaking({ attemptId: id, actor: learner })).deadlineAt).toEqual(closeAt);
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: 11 }, now: at(-MINUTE) });
    const view = await viewAttempt({ attemptId: id, actor: learner, now: at(MINUTE) });
    if (!("result" in view)) throw new Error("expected the attempt to be closed");
    expect(view.result).toMatchObject({ score: 1, submittedAt: closeAt });
  });

  it("keeps a time limit that ends before the close, and lets a teacher preview after the close", async () => {
    const { teacher, ids, quiz, start, at } = await closingQuiz({ timeLimitMinutes: 30 });
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: start });
    expect((await getAttemptForTaking({ attemptId: id, actor: learner })).deadlineAt).toEqual(new Date(start.getTime() + 30 * MINUTE));
    await expect(saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: "Suva" }, now: new Date(start.getTime() + 45 * MINUTE) })).rejects.toThrow("Time is up for this attempt.");

    // A preview is the teacher's own look at the quiz: the close date does not end it.
    const preview = await startAttempt({ quizId: quiz.id, actor: teacher, preview: true, now: at(MINUTE) });
    expect(await saveAnswer({ attemptId: preview.id, questionId: ids[0]!, actor: teacher, response: { value: "Port Vila" }, now: at(2 * MINUTE) })).toEqual({ saved: true });
  });
});

describe("answers shown after the close", () => {
  it("are shown only once no attempt can change: a classmate's key is of no use to an attempt left open", async () => {
    const { ids, quiz, start, at } = await closingQuiz({ review: "after_close" });
    const [early, late] = [await createLearner("Early Learner"), await createLearner("Late Learner")];
    const done = await startAttempt({ quizId: quiz.id, actor: early, now: start });
    await submitAttempt({ attemptId: done.id, actor: early, responses: { [ids[0]!]: "Port Vila", [ids[1]!]: 11, [ids[2]!]: false }, now: start });
    const open = await startAttempt({ quizId: quiz.id, actor: late, now: start });
    await saveAnswer({ attemptId: open.id, questionId: ids[0]!, actor: late, response: { value: "Suva" }, now: at(-MINUTE) });

    // Just after the close, an answer in flight may still be taken: the keys stay back.
    const during = await getAttemptResult({ attemptId: done.id, actor: early, now: at(DEADLINE_GRACE_MS) });
    if ("notSubmitted" in during) throw new Error("expected a result");
    expect(during.answersShown).toBe(false);
    expect(JSON.stringify(during.questions)).not.toMatch(/article names Port Vila|Eleven harbours|"correctAnswer":"Port Vila"/);

    // From the first moment no answer is taken, the classmate's result shows the keys...
    const shownAt = at(DEADLINE_GRACE_MS + 1);
    const after = await getAttemptResult({ attemptId: done.id, actor: early, now: shownAt });
    if ("notSubmitted" in after) throw new Error("expected a result");
    expect(after.answersShown).toBe(true);
    expect(after.questions[0]).toMatchObject({ correctAnswer: "Port Vila", fraction: 1 });

    // ...and the attempt left open can use none of them: saving is refused, submitting counts
    // only what was saved before the close.
    await expect(saveAnswer({ attemptId: open.id, questionId: ids[0]!, actor: late, response: { value: "Port Vila" }, now: shownAt })).rejects.toThrow("This quiz has closed.");
    const outcome = await submitAttempt({ attemptId: open.id, actor: late, responses: { [ids[0]!]: "Port Vila", [ids[1]!]: 11, [ids[2]!]: false }, now: shownAt });
    expect(outcome).toEqual({ status: "submitted", score: 0, maxScore: 3 });
    const own = await getAttemptResult({ attemptId: open.id, actor: late, now: shownAt });
    expect("answersShown" in own && own.answersShown).toBe(true);
  });
});
