// app/_server/attempts/save-answer.ts (decision 034): a process that has read an attempt and a
// question for saving an answer saves the next answers to them in one statement, which itself
// checks that nothing it decided on has changed since. When something has (a teacher edited the
// question, changed the quiz's settings or close date, the attempt was submitted elsewhere), the
// save is decided again on a fresh read, exactly as if nothing had been remembered.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { updateQuestion } from "@/app/_server/bank/update-question";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { closeQuizNow, updateQuizSettings } from "@/app/_server/quizzes/manage-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { saveAnswer } from "@/app/_server/attempts/save-answer";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import type { Actor } from "@/app/_server/auth/session";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import { countQueries } from "../support/query-counter";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "multiple_choice", prompt: "Which town hosts the rowing regatta?", choices: ["Ballina", "Carlow", "Tralee"], answer: "Carlow", explanation: "" },
  { type: "numeric", prompt: "How many crews entered?", answer: 36, tolerance: 0, explanation: "" },
];

const HOUR = 60 * 60_000;

async function takingQuiz(closeAt: Date | null = null) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Regatta", questionIds: ids, ...(closeAt ? { closeAt } : {}) } });
  const learner = await createLearner();
  const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
  const save = (questionId: string, value: unknown, actor: Actor = learner, now?: Date) =>
    countQueries(() => saveAnswer({ attemptId: id, questionId, actor, response: { value }, ...(now ? { now } : {}) }));
  const mark = async (questionId: string) => (await getDb().response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: id, questionId } } })).fraction;
  return { teacher, ids, quiz, learner, attemptId: id, save, mark };
}

const settingsInput = (title: string, review: "during" | "after_submit", closeAt?: Date) =>
  ({ title, description: "", visibility: "public", timeLimitMinutes: null, attemptsAllowed: null, grading: "highest", review, openAt: null, closeAt: closeAt ?? null, confirmed: true }) as const;

describe("answers saved from a remembered read", () => {
  it("take one statement once the attempt and the question have been read, with or without a close date", async () => {
    for (const closeAt of [null, new Date(Date.now() + HOUR)]) {
      const { ids, save, mark } = await takingQuiz(closeAt);
      expect((await save(ids[0]!, "Ballina")).queries).toBe(2);
      const again = await save(ids[0]!, "Carlow");
      expect(again.result).toEqual({ saved: true });
      expect(again.queries).toBe(1);
      expect(await mark(ids[0]!)).toBe(1);
    }
  });

  it("are marked against a question edited since it was read", async () => {
    const { teacher, ids, save, mark } = await takingQuiz();
    await save(ids[0]!, "Carlow");
    expect(await mark(ids[0]!)).toBe(1);
    await updateQuestion({ actor: teacher, questionId: ids[0]!, expectedVersion: 1, question: { ...QUESTIONS[0]!, answer: "Tralee" } as Question });
    const again = await save(ids[0]!, "Carlow");
    expect(again.queries).toBe(3); // the refused remembered write, the fresh read, the write
    expect(await mark(ids[0]!)).toBe(0);
    expect((await save(ids[0]!, "Tralee")).queries).toBe(1);
    expect(await mark(ids[0]!)).toBe(1);
  });

  it("follow the quiz's settings changed since: feedback during the attempt", async () => {
    const { teacher, quiz, ids, save } = await takingQuiz();
    await save(ids[0]!, "Ballina");
    await updateQuizSettings({ actor: teacher, quizId: quiz.id, input: settingsInput("Regatta", "during") });
    const checked = await save(ids[1]!, 36);
    expect(checked.result.feedback?.fraction).toBe(1);
  });

  it("are refused once the quiz is closed early, and taken again when it reopens later", async () => {
    const { teacher, quiz, ids, save } = await takingQuiz(new Date(Date.now() + HOUR));
    await save(ids[0]!, "Ballina");
    await closeQuizNow({ actor: teacher, quizId: quiz.id, now: new Date(Date.now() - HOUR) });
    await expect(save(ids[0]!, "Carlow")).rejects.toThrow("This quiz has closed.");
    await updateQuizSettings({ actor: teacher, quizId: quiz.id, input: settingsInput("Regatta", "after_submit", new Date(Date.now() + 2 * HOUR)) });
    expect((await save(ids[0]!, "Carlow")).result).toEqual({ saved: true });
  });

  it("are refused once the attempt was submitted, and never for someone else", async () => {
    const { learner, attemptId, ids, save } = await takingQuiz();
    await save(ids[0]!, "Ballina");
    const intruder = await createLearner("Intruder");
    await expect(save(ids[0]!, "Carlow", intruder)).rejects.toBeInstanceOf(NotFoundError);
    await submitAttempt({ attemptId, actor: learner, responses: {} });
    const late = save(ids[0]!, "Carlow");
    await expect(late).rejects.toBeInstanceOf(ForbiddenError);
    await expect(late).rejects.toThrow("This attempt has been submitted.");
  });

});
