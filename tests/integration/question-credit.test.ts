// Partial credit as Moodle gives it, kept in the bank: several full-credit choices, weighted choices
// (`~%50%`), a multiple-response question's own weights and part-marked typed and numeric answers,
// imported from GIFT, marked by the real attempt path (the hot path's direct SQL when an answer is
// saved, the loaded attempt when it is submitted), re-marked by a regrade and exported back.
import { describe, expect, it } from "vitest";
import { importGiftQuestions } from "@/app/_server/bank/create-questions";
import { getQuestionForEditing } from "@/app/_server/bank/get-question-for-editing";
import { getQuestionsForExport } from "@/app/_server/bank/list-bank-questions";
import { regradeQuestion } from "@/app/_server/bank/regrade-question";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { saveAnswer } from "@/app/_server/attempts/save-answer";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { exportGift, parseGift } from "@/questions/formats/gift";
import { toJsonOutput } from "@/questions/formats/json";
import { questionSchema } from "@/questions/schema";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { getDb } from "@/prisma/client";
import type { Actor } from "@/app/_server/auth/session";
import { createLearner, createTeacher } from "./factories";

const GIFT = [
  "// [id:ferry-two]",
  "::Two ferries::Which ferry left Port Quell on time? {=Ferry Amber =Ferry Birch ~Ferry Cedar}",
  "",
  "::Half marks::Where did the Quell harbour board meet? {~%50%Quell town hall =Quell customs house ~Port Vane}",
  "",
  "::Quay trees::Which trees grow on the Quell quay? {~%70%Alder ~%30%Beech ~%-50%Cypress ~Dogwood}",
  "",
  "::Marsh::Which marsh did the Quell pilots name? {=Quillmarsh =%50%Fenmarsh}",
  "",
  "::Crates::How many crates were landed at Quell? {#=80:0 =%50%80:5}",
].join("\n");

const NAMES = ["Two ferries", "Half marks", "Quay trees", "Marsh", "Crates"];
/** Found by prompt, not name: the bank had no name column before. */
const PROMPTS = ["Which ferry", "Where did", "Which trees", "Which marsh", "How many"];

async function importIntoBank() {
  const teacher = await createTeacher();
  const { imported, errors } = await importGiftQuestions({ actor: teacher, text: GIFT });
  expect({ imported, errors }).toEqual({ imported: 5, errors: [] });
  const rows = await getDb().question.findMany({ where: { authorId: teacher.id }, select: { id: true, prompt: true } });
  const ids = PROMPTS.map((p) => rows.find((r) => r.prompt.startsWith(p))!.id);
  return { teacher, ids };
}

/** Learner responses worth part of the marks, and what each must earn. */
const PARTIAL: [number, unknown, number][] = [
  [0, "Ferry Birch", 1], // the second "=" answer: full marks, not the plain key's 0
  [1, "Quell town hall", 0.5],
  [2, ["Alder", "Cypress"], 0.2], // 70% - 50%; the default rule would give 0
  [3, "fenmarsh", 0.5],
  [4, 83, 0.5],
];

async function quizFor(teacher: Actor, ids: string[], review: "during" | "after_submit") {
  return createQuiz({ actor: teacher, input: { title: "Quell harbour", questionIds: ids, review } });
}

describe("partial credit kept in the bank", () => {
  it("marks each saved answer with the question's weights and partial answers (hot path)", async () => {
    const { teacher, ids } = await importIntoBank();
    const quiz = await quizFor(teacher, ids, "during");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    for (const [i, value] of PARTIAL) await saveAnswer({ attemptId: id, questionId: ids[i]!, actor: learner, response: { value } });
    const marks = await getDb().response.findMany({ where: { attemptId: id }, select: { questionId: true, fraction: true, points: true } });
    const byId = new Map(marks.map((m) => [m.questionId, m.fraction]));
    for (const [i, , expected] of PARTIAL) expect([NAMES[i], byId.get(ids[i]!)]).toEqual([NAMES[i], expect.closeTo(expected, 9)]);
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses: {} });
    expect(outcome).toMatchObject({ status: "submitted", score: expect.closeTo(2.7, 9), maxScore: 5 });
  });

  it("marks a submitted attempt the same, and a multiple-response question by its own weights", async () => {
    const { teacher, ids } = await importIntoBank();
    const quiz = await quizFor(teacher, ids, "after_submit");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const responses = Object.fromEntries(PARTIAL.map(([i, value]) => [ids[i]!, value]));
    // Everything right but the wrong choice left out: 70% + 30% earns full marks.
    responses[ids[2]!] = ["Alder", "Beech", "Dogwood"];
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses });
    expect(outcome).toMatchObject({ status: "submitted", score: expect.closeTo(1 + 0.5 + 1 + 0.5 + 0.5, 9) });
    const trees = await getDb().response.findFirstOrThrow({ where: { attemptId: id, questionId: ids[2]! }, select: { fraction: true } });
    expect(trees.fraction).toBeCloseTo(1, 9);
  });

  it("never shows the weights, partial answers or names while the attempt is open", async () => {
    const { teacher, ids } = await importIntoBank();
    const quiz = await quizFor(teacher, ids, "after_submit");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const taking = JSON.stringify(await getAttemptForTaking({ attemptId: id, actor: learner }));
    expect(taking).toContain("Quell town hall");
    expect(taking).not.toMatch(/choiceWeights|partialAnswers|Fenmarsh|Two ferries|Half marks|Quay trees|ferry-two|"name"|idNumber/);
  });

  it("re-marks stored answers with new weights when the teacher regrades", async () => {
    const { teacher, ids } = await importIntoBank();
    const quiz = await quizFor(teacher, ids, "after_submit");
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await submitAttempt({ attemptId: id, actor: learner, responses: { [ids[1]!]: "Quell town hall" } });
    const { version, question } = await getQuestionForEditing({ actor: teacher, questionId: ids[1]! });
    expect(question.choiceWeights).toEqual([0.5, 1, 0]);
    await regradeQuestion({ actor: teacher, questionId: ids[1]!, expectedVersion: version, question: { ...question, choiceWeights: [0.25, 1, 0] } });
    const mark = await getDb().response.findFirstOrThrow({ where: { attemptId: id, questionId: ids[1]! }, select: { fraction: true } });
    expect(mark.fraction).toBeCloseTo(0.25, 9);
    const attempt = await getDb().attempt.findUniqueOrThrow({ where: { id }, select: { score: true } });
    expect(attempt.score).toBeCloseTo(0.25, 9);
  });

  it("exports the questions asked for in the order asked for (questions saved together share a time)", async () => {
    const { teacher, ids } = await importIntoBank();
    const forward = (await getQuestionsForExport({ actor: teacher, questionIds: ids })).map((q) => q.name);
    const backward = (await getQuestionsForExport({ actor: teacher, questionIds: [...ids].reverse() })).map((q) => q.name);
    expect(backward).toEqual([...forward].reverse());
  });

  it("exports weights, partial answers, names and ID numbers, and imports them back the same (GIFT and JSON)", async () => {
    const { teacher, ids } = await importIntoBank();
    const fromBank = await getQuestionsForExport({ actor: teacher, questionIds: ids });
    const byName = new Map(fromBank.map((q) => [q.name, q]));
    expect(byName.get("Two ferries")).toMatchObject({ idNumber: "ferry-two", choiceWeights: [1, 1, 0] });
    expect(byName.get("Quay trees")?.choiceWeights).toEqual([0.7, 0.3, -0.5, 0]);
    expect(byName.get("Marsh")?.partialAnswers).toEqual([{ answer: "Fenmarsh", fraction: 0.5 }]);
    expect(byName.get("Crates")?.partialAnswers).toEqual([{ answer: 80, fraction: 0.5, tolerance: 5 }]);

    // GIFT: out of the bank, into another teacher's bank, out again: the same questions.
    const { gift } = exportGift(fromBank);
    expect(gift).toContain("::Two ferries::");
    expect(gift).toContain("// [id:ferry-two]");
    const other = await createTeacher();
    expect(await importGiftQuestions({ actor: other, text: gift })).toEqual({ imported: 5, errors: [] });
    const again = await getQuestionsForExport({ actor: other, questionIds: [] });
    const strip = (qs: typeof fromBank) => qs.map((q) => ({ ...q, tags: undefined })).sort((a, b) => a.name!.localeCompare(b.name!));
    expect(strip(again)).toEqual(strip(fromBank));

    // JSON: the bank's JSON export read back as the import reads it.
    const third = await createTeacher();
    const json = JSON.parse(JSON.stringify(toJsonOutput(fromBank))) as { questions: unknown[] };
    await createQuestions({ actor: third, questions: json.questions.map((q) => questionSchema.parse(q)) });
    expect(strip(await getQuestionsForExport({ actor: third, questionIds: [] }))).toEqual(strip(fromBank));
    // And the GIFT the bank writes reads as the file did.
    expect(parseGift(gift).questions.map((q) => q.choiceWeights ?? q.partialAnswers ?? null)).toEqual(parseGift(GIFT).questions.map((q) => q.choiceWeights ?? q.partialAnswers ?? null));
  });
});
