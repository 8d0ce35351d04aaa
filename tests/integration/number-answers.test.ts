// A number question reads the one number in what the learner typed (decision 032): "250 passengers"
// and "about 250" are 250, saved and marked as such; text with no number in it is refused, and the
// answer saved before is kept, never replaced by nothing while the page says "saved".
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { NotANumberError, saveAnswer } from "@/app/_server/attempts/save-answer";
import { responseFieldName } from "@/app/_server/attempts/form-responses";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const PASSENGERS: Question = { type: "numeric", prompt: "How many passengers?", answer: 250, tolerance: 0, explanation: "250 passengers." };

function typed(questionId: string, text: string): FormData {
  const form = new FormData();
  form.set(responseFieldName(questionId), text);
  return form;
}

describe("a number question's typed answer", () => {
  for (const review of ["after_submit", "during"] as const) {
    it(`keeps the number in "250 passengers" and "about 250", and refuses text with none (${review})`, async () => {
      const teacher = await createTeacher();
      const [questionId] = await createQuestions({ actor: teacher, questions: [PASSENGERS] });
      const quiz = await createQuiz({ actor: teacher, input: { title: "Ferry", questionIds: [questionId!], review } });
      const learner = await createLearner();
      const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
      const save = (text: string) => saveAnswer({ attemptId: id, questionId: questionId!, actor: learner, response: { form: typed(questionId!, text) }, check: false });
      const saved = async () => (await getAttemptForTaking({ attemptId: id, actor: learner })).questions[0]!.saved;

      expect(await save("250 passengers")).toEqual({ saved: true });
      expect(await saved()).toBe(250);
      await save("2,300");
      expect(await saved()).toBe(2300);
      await save("about 250");
      expect(await saved()).toBe(250);
      // No number: refused with a message, and the 250 saved before stays.
      await expect(save("two hundred and fifty")).rejects.toBeInstanceOf(NotANumberError);
      await expect(save("200 to 300")).rejects.toThrow(/needs a number/);
      expect(await saved()).toBe(250);

      const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: {} });
      expect(outcome).toEqual({ status: "submitted", score: 1, maxScore: 1 });
    });
  }
});
