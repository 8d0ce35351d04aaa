// Reports, regrading and question history over a real database.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptResult } from "@/app/_server/attempts/get-attempt-result";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { getQuizReport, gradesToCsv } from "@/app/_server/quizzes/quiz-report";
import { regradeQuestion } from "@/app/_server/bank/regrade-question";
import { getQuestionForEditing } from "@/app/_server/bank/get-question-for-editing";
import { updateQuestion } from "@/app/_server/bank/update-question";
import { NotFoundError } from "@/app/_server/http/errors";
import { describeResponse } from "@/app/_server/attempts/answer-text";
import { analyseItems } from "@/questions/stats/item-analysis";
import { responseSchema, type Question } from "@/questions/schema";
import { getDb } from "@/prisma/client";
import { createLearner, createTeacher } from "./factories";
import { countQueries } from "../support/query-counter";

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
    expect(csv[1]).toMatch(/^"Strong A","learner-[0-9a-f]+@example\.test",1,.*,2,3,66\.7$/);
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

/**
 * The report's statistics and answer distributions computed the plain way, from every response
 * row: the oracle for the database-side version in quiz-report-queries.ts.
 */
async function reportOracle(quizId: string, questions: { id: string; points: number; question: Question }[]) {
  const attempts = await getDb().attempt.findMany({
    where: { quizId, status: "submitted", preview: false },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { userId: true, responses: { select: { questionId: true, response: true, fraction: true, points: true } } },
  });
  const seen = new Set<string>();
  const firsts = attempts.filter((a) => !seen.has(a.userId) && seen.add(a.userId));
  const stats = analyseItems(questions, firsts.map((a) => ({ marks: Object.fromEntries(a.responses.map((r) => [r.questionId, r.points])) })));
  const distributions = questions.map((q) => {
    const counts = new Map<string, { count: number; correct: boolean }>();
    for (const a of firsts) {
      const r = a.responses.find((x) => x.questionId === q.id);
      const parsed = r ? responseSchema.safeParse(JSON.parse(r.response)) : undefined;
      const answer = describeResponse(q.question, parsed?.success ? parsed.data : undefined);
      const entry = counts.get(answer) ?? { count: 0, correct: (r?.fraction ?? 0) >= 1 };
      entry.count++;
      counts.set(answer, entry);
    }
    return [...counts.entries()].map(([answer, v]) => ({ answer, ...v })).sort((a, b) => b.count - a.count);
  });
  return { stats, distributions };
}

describe("quiz report over random draws", () => {
  it("matches the statistics and distributions computed from every response, ties and unasked questions included", async () => {
    const teacher = await createTeacher();
    const pool: Question[] = Array.from({ length: 6 }, (_, i) => ({ type: "true_false", prompt: `Pool statement ${i + 1} is true.`, answer: i % 2 === 0, explanation: "", tags: ["pool"] }));
    await createQuestions({ actor: teacher, questions: [...pool, { type: "numeric", prompt: "How many harbours?", answer: 11, tolerance: 0, explanation: "", tags: ["pool"] }] });
    const quiz = await createQuiz({ actor: teacher, input: { title: "Drawn report quiz", draws: [{ tag: "pool", count: 4, points: 2 }] } });
    for (let i = 0; i < 9; i++) {
      const learner = await createLearner(`Drawn ${i}`);
      for (let attempt = 0; attempt < (i % 4 === 0 ? 2 : 1); attempt++) {
        const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
        const view = await getAttemptForTaking({ attemptId: id, actor: learner });
        // A mix of right, wrong, equal-count and missing answers (every third question left blank).
        const responses = Object.fromEntries(view.questions.flatMap((q, k) => ((i + k) % 3 === 2 ? [] : [[q.id, q.type === "numeric" ? 10 + ((i + k) % 3) : (i + k + attempt) % 2 === 0]])));
        await submitAttempt({ attemptId: id, actor: learner, responses });
      }
    }
    const report = await getQuizReport({ actor: teacher, quizId: quiz.id });
    expect(report.learners).toBe(9);
    expect(report.questions.length).toBeGreaterThan(4);
    const oracle = await reportOracle(quiz.id, report.questions);
    expect(report.questions.map((q) => q.stats)).toEqual(oracle.stats);
    expect(report.questions.map((q) => q.distribution)).toEqual(oracle.distributions);
    expect(report.questions.some((q) => q.distribution.some((d) => d.answer === "No answer"))).toBe(true);
    // The drawn questions come with their points and tags, each once, whoever drew them.
    expect(new Set(report.questions.map((q) => q.id)).size).toBe(report.questions.length);
    expect(report.questions.map((q) => [q.points, q.question.tags])).toEqual(report.questions.map(() => [2, ["pool"]]));
    expect(report.questions.map((q) => q.position)).toEqual(report.questions.map((_, i) => i));
  });

  it("reads each distinct layout once, not one per attempt (decision 030)", async () => {
    const teacher = await createTeacher();
    const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
    const quiz = await createQuiz({ actor: teacher, input: { title: "Layout once quiz", questionIds: ids } });
    for (let i = 0; i < 3; i++) {
      const learner = await createLearner(`Same layout ${i}`);
      const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
      await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[0]!]: "Port Vila" } });
    }
    const { result, statements } = await countQueries(() => getQuizReport({ actor: teacher, quizId: quiz.id }));
    expect(result.grades).toHaveLength(3);
    expect(result.questions.map((q) => q.id)).toEqual(ids);
    // A 500-learner report read 450 KB of one layout's text when every attempt's row carried it.
    const layoutReads = statements.filter((s) => /"layout"/.test(s));
    expect(layoutReads).toHaveLength(1);
    expect(layoutReads[0]).toMatch(/SELECT DISTINCT "layout" FROM "Attempt"/);
  });
});

describe("CSV", () => {
  const row = (name: string) => ({ attemptId: "a", learner: { id: "u", name, email: "b@x.test" }, attemptNumber: 1, startedAt: new Date(0), submittedAt: new Date(60_000), seconds: 60, score: 1, maxScore: 2 });

  /** RFC 4180, as a spreadsheet reads the file: quoted cells may hold commas, quotes and line breaks. */
  function readCsv(text: string): string[][] {
    const rows: string[][] = [];
    let cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") {
        cells.push(cell);
        cell = "";
      } else if (c === "\r" && text[i + 1] === "\n") {
        cells.push(cell);
        rows.push(cells);
        cells = [];
        cell = "";
        i++;
      } else cell += c;
    }
    return rows;
  }

  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    const line = gradesToCsv([row('=HYPERLINK("x"), Bob')]).split("\r\n")[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""x""), Bob","b@x.test",1,`)).toBe(true);
  });

  // OWASP's CSV injection list (= + - @ tab carriage return), also after spaces or line breaks, and
  // full-width; and text that only looks odd, which must come back as it was.
  it.each([
    ["=1+1", "'=1+1"],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["\tBob", "'\tBob"],
    ["\rBob", "'\rBob"],
    ["  =1+1", "'  =1+1"],
    ["\n=1+1", "'\n=1+1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ['Bob "The Builder", Jr.', 'Bob "The Builder", Jr.'],
    ["Ann\r\nSmith", "Ann\r\nSmith"],
    ["Zoë = Zed", "Zoë = Zed"],
    ["O'Neil", "O'Neil"],
  ])("reads %j back as %j in one cell", (name, expected) => {
    const csv = gradesToCsv([row(name)]);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(rows[0]!.length);
    expect(rows[1]![0]).toBe(expected);
    expect(rows[1]![1]).toBe("b@x.test");
  });
});
