// The history and report pages send a fixed number of SQL statements however much data there is
// (no statement per attempt, learner or response, and no IN lists that Prisma splits into one
// statement per 999 ids). Counted through Prisma's query events, on SQLite and PostgreSQL alike.
// How fast they are with a million responses is measured, not asserted: npm run bench:scale.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { assignQuiz, createClass, joinClass } from "@/app/_server/classes/classes";
import { getScoreHistory } from "@/app/_server/history/get-score-history";
import { countMyAttempts, listMyAttempts } from "@/app/_server/history/list-my-attempts";
import { getPracticeSummary } from "@/app/_server/practice/practice-queue";
import { getQuizGrades, getQuizReport } from "@/app/_server/quizzes/quiz-report";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { saveAnswer } from "@/app/_server/attempts/save-answer";
import type { Actor } from "@/app/_server/auth/session";
import type { Question } from "@/questions/schema";
import { countQueries } from "../support/query-counter";
import { seedScale } from "../bench/scale/seed";
import { createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "multiple_choice", prompt: "Where did the ministers meet?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "", factKind: "place", tags: ["pacific"] },
  { type: "numeric", prompt: "How many harbours would the service link?", answer: 11, tolerance: 0, explanation: "", factKind: "count", tags: ["transport"] },
  { type: "true_false", prompt: "The decision is expected in June.", answer: true, explanation: "" },
];

async function take(actor: Actor, quizId: string, ids: string[], answers: unknown[]) {
  const { id } = await startAttempt({ quizId, actor });
  await submitAttempt({ attemptId: id, actor, responses: Object.fromEntries(ids.map((q, i) => [q, answers[i]])) });
}

async function quizWithClass(grading: "highest" | "latest" | "first" | "average" = "highest") {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: `Counted quiz (${grading})`, questionIds: ids, grading } });
  const cls = await createClass({ actor: teacher, name: "Counted class" });
  await assignQuiz({ actor: teacher, classId: cls.id, quizId: quiz.id });
  return { teacher, ids, quiz, cls };
}

/** Everything app/history/page.tsx loads for one request (the session lookup aside). */
const historyPage = (actor: Actor) =>
  countQueries(() => Promise.all([listMyAttempts({ actor, limit: 25 }), countMyAttempts({ actor }), getScoreHistory({ actor }), getPracticeSummary({ actor })]));

describe("SQL statements per request", () => {
  it("history: the same for 3 attempts and for 60, and however many classmates", async () => {
    const { ids, quiz, cls } = await quizWithClass("latest");
    const me = await createLearner("Counted Learner");
    await joinClass({ actor: me, code: cls.joinCode });
    for (let i = 0; i < 3; i++) await take(me, quiz.id, ids, ["Suva", 11, true]);
    const few = await historyPage(me);
    expect(few.result[2].attempts).toHaveLength(3);

    for (let i = 0; i < 57; i++) await take(me, quiz.id, ids, [i % 2 ? "Port Vila" : "Apia", i, i % 3 === 0]);
    for (let c = 0; c < 5; c++) {
      const classmate = await createLearner(`Counted Classmate ${c}`);
      await joinClass({ actor: classmate, code: cls.joinCode });
      await take(classmate, quiz.id, ids, ["Port Vila", 11, true]);
    }
    const many = await historyPage(me);
    expect(many.result[2].attempts).toHaveLength(60);
    expect(many.result[2].classes[0]!.quizzes[0]!.graded).toBe(6);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBeLessThanOrEqual(9);
  });

  it("report and CSV: the same for 5 learners and for 50", async () => {
    const small = await quizWithClass();
    const large = await quizWithClass();
    for (let i = 0; i < 50; i++) {
      const learner = await createLearner(`Reported Learner ${i}`);
      const answers = [i % 3 ? "Port Vila" : "Suva", 11 + (i % 4), i % 2 === 0];
      if (i < 5) await take(learner, small.quiz.id, small.ids, answers);
      await take(learner, large.quiz.id, large.ids, answers);
      // Some try again: second attempts are in the grade table but not in the item analysis.
      if (i % 10 === 0) await take(learner, large.quiz.id, large.ids, ["Port Vila", 11, true]);
    }
    const few = await countQueries(() => getQuizReport({ actor: small.teacher, quizId: small.quiz.id }));
    const many = await countQueries(() => getQuizReport({ actor: large.teacher, quizId: large.quiz.id }));
    expect(few.result.learners).toBe(5);
    expect(many.result.learners).toBe(50);
    expect(many.result.grades).toHaveLength(55);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBeLessThanOrEqual(10);

    const fewCsv = await countQueries(() => getQuizGrades({ actor: small.teacher, quizId: small.quiz.id }));
    const manyCsv = await countQueries(() => getQuizGrades({ actor: large.teacher, quizId: large.quiz.id }));
    expect(manyCsv.queries).toBe(fewCsv.queries);
  });

  it("a learner's requests: starting an attempt is one read and one insert, saving an answer one read and one write", async () => {
    const { ids, quiz } = await quizWithClass();
    const me = await createLearner();
    // The quiz, the attempt in progress, the attempts made and the questions in one read (decision 034).
    const started = await countQueries(() => startAttempt({ quizId: quiz.id, actor: me }));
    expect(started.queries).toBe(2);
    const resumed = await countQueries(() => startAttempt({ quizId: quiz.id, actor: me }));
    expect(resumed.result).toEqual({ id: started.result.id, resumed: true });
    expect(resumed.queries).toBe(1);
    const saved = await countQueries(() => saveAnswer({ attemptId: started.result.id, questionId: ids[0]!, actor: me, response: { value: "Suva" } }));
    expect(saved.queries).toBe(2);
  });

  it("stays the same past Prisma's 999-id IN lists: a class of 1,100 learners, a learner with 150 attempts", async () => {
    // Bulk rows (the benchmark's seeder): signing 1,100 learners up one by one would take minutes.
    const targets = await seedScale(process.env.DATABASE_URL!, { classes: 1, classSize: 1_100, quizzesPerClass: 2, questionsPerQuiz: 5, targetAttempts: 150, responses: 15_000 });
    const learner: Actor = { id: targets.learner.id, name: "Learner 0", email: targets.learner.email, role: "learner" };
    const teacher: Actor = { id: targets.teacher.id, name: "Scale Teacher", email: targets.teacher.email, role: "teacher" };

    const history = await historyPage(learner);
    expect(history.result[2].attempts).toHaveLength(150);
    expect(history.result[2].classes[0]!.quizzes[0]!.graded).toBe(1_100);
    const report = await countQueries(() => getQuizReport({ actor: teacher, quizId: targets.quizId }));
    expect(report.result.learners).toBe(1_100);

    // The same counts as for a handful of attempts and learners.
    const { ids, quiz, cls, teacher: smallTeacher } = await quizWithClass();
    const me = await createLearner();
    await joinClass({ actor: me, code: cls.joinCode });
    await take(me, quiz.id, ids, ["Suva", 11, true]);
    expect(history.queries).toBe((await historyPage(me)).queries);
    expect(report.queries).toBe((await countQueries(() => getQuizReport({ actor: smallTeacher, quizId: quiz.id }))).queries);
  });
});
