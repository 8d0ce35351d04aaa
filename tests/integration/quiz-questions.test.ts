// A published quiz's question list edited after learners took it (issue 13, item 8, what was left):
// attempts made or in progress keep the questions they were given, their marks and scores; new
// attempts get the new list; the report and a regrade still reach a removed question.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { loadAttempt } from "@/app/_server/attempts/load-attempt";
import { getQuizReport } from "@/app/_server/quizzes/quiz-report";
import { regradeQuestion } from "@/app/_server/bank/regrade-question";
import { EmptyPublishedQuizError, getQuizQuestionsForEditing, setQuizQuestions } from "@/app/_server/quizzes/quiz-questions";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "true_false", prompt: "The ferry runs at night.", answer: true, explanation: "It does." },
  { type: "numeric", prompt: "How many piers does the harbour have?", answer: 3, tolerance: 0, explanation: "Three." },
  { type: "short_answer", prompt: "Which town is the ferry's last stop?", answer: "Varna", explanation: "Varna." },
];

async function publishedQuiz() {
  const teacher = await createTeacher();
  const [a, b, c] = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Ferry news", questionIds: [a!, b!] } });
  return { teacher, quiz, a: a!, b: b!, c: c! };
}

const questionIdsOf = async (attemptId: string, actor: Awaited<ReturnType<typeof createLearner>>) => (await loadAttempt({ attemptId, actor })).questions.map((q) => q.id);

describe("editing a published quiz's questions", () => {
  it("reorders, removes and adds; attempts made or in progress keep their questions and scores", async () => {
    const { teacher, quiz, a, b, c } = await publishedQuiz();
    const done = await createLearner("Done");
    const midway = await createLearner("Midway");
    const first = await startAttempt({ quizId: quiz.id, actor: done });
    await submitAttempt({ attemptId: first.id, actor: done, responses: { [a]: true, [b]: 3 } });
    const open = await startAttempt({ quizId: quiz.id, actor: midway });

    const outcome = await setQuizQuestions({ actor: teacher, quizId: quiz.id, input: { questionIds: [c, b] } });
    expect(outcome).toEqual({ questions: 2, added: 1, removed: 1, attempts: 2 });
    expect((await getQuizQuestionsForEditing({ actor: teacher, quizId: quiz.id })).questions.map((q) => q.id)).toEqual([c, b]);

    // The submitted attempt: same questions, same score.
    const db = getDb();
    expect(await questionIdsOf(first.id, done)).toEqual([a, b]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: first.id }, select: { score: true, maxScore: true } })).toEqual({ score: 2, maxScore: 2 });
    // The attempt in progress: still the old questions, and its answer to the removed one is marked.
    expect(await questionIdsOf(open.id, midway)).toEqual([a, b]);
    expect(await submitAttempt({ attemptId: open.id, actor: midway, responses: { [a]: true, [b]: 1 } })).toMatchObject({ status: "submitted", score: 1, maxScore: 2 });
    // A new attempt gets the new list.
    const later = await startAttempt({ quizId: quiz.id, actor: await createLearner("Later") });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: later.id }, select: { layout: true } })).layout).toBe(JSON.stringify([{ questionId: c, points: 1 }, { questionId: b, points: 1 }]));

    // The report still shows the removed question's answers; a regrade of it still reaches them.
    const report = await getQuizReport({ actor: teacher, quizId: quiz.id });
    expect(report.questions.map((q) => q.id).sort()).toEqual([a, b, c].sort());
    const version = (await db.question.findUniqueOrThrow({ where: { id: a }, select: { version: true } })).version;
    const regraded = await regradeQuestion({ actor: teacher, questionId: a, expectedVersion: version, question: { ...QUESTIONS[0]!, answer: false } });
    expect(regraded.attempts).toBe(2);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: first.id }, select: { score: true } })).score).toBe(1);
  });

  it("gives attempts from before layouts were stored today's list first, so the change does not reach them", async () => {
    const { teacher, quiz, a, b, c } = await publishedQuiz();
    const learner = await createLearner();
    const old = await startAttempt({ quizId: quiz.id, actor: learner });
    await getDb().attempt.update({ where: { id: old.id }, data: { layout: "[]" } });
    await setQuizQuestions({ actor: teacher, quizId: quiz.id, input: { questionIds: [c] } });
    expect(await questionIdsOf(old.id, learner)).toEqual([a, b]);
  });

  it("refuses to empty a published quiz, another teacher's questions, and anyone but the owner", async () => {
    const { teacher, quiz, a } = await publishedQuiz();
    await expect(setQuizQuestions({ actor: teacher, quizId: quiz.id, input: { questionIds: [] } })).rejects.toBeInstanceOf(EmptyPublishedQuizError);
    const other = await createTeacher("Other");
    const [theirs] = await createQuestions({ actor: other, questions: [QUESTIONS[2]!] });
    await expect(setQuizQuestions({ actor: teacher, quizId: quiz.id, input: { questionIds: [a, theirs!] } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setQuizQuestions({ actor: other, quizId: quiz.id, input: { questionIds: [a] } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setQuizQuestions({ actor: await createLearner(), quizId: quiz.id, input: { questionIds: [a] } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getQuizQuestionsForEditing({ actor: teacher, quizId: quiz.id })).questions).toHaveLength(2);
  });
});
