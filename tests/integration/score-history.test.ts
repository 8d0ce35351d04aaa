// The score history over a real database: exact accuracy, best/latest/grade, chart order, class
// standing without other learners' identities, and who sees what.
import { describe, expect, it } from "vitest";
import { countQueries } from "../support/query-counter";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { assignQuiz, createClass, joinClass } from "@/app/_server/classes/classes";
import { getScoreHistory } from "@/app/_server/history/get-score-history";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import type { Actor } from "@/app/_server/auth/session";
import { classStanding, scoreFraction } from "@/app/_server/history/score-history-stats";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import { createLearner, createTeacher } from "./factories";

const FERRY: Question[] = [
  { type: "multiple_choice", prompt: "Where did the ministers meet?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "", factKind: "place", tags: ["pacific", "transport"] },
  { type: "numeric", prompt: "How many harbours would the service link?", answer: 11, tolerance: 0, explanation: "", factKind: "count", tags: ["transport"] },
  { type: "true_false", prompt: "Jotham Napat is Vanuatu's Prime Minister.", answer: true, explanation: "", factKind: "role", tags: ["pacific"] },
];
const BUDGET: Question[] = [
  { type: "numeric", prompt: "How many million dollars to set up?", answer: 40, tolerance: 0, explanation: "", factKind: "money", tags: ["economy"] },
  { type: "short_answer", prompt: "In which month is the decision expected?", answer: "June", explanation: "", factKind: "date" },
  // Hand-written: no fact kind, no tags.
  { type: "true_false", prompt: "Ferries are boats.", answer: true, explanation: "" },
];

const day = (d: number, minutes = 0, seconds = 0) => new Date(Date.UTC(2026, 2, d, 10, minutes, seconds));

async function take(actor: Actor, quizId: string, ids: string[], answers: unknown[], start: Date, end: Date) {
  const { id } = await startAttempt({ quizId, actor, now: start });
  await submitAttempt({ attemptId: id, actor, now: end, responses: Object.fromEntries(ids.map((q, i) => [q, answers[i]])) });
  return id;
}

async function setup() {
  const teacher = await createTeacher("History Teacher");
  const ferryIds = await createQuestions({ actor: teacher, questions: FERRY });
  const budgetIds = await createQuestions({ actor: teacher, questions: BUDGET });
  const ferry = await createQuiz({ actor: teacher, input: { title: "Ferry quiz", questionIds: ferryIds, grading: "highest" } });
  const budget = await createQuiz({ actor: teacher, input: { title: "Budget quiz", questionIds: budgetIds, grading: "latest" } });
  const me = await createLearner("Mia Historian");

  const a1 = await take(me, ferry.id, ferryIds, ["Port Vila", 12, true], day(1), day(1, 2)); // 2/3, 120 s
  const b1 = await take(me, budget.id, budgetIds, [40, "June", false], day(2), day(2, 5)); // 2/3, 300 s
  const a2 = await take(me, ferry.id, ferryIds, ["Port Vila", 11, true], day(3), day(3, 1)); // 3/3, 60 s
  const b2 = await take(me, budget.id, budgetIds, [41, "May", true], day(4), day(4, 0, 45)); // 1/3, 45 s
  // Started, never submitted: not in the history.
  await startAttempt({ quizId: ferry.id, actor: me, now: day(5) });
  // The teacher's preview, submitted: counts nowhere.
  const preview = await startAttempt({ quizId: ferry.id, actor: teacher, preview: true, now: day(5) });
  await submitAttempt({ attemptId: preview.id, actor: teacher, now: day(5, 1), responses: {} });

  return { teacher, me, ferry, budget, ferryIds, budgetIds, attempts: { a1, b1, a2, b2 } };
}

describe("score history", () => {
  it("lists submitted attempts oldest first with time taken, best/latest/grade per quiz, and exact accuracy", async () => {
    const { me, ferry, budget, attempts } = await setup();
    const history = await getScoreHistory({ actor: me });

    expect(history.attempts.map((a) => [a.id, a.quizTitle, a.score, a.maxScore, a.seconds])).toEqual([
      [attempts.a1, "Ferry quiz", 2, 3, 120],
      [attempts.b1, "Budget quiz", 2, 3, 300],
      [attempts.a2, "Ferry quiz", 3, 3, 60],
      [attempts.b2, "Budget quiz", 1, 3, 45],
    ]);
    expect(history.attempts.map((a) => a.submittedAt.toISOString())).toEqual([day(1, 2), day(2, 5), day(3, 1), day(4, 0, 45)].map((d) => d.toISOString()));

    expect(history.quizzes).toEqual([
      {
        quizId: budget.id,
        quizTitle: "Budget quiz",
        attempts: 2,
        grading: "latest",
        best: { attemptId: attempts.b1, score: 2, maxScore: 3, fraction: 2 / 3 },
        latest: { attemptId: attempts.b2, score: 1, maxScore: 3, fraction: 1 / 3, submittedAt: day(4, 0, 45) },
        grade: 1 / 3,
      },
      {
        quizId: ferry.id,
        quizTitle: "Ferry quiz",
        attempts: 2,
        grading: "highest",
        best: { attemptId: attempts.a2, score: 3, maxScore: 3, fraction: 1 },
        latest: { attemptId: attempts.a2, score: 3, maxScore: 3, fraction: 1, submittedAt: day(3, 1) },
        grade: 1,
      },
    ]);

    expect(history.factKinds).toEqual([
      { key: "people", answered: 2, correct: 2, accuracy: 1 },
      { key: "numbers", answered: 4, correct: 2, accuracy: 0.5 },
      { key: "places", answered: 2, correct: 2, accuracy: 1 },
      { key: "dates", answered: 2, correct: 1, accuracy: 0.5 },
      { key: "other", answered: 2, correct: 1, accuracy: 0.5 },
    ]);
    expect(history.tags).toEqual([
      { key: "pacific", answered: 4, correct: 4, accuracy: 1 },
      { key: "transport", answered: 4, correct: 3, accuracy: 0.75 },
      { key: "economy", answered: 2, correct: 1, accuracy: 0.5 },
    ]);
    expect(history.classes).toEqual([]);
  });

  it("excludes previews, and another learner sees none of it", async () => {
    const { teacher, me, ferry, ferryIds } = await setup();
    expect(await getScoreHistory({ actor: teacher })).toEqual({ attempts: [], quizzes: [], factKinds: [], tags: [], classes: [] });

    const other = await createLearner("Otto Other");
    const empty = await getScoreHistory({ actor: other });
    expect(empty).toEqual({ attempts: [], quizzes: [], factKinds: [], tags: [], classes: [] });

    const mine = await take(other, ferry.id, ferryIds, ["Suva", 1, false], day(6), day(6, 3));
    const theirs = await getScoreHistory({ actor: other });
    expect(theirs.attempts.map((a) => a.id)).toEqual([mine]);
    expect(theirs.factKinds.reduce((n, r) => n + r.answered, 0)).toBe(3);
    expect((await getScoreHistory({ actor: me })).attempts).toHaveLength(4);
  });

  it("gives a class member their grade and the class median, and nothing that names a classmate", async () => {
    const { teacher, me, ferry, budget, ferryIds } = await setup();
    const bea = await createLearner("Bea Classmate");
    const cal = await createLearner("Cal Classmate");
    const dan = await createLearner("Dan Classmate");
    const eve = await createLearner("Eve Classmate");
    const outsider = await createLearner("Olga Outsider");
    const year10 = await createClass({ actor: teacher, name: "Year 10 news" });
    const club = await createClass({ actor: teacher, name: "News club" });
    await assignQuiz({ actor: teacher, classId: year10.id, quizId: ferry.id });
    await assignQuiz({ actor: teacher, classId: year10.id, quizId: budget.id });
    await assignQuiz({ actor: teacher, classId: club.id, quizId: ferry.id });
    for (const learner of [me, bea, cal]) await joinClass({ actor: learner, code: year10.joinCode });
    const standingOf = async (learner: Actor) => (await getScoreHistory({ actor: learner })).classes.find((c) => c.classId === year10.id)!.quizzes.find((q) => q.quizId === ferry.id)!;
    for (const learner of [me, cal]) await joinClass({ actor: learner, code: club.joinCode });

    await take(bea, ferry.id, ferryIds, ["Suva", 11, false], day(7), day(7, 4)); // 1/3
    await take(cal, ferry.id, ferryIds, ["Suva", 1, false], day(7), day(7, 4)); // 0/3
    await take(cal, ferry.id, ferryIds, ["Port Vila", 11, false], day(8), day(8, 4)); // 2/3, highest counts
    await take(outsider, ferry.id, ferryIds, ["Suva", 1, false], day(7), day(7, 4)); // not a member: not counted

    // Three graded members: Mia (1) would read the median as Cal's grade. No median until five.
    expect(await standingOf(me)).toMatchObject({ you: 1, median: null, graded: 3 });
    for (const learner of [dan, eve]) await joinClass({ actor: learner, code: year10.joinCode });
    await take(dan, ferry.id, ferryIds, ["Port Vila", 1, false], day(7), day(7, 4)); // 1/3
    expect(await standingOf(me)).toMatchObject({ you: 1, median: null, graded: 4 });
    await take(eve, ferry.id, ferryIds, ["Port Vila", 11, true], day(7), day(7, 4)); // 3/3

    const history = await getScoreHistory({ actor: me });
    expect(history.classes).toEqual([
      // Most recently joined first. Only Mia and Cal are in the club: too few grades for a median.
      { classId: club.id, className: "News club", quizzes: [{ quizId: ferry.id, quizTitle: "Ferry quiz", you: 1, median: null, graded: 2 }] },
      {
        classId: year10.id,
        className: "Year 10 news",
        quizzes: [
          { quizId: budget.id, quizTitle: "Budget quiz", you: 1 / 3, median: null, graded: 1 },
          // Grades 1 (Mia), 1/3 (Bea), 2/3 (Cal), 1/3 (Dan), 1 (Eve): median 2/3.
          { quizId: ferry.id, quizTitle: "Ferry quiz", you: 1, median: 2 / 3, graded: 5 },
        ],
      },
    ]);

    const payload = JSON.stringify(history);
    for (const other of [bea, cal, dan, eve, outsider, teacher]) {
      for (const secret of [other.id, other.email, other.name]) expect(payload).not.toContain(secret);
    }

    // Bea sees her own standing: same median, her own grade.
    const beas = await getScoreHistory({ actor: bea });
    expect(await standingOf(bea)).toMatchObject({ you: 1 / 3, median: 2 / 3, graded: 5 });
    expect(beas.attempts).toHaveLength(1);
  });

  it("computes each classmate's grade by the quiz's grading method, as classStanding does", async () => {
    const teacher = await createTeacher("Grading Teacher");
    const ferryIds = await createQuestions({ actor: teacher, questions: FERRY });
    const cls = await createClass({ actor: teacher, name: "Grading class" });
    const members = [await createLearner("Grader A"), await createLearner("Grader B"), await createLearner("Grader C"), await createLearner("Grader D"), await createLearner("Grader E")];
    for (const m of members) await joinClass({ actor: m, code: cls.joinCode });
    // Each learner's answers per attempt, oldest first: 3/3, 1/3, 2/3 ... so first, latest, best and mean differ.
    const plans = [
      [["Port Vila", 11, true], ["Suva", 1, false], ["Port Vila", 1, false]],
      [["Suva", 1, false], ["Port Vila", 11, true]],
      [["Port Vila", 1, true], ["Port Vila", 1, true], ["Suva", 11, true], ["Suva", 1, false]],
      [["Suva", 11, false]],
      [["Suva", 1, false], ["Port Vila", 11, false]],
    ];
    for (const grading of ["highest", "latest", "first", "average"] as const) {
      const quiz = await createQuiz({ actor: teacher, input: { title: `Graded ${grading}`, questionIds: ferryIds, grading } });
      await assignQuiz({ actor: teacher, classId: cls.id, quizId: quiz.id });
      for (const [k, m] of members.entries()) {
        for (const [n, answers] of plans[k]!.entries()) await take(m, quiz.id, ferryIds, answers, day(10 + n, k), day(10 + n, k, 30));
      }
      const rows = await getDb().attempt.findMany({ where: { quizId: quiz.id, status: "submitted", preview: false }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
      for (const actor of members) {
        const expected = classStanding({ actorId: actor.id, grading, attempts: rows.map((a) => ({ userId: a.userId, fraction: scoreFraction(a.score, a.maxScore) })) });
        const got = (await getScoreHistory({ actor })).classes[0]!.quizzes.find((q) => q.quizId === quiz.id)!;
        expect(got.graded).toBe(expected.graded);
        expect(got.you).toBeCloseTo(expected.you!, 12);
        expect(got.median).toBeCloseTo(expected.median!, 12);
      }
    }
  });

  it("counts in the accuracy tallies only the marks the learner may already see", async () => {
    const { teacher, me, ferryIds, budgetIds } = await setup();
    const scoreOnly = await createQuiz({ actor: teacher, input: { title: "Score-only exam", questionIds: [...ferryIds, ...budgetIds], review: "score_only" } });
    const afterClose = await createQuiz({ actor: teacher, input: { title: "Closes later", questionIds: ferryIds, review: "after_close", closeAt: day(20) } });
    const tallies = async (now: Date) => {
      const { factKinds, tags } = await getScoreHistory({ actor: me, now });
      return { factKinds, tags };
    };
    const before = await tallies(day(15));

    // Right and wrong answers mixed: if the tallies moved, comparing them would show which were right.
    await take(me, scoreOnly.id, [...ferryIds, ...budgetIds], ["Suva", 11, true, 40, "May", true], day(12), day(12, 3));
    await take(me, afterClose.id, ferryIds, ["Port Vila", 1, false], day(13), day(13, 3));
    const after = await getScoreHistory({ actor: me, now: day(15) });
    // The scores are the learner's to see; the per-question marks are not.
    expect(after.attempts.map((a) => [a.quizTitle, a.score])).toEqual(expect.arrayContaining([["Score-only exam", 4], ["Closes later", 1]]));
    expect({ factKinds: after.factKinds, tags: after.tags }).toEqual(before);

    // Once the quiz closes its answers are shown, and its marks count; a score-only quiz's never do.
    const closed = await tallies(day(21));
    expect(closed.factKinds.find((r) => r.key === "places")).toEqual({ key: "places", answered: 3, correct: 3, accuracy: 1 });
    expect(closed.factKinds.find((r) => r.key === "numbers")).toEqual({ key: "numbers", answered: 5, correct: 2, accuracy: 0.4 });
    expect(closed.tags.find((r) => r.key === "economy")).toEqual(before.tags.find((r) => r.key === "economy"));
  });

  it("runs the same number of SQL statements however many attempts there are", async () => {
    const { teacher, me, ferry, ferryIds } = await setup();
    const cls = await createClass({ actor: teacher, name: "Counting class" });
    await assignQuiz({ actor: teacher, classId: cls.id, quizId: ferry.id });
    await joinClass({ actor: me, code: cls.joinCode });

    const statements = async () => (await countQueries(() => getScoreHistory({ actor: me }))).queries;
    const before = await statements();
    for (let i = 0; i < 5; i++) await take(me, ferry.id, ferryIds, ["Suva", 11, true], day(10 + i), day(10 + i, 1));
    const classmate = await createLearner("Counted Classmate");
    await joinClass({ actor: classmate, code: cls.joinCode });
    await take(classmate, ferry.id, ferryIds, ["Suva", 11, true], day(20), day(20, 1));
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThanOrEqual(13);
    expect(await statements()).toBe(before);
  });
});
