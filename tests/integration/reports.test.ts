// Reports, regrading and question history over a real database.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/create-questions";
import { createQuiz } from "@/app/_server/create-quiz";
import { startAttempt } from "@/app/_server/start-attempt";
import { submitAttempt } from "@/app/_server/submit-attempt";
import { getAttemptResult } from "@/app/_server/get-attempt-result";
import { getQuizReport, gradesToCsv } from "@/app/_server/quiz-report";
import { regradeQuestion } from "@/app/_server/regrade-question";
import { getQuestionForEditing } from "@/app/_server/get-question-for-editing";
import { updateQuestion } from "@/app/_server/update-question";
import { NotFoundError } from "@/app/_server/errors";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "multiple_choice", prompt: "Where did the ministers meet?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "" },
  // A wrong key on purpose: the article said Suva hosts the next meeting.
  { type: "multiple_choice", prompt: "Where will they meet next?", choices: ["Port Vila", "Suva", "Apia"], answer: "Apia", explanation: "" },
  { type: "numeric", prompt: "How many harbours?", answer: 11, tolerance: 0, explanation: "" },
];

async function setup() {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Ferry report quiz", questionIds: ids } });
  // Strong learners answer q1, q3 and (rightly) Suva; weak ones guess Apia and miss the rest.
  const plans = [
    { name: "Strong A", answers: ["Port Vila", "Suva", 11] },
    { name: "Strong B", answers: ["Port Vila", "Suva", 11] },
    { name: "Middle C", answers: ["Port Vila", "Apia", 12] },
    { name: "Weak D", answers: ["Suva", "Apia", 3] },
  ];
  const learners = [];
  for (const plan of plans) {
    const learner = await createLearner(plan.name);
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await submitAttempt({ attemptId: id, actor: learner, responses: Object.fromEntries(ids.map((qid, i) => [qid, plan.answers[i]])) });
    learners.push({ learner, attemptId: id });
  }
  return { teacher, ids, quiz, learners };
}

describe("quiz report", () => {
  it("lists grades and flags the wrong key with negative discrimination", async () => {
    const { teacher, ids, quiz } = await setup();
    const report = await getQuizReport({ actor: teacher, quizId: quiz.id });
    expect(report.grades.map((g) => [g.learner.name, g.score])).toEqual([
      ["Strong A", 2],
      ["Strong B", 2],
      ["Middle C", 2],
      ["Weak D", 1],
    ]);
    const [q1, q2, q3] = report.questions;
    expect(q1!.stats.facility).toBeCloseTo(0.75);
    expect(q2!.id).toBe(ids[1]);
    expect(q2!.stats.flags).toContain("negative_discrimination");
    // The broken key drags the other items down too: q3's rest-of-test is skewed by q2.
    expect(q3!.stats.discrimination!).toBeLessThan(0);
    expect(q2!.distribution).toEqual([
      { answer: "Suva", count: 2, correct: false },
      { answer: "Apia", count: 2, correct: true },
    ]);

    const csv = gradesToCsv(report.grades).split("\r\n");
    expect(csv[0]).toBe("name,email,attempt,started,submitted,seconds,score,max,percent");
    expect(csv[1]).toMatch(/^Strong A,learner-[0-9a-f]+@example\.test,1,.*,2,3,66\.7$/);
  });

  it("regrades: fixing the key re-marks past answers and scores", async () => {
    const { teacher, ids, quiz, learners } = await setup();
    const q = await getQuestionForEditing({ actor: teacher, questionId: ids[1]! });
    const outcome = await regradeQuestion({ actor: teacher, questionId: q.id, expectedVersion: q.version, question: { ...q.question, answer: "Suva" } });
    expect(outcome).toEqual({ version: q.version + 1, responses: 4, attempts: 4 });
    const report = await getQuizReport({ actor: teacher, quizId: quiz.id });
    expect(report.grades.map((g) => g.score)).toEqual([3, 3, 1, 0]);
    expect(report.questions[1]!.stats.flags).not.toContain("negative_discrimination");
    expect(report.questions[2]!.stats.discrimination!).toBeGreaterThan(0.5);
    const result = await getAttemptResult({ attemptId: learners[0]!.attemptId, actor: learners[0]!.learner });
    if ("notSubmitted" in result) throw new Error("expected a result");
    expect(result.score).toBe(3);
    expect(result.questions[1]!.correctAnswer).toBe("Suva");
  });

  it("shows learners the version they answered after a plain edit", async () => {
    const { teacher, ids, learners } = await setup();
    const q = await getQuestionForEditing({ actor: teacher, questionId: ids[0]! });
    await updateQuestion({ actor: teacher, questionId: q.id, expectedVersion: q.version, question: { ...q.question, prompt: "Which town hosted the ministers?" } });
    const result = await getAttemptResult({ attemptId: learners[0]!.attemptId, actor: learners[0]!.learner });
    if ("notSubmitted" in result) throw new Error("expected a result");
    expect(result.questions[0]!.prompt).toBe("Where did the ministers meet?");
  });

  it("is closed to other teachers and to learners", async () => {
    const { quiz, learners, ids, teacher } = await setup();
    await expect(getQuizReport({ actor: await createTeacher(), quizId: quiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizReport({ actor: learners[0]!.learner, quizId: quiz.id })).rejects.toThrow();
    const q = await getQuestionForEditing({ actor: teacher, questionId: ids[1]! });
    await expect(regradeQuestion({ actor: await createTeacher(), questionId: q.id, expectedVersion: q.version, question: q.question })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("CSV", () => {
  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    const g = { attemptId: "a", learner: { id: "u", name: '=HYPERLINK("x"), Bob', email: "b@x.test" }, attemptNumber: 1, startedAt: new Date(0), submittedAt: new Date(60_000), seconds: 60, score: 1, maxScore: 2 };
    const line = gradesToCsv([g]).split("\r\n")[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""x""), Bob",b@x.test,1,`)).toBe(true);
  });
});
