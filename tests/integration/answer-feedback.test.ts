// Per-answer feedback over a real database: imported from GIFT into the bank, exported back, and
// shown to a learner for their own answer only once it is checked and the quiz shows answers.
import { describe, expect, it } from "vitest";
import { importGiftQuestions } from "@/app/_server/bank/create-questions";
import { getQuestionsForExport } from "@/app/_server/bank/list-bank-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { getAttemptResult } from "@/app/_server/attempts/get-attempt-result";
import { BlankAnswerError, saveAnswer } from "@/app/_server/attempts/save-answer";
import { readResponse } from "@/app/_server/attempts/form-responses";
import { exportGift } from "@/questions/formats/gift";
import { getDb } from "@/prisma/client";
import { createLearner, createTeacher } from "./factories";

const GIFT = [
  "Where did the ferry ministers meet? {=Port Vila#Yes, in Vanuatu. ~Suva#Suva hosted last year's talks. ~Apia}",
  "",
  "Which island state chairs the ferry board? {=Tonga =Kingdom of Tonga#Its full name, yes. =%0%Fiji#Fiji chairs the fisheries board. =%0%*#Look at the second paragraph.}",
  "",
  "The ferry will run every day. {FALSE#It runs twice a week.#Right: twice a week.}",
].join("\n");

async function bankAndQuiz(review: "during" | "after_submit" | "after_close") {
  const teacher = await createTeacher();
  const { imported, errors } = await importGiftQuestions({ actor: teacher, text: GIFT });
  expect({ imported, errors }).toEqual({ imported: 3, errors: [] });
  const questions = await getQuestionsForExport({ actor: teacher, questionIds: [] });
  const rows = await getDb().question.findMany({ where: { authorId: teacher.id }, select: { id: true, prompt: true } });
  const byPrompt = new Map(rows.map((q) => [q.prompt, q.id]));
  const id = (start: string) => [...byPrompt].find(([p]) => p.startsWith(start))![1];
  const questionIds = [id("Where"), id("Which"), id("The ferry")];
  const quiz = await createQuiz({
    actor: teacher,
    input: { title: "Ferry feedback", questionIds, review, ...(review === "after_close" ? { closeAt: new Date(Date.now() + 86_400_000).toISOString() } : {}) },
  });
  return { questions, questionIds, quiz };
}

describe("per-answer feedback", () => {
  it("is kept in the bank and exported back to GIFT", async () => {
    const { questions } = await bankAndQuiz("after_submit");
    const where = questions.find((q) => q.prompt.startsWith("Where"))!;
    expect(where.choiceFeedback).toEqual(["Yes, in Vanuatu.", "Suva hosted last year's talks.", ""]);
    const which = questions.find((q) => q.prompt.startsWith("Which"))!;
    expect(which).toMatchObject({ answerFeedback: [{ answer: "Kingdom of Tonga", feedback: "Its full name, yes." }, { answer: "Fiji", feedback: "Fiji chairs the fisheries board." }], otherFeedback: "Look at the second paragraph." });
    const { gift } = exportGift(questions);
    expect(gift).toContain("=%0%Fiji#Fiji chairs the fisheries board.");
    expect(gift).toContain("{FALSE#It runs twice a week.#Right\\: twice a week.}");
  });

  it("shows the learner the feedback for their own answer with the result, never before", async () => {
    const { questionIds, quiz } = await bankAndQuiz("after_submit");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const taking = JSON.stringify(await getAttemptForTaking({ attemptId: id, actor: learner }));
    expect(taking).not.toMatch(/Vanuatu|last year's talks|fisheries board|second paragraph|twice a week/);
    await submitAttempt({ attemptId: id, actor: learner, responses: { [questionIds[0]!]: "Suva", [questionIds[1]!]: "fiji", [questionIds[2]!]: true } });
    const result = await getAttemptResult({ attemptId: id, actor: learner });
    if ("notSubmitted" in result) throw new Error("expected a result");
    expect(result.questions.map((q) => q.forYourAnswer)).toEqual([["Suva hosted last year's talks."], ["Fiji chairs the fisheries board."], ["It runs twice a week."]]);
  });

  it("gives it with a checked answer when the quiz gives feedback during the attempt", async () => {
    const { questionIds, quiz } = await bankAndQuiz("during");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const checked = await saveAnswer({ attemptId: id, questionId: questionIds[1]!, actor: learner, response: { value: "Samoa" } });
    expect(checked.feedback?.forYourAnswer).toEqual(["Look at the second paragraph."]);
    const resumed = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(resumed.questions.find((q) => q.id === questionIds[1])?.feedback?.forYourAnswer).toEqual(["Look at the second paragraph."]);
    expect(JSON.stringify(resumed.questions.filter((q) => q.id !== questionIds[1]))).not.toMatch(/Vanuatu|twice a week/);
  });

  it("refuses a blank check: nothing is locked, scored or shown, and a real answer can follow", async () => {
    const { questionIds, quiz } = await bankAndQuiz("during");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const questionId = questionIds[1]!;
    // The quiz form with the field left empty, and the API with an empty answer.
    const emptyForm = new FormData();
    emptyForm.set(`q.${questionId}`, "  ");
    await expect(saveAnswer({ attemptId: id, questionId, actor: learner, response: { from: (q) => readResponse(emptyForm, q) } })).rejects.toBeInstanceOf(BlankAnswerError);
    await expect(saveAnswer({ attemptId: id, questionId, actor: learner, response: { value: "" } })).rejects.toThrow(/Give an answer before checking it/);
    expect(await getDb().response.count({ where: { attemptId: id } })).toBe(0);
    const taking = await getAttemptForTaking({ attemptId: id, actor: learner });
    expect(taking.questions.find((q) => q.id === questionId)?.feedback).toBeUndefined();
    const checked = await saveAnswer({ attemptId: id, questionId, actor: learner, response: { value: "Kingdom of Tonga" } });
    expect(checked.feedback?.fraction).toBe(1);
  });

  it("holds it back with the answers until the quiz closes", async () => {
    const { questionIds, quiz } = await bankAndQuiz("after_close");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await submitAttempt({ attemptId: id, actor: learner, responses: { [questionIds[0]!]: "Suva" } });
    const result = await getAttemptResult({ attemptId: id, actor: learner });
    if ("notSubmitted" in result) throw new Error("expected a result");
    expect(result.answersShown).toBe(false);
    expect(result.questions.every((q) => q.forYourAnswer.length === 0)).toBe(true);
  });
});
