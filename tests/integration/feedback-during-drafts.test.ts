// Feedback during the attempt (decision 032): an answer given but not checked is saved as a draft,
// like autosave in any other quiz, without its feedback or key and without locking it. "Check
// answer" is what marks it for the learner and makes it final; submitting counts drafts as given.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { AnswerLockedError, BlankAnswerError, saveAnswer } from "@/app/_server/attempts/save-answer";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "numeric", prompt: "How many passengers?", answer: 250, tolerance: 0, explanation: "The article says 250 passengers." },
  { type: "multiple_choice", prompt: "Where did the ferry dock?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "It docked at Port Vila." },
  { type: "short_answer", prompt: "Who captained it?", answer: "Tupou", explanation: "Captain Tupou." },
];

async function duringQuiz(settings: Record<string, unknown> = {}) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Ferry", questionIds: ids, review: "during", pageLayout: "one", ...settings } });
  const learner = await createLearner();
  return { ids, quiz, learner };
}

describe("feedback during the attempt: answers not checked", () => {
  it("are saved as drafts, come back on reload without feedback or key, and may change until checked", async () => {
    const { ids, quiz, learner } = await duringQuiz();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    expect(await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: 250 }, check: false })).toEqual({ saved: true });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Apia" }, check: false });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Suva" }, check: false }); // changed their mind

    const resumed = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(resumed.questions.map((q) => q.saved)).toEqual([250, "Suva", undefined]);
    expect(resumed.questions.map((q) => q.feedback)).toEqual([undefined, undefined, undefined]);
    expect(JSON.stringify(resumed)).not.toMatch(/article says 250|docked at Port Vila|"correctAnswer"|"fraction"/);

    // Checking a draft marks it, shows its feedback and makes it final.
    const checked = await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Port Vila" } });
    expect(checked.feedback).toMatchObject({ fraction: 1, correctAnswer: "Port Vila" });
    await expect(saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Apia" }, check: false })).rejects.toBeInstanceOf(AnswerLockedError);
    await expect(saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Apia" } })).rejects.toBeInstanceOf(AnswerLockedError);
    const after = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(after.questions.map((q) => q.saved)).toEqual([250, "Port Vila", undefined]);
    expect(after.questions.map((q) => Boolean(q.feedback))).toEqual([false, true, false]);
  });

  it("count at submit (and when the timer submits), while a checked answer stays as checked", async () => {
    const { ids, quiz, learner } = await duringQuiz({ timeLimitMinutes: 5 });
    const started = new Date();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner, now: started });
    const at = (s: number) => new Date(started.getTime() + s * 1000);
    await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: 250 }, check: false, now: at(10) });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Suva" }, now: at(20) }); // checked: wrong
    await saveAnswer({ attemptId: id, questionId: ids[2]!, actor: learner, response: { value: "tupou" }, check: false, now: at(30) });
    // The timer's submission, late: only what was saved in time counts, drafts included.
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[1]!]: "Port Vila" }, now: at(6 * 60) });
    expect(outcome).toEqual({ status: "submitted", score: 2, maxScore: 3 });
  });

  it("take the final form's answer over a draft, never over a checked answer", async () => {
    const { ids, quiz, learner } = await duringQuiz();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await saveAnswer({ attemptId: id, questionId: ids[0]!, actor: learner, response: { value: 12 }, check: false });
    await saveAnswer({ attemptId: id, questionId: ids[1]!, actor: learner, response: { value: "Suva" } });
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[0]!]: 250, [ids[1]!]: "Port Vila", [ids[2]!]: "Tupou" } });
    expect(outcome).toEqual({ status: "submitted", score: 2, maxScore: 3 });
  });

  it("may be cleared as drafts; only a check of nothing is refused", async () => {
    const { ids, quiz, learner } = await duringQuiz();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await saveAnswer({ attemptId: id, questionId: ids[2]!, actor: learner, response: { value: "Tupou" }, check: false });
    expect(await saveAnswer({ attemptId: id, questionId: ids[2]!, actor: learner, response: { value: "" }, check: false })).toEqual({ saved: true });
    await expect(saveAnswer({ attemptId: id, questionId: ids[2]!, actor: learner, response: { value: "" } })).rejects.toBeInstanceOf(BlankAnswerError);
    const resumed = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(resumed.questions[2]!.feedback).toBeUndefined();
  });
});
