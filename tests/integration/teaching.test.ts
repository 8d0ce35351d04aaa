// Teachers over a real database: article in, drafts reviewed, quiz out, and every step closed to
// learners and to other teachers.
import { describe, expect, it } from "vitest";
import { createArticle } from "@/app/_server/articles/create-article";
import { getDraftReview } from "@/app/_server/articles/get-draft-review";
import { setQuestionStatus } from "@/app/_server/bank/set-question-status";
import { getQuestionForEditing } from "@/app/_server/bank/get-question-for-editing";
import { updateQuestion, VersionConflictError } from "@/app/_server/bank/update-question";
import { createQuiz, listApprovedQuestions } from "@/app/_server/quizzes/create-quiz";
import { getTeachingOverview } from "@/app/_server/teach/get-teaching-overview";
import { listPublishedQuizzes } from "@/app/_server/quizzes/list-published-quizzes";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { createQuestions, importGiftQuestions } from "@/app/_server/bank/create-questions";
import { getQuestionsForExport, listBankQuestions } from "@/app/_server/bank/list-bank-questions";
import { originText } from "@/app/_components/question-origin";
import { exportGift } from "@/questions/formats/gift";
import { regenerateArticle } from "@/app/_server/articles/regenerate-article";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { createAdmin, createLearner, createTeacher, TEACHER_ARTICLE } from "./factories";

const input = { title: "Island states agree to share ferry service", text: TEACHER_ARTICLE, publishedAt: "2025-03-03" };

describe("from article to published quiz", () => {
  it("drafts questions, approves some, edits one, and publishes a quiz learners can take", async () => {
    const teacher = await createTeacher();
    const { articleId, questionIds } = await createArticle({ actor: teacher, input });
    expect(questionIds.length).toBeGreaterThanOrEqual(5);

    const review = await getDraftReview({ actor: teacher, articleId });
    expect(review.questions.every((q) => q.status === "draft")).toBe(true);
    for (const q of review.questions) expect(review.cleanText.slice(q.question.source!.start, q.question.source!.end)).toBe(q.question.source!.sentence);

    const chosen = review.questions.slice(0, 4).map((q) => q.id);
    expect(await setQuestionStatus({ actor: teacher, questionIds: chosen, status: "approved" })).toEqual({ updated: 4 });
    await setQuestionStatus({ actor: teacher, questionIds: [review.questions[4]!.id], status: "rejected" });

    const editing = await getQuestionForEditing({ actor: teacher, questionId: chosen[0]! });
    const edited = { ...editing.question, prompt: `${editing.question.prompt} (edited)` };
    expect(await updateQuestion({ actor: teacher, questionId: chosen[0]!, expectedVersion: editing.version, question: edited })).toEqual({ version: editing.version + 1 });

    const approved = await listApprovedQuestions({ actor: teacher });
    expect(approved.map((q) => q.id).sort()).toEqual([...chosen].sort());
    const quiz = await createQuiz({ actor: teacher, input: { title: "Ferry quiz", questionIds: chosen, timeLimitMinutes: 10 } });
    expect((await listPublishedQuizzes()).map((q) => q.id)).toContain(quiz.id);

    const overview = await getTeachingOverview({ actor: teacher });
    expect(overview.articles).toEqual([expect.objectContaining({ id: articleId, approved: 4, rejected: 1, drafts: questionIds.length - 5 })]);
    expect(overview.quizzes).toEqual([expect.objectContaining({ id: quiz.id, questionCount: 4, status: "published" })]);

    const learner = await createLearner();
    const attempt = await startAttempt({ quizId: quiz.id, actor: learner });
    expect(attempt.id).toBeTruthy();
  });

  it("refuses a stale edit instead of losing the other one", async () => {
    const teacher = await createTeacher();
    const { questionIds } = await createArticle({ actor: teacher, input });
    const q = await getQuestionForEditing({ actor: teacher, questionId: questionIds[0]! });
    await updateQuestion({ actor: teacher, questionId: q.id, expectedVersion: q.version, question: { ...q.question, prompt: "First edit?" } });
    await expect(updateQuestion({ actor: teacher, questionId: q.id, expectedVersion: q.version, question: { ...q.question, prompt: "Second edit?" } })).rejects.toBeInstanceOf(VersionConflictError);
    expect((await getQuestionForEditing({ actor: teacher, questionId: q.id })).question.prompt).toBe("First edit?");
  });

  it("lets exactly one of 20 simultaneous edits from the same version through, and loses none silently", async () => {
    const teacher = await createTeacher();
    const { questionIds } = await createArticle({ actor: teacher, input });
    const q = await getQuestionForEditing({ actor: teacher, questionId: questionIds[0]! });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => updateQuestion({ actor: teacher, questionId: q.id, expectedVersion: q.version, question: { ...q.question, prompt: `Edit number ${i}?` } })),
    );
    const won = outcomes.flatMap((o, i) => (o.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").every((o) => (o as PromiseRejectedResult).reason instanceof VersionConflictError)).toBe(true);
    const now = await getQuestionForEditing({ actor: teacher, questionId: q.id });
    expect(now.version).toBe(q.version + 1);
    expect(now.question.prompt).toBe(`Edit number ${won[0]}?`);
  });

  it.each([
    ["too short", { ...input, text: "Too short to quiz." }],
    ["no title", { ...input, title: "  " }],
    ["bad date", { ...input, publishedAt: "last Tuesday-ish" }],
  ])("rejects an article that is %s", async (_, bad) => {
    const teacher = await createTeacher();
    await expect(createArticle({ actor: teacher, input: bad })).rejects.toThrow();
  });
});

describe("who may do what", () => {
  it("keeps learners out of every teacher use case", async () => {
    const learner = await createLearner();
    await expect(createArticle({ actor: learner, input })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTeachingOverview({ actor: learner })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listApprovedQuestions({ actor: learner })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createQuiz({ actor: learner, input: { title: "x", questionIds: ["a"] } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps one teacher out of another's articles, questions and quizzes", async () => {
    const owner = await createTeacher("Owner");
    const other = await createTeacher("Other");
    const { articleId, questionIds } = await createArticle({ actor: owner, input });
    const q = await getQuestionForEditing({ actor: owner, questionId: questionIds[0]! });

    await expect(getDraftReview({ actor: other, articleId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuestionForEditing({ actor: other, questionId: q.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setQuestionStatus({ actor: other, questionIds: [q.id], status: "approved" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateQuestion({ actor: other, questionId: q.id, expectedVersion: q.version, question: q.question })).rejects.toBeInstanceOf(NotFoundError);

    // Mixing someone else's question into a bulk approval changes nothing at all.
    const mine = (await createArticle({ actor: other, input })).questionIds[0]!;
    await expect(setQuestionStatus({ actor: other, questionIds: [mine, q.id], status: "approved" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getQuestionForEditing({ actor: other, questionId: mine })).status).toBe("draft");

    await setQuestionStatus({ actor: owner, questionIds: [q.id], status: "approved" });
    await expect(createQuiz({ actor: other, input: { title: "Stolen", questionIds: [q.id] } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getTeachingOverview({ actor: other })).articles.map((a) => a.id)).not.toContain(articleId);
  });

  it("refuses draft or rejected questions in a quiz", async () => {
    const teacher = await createTeacher();
    const { questionIds } = await createArticle({ actor: teacher, input });
    await expect(createQuiz({ actor: teacher, input: { title: "Drafts", questionIds: [questionIds[0]!] } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an admin review any teacher's article", async () => {
    const teacher = await createTeacher();
    const admin = await createAdmin();
    const { articleId } = await createArticle({ actor: teacher, input });
    expect((await getDraftReview({ actor: admin, articleId })).id).toBe(articleId);
  });
});

describe("question bank", () => {
  const GIFT = [
    "$CATEGORY: $course$/Pacific",
    "",
    "::ferry:: Where did the ministers meet? {=Port Vila ~Suva ~Apia}",
    "",
    "Broken question {=no end",
    "",
    "How many harbours would the service link? {#11:0}",
  ].join("\n");

  it("imports GIFT with categories as tags, reports bad blocks, and filters by tag, type and text", async () => {
    const teacher = await createTeacher();
    const { imported, errors } = await importGiftQuestions({ actor: teacher, text: GIFT });
    expect(imported).toBe(2);
    expect(errors).toEqual([{ line: 5, message: expect.stringMatching(/not closed/) }]);

    const byTag = await listBankQuestions({ actor: teacher, filter: { tag: "Pacific" } });
    expect(byTag.total).toBe(2);
    expect(byTag.tags).toEqual(["Pacific"]);
    expect(byTag.questions.every((q) => q.status === "approved" && q.question.tags?.includes("Pacific"))).toBe(true);
    expect((await listBankQuestions({ actor: teacher, filter: { type: "numeric" } })).questions.map((q) => q.question.answer)).toEqual([11]);
    expect((await listBankQuestions({ actor: teacher, filter: { q: "MINISTERS" } })).total).toBe(1);
    expect((await listBankQuestions({ actor: teacher, filter: { type: "not-a-type", page: "-3" } })).total).toBe(2);
  });

  it("says where each question came from: imported from GIFT or JSON, or written by hand (imports said 'written by hand')", async () => {
    const teacher = await createTeacher();
    await importGiftQuestions({ actor: teacher, text: GIFT });
    await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "From a JSON file?", answer: true, explanation: "" }], origin: "json" });
    await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "Written in the editor?", answer: true, explanation: "" }] });
    const { articleId } = await createArticle({ actor: teacher, input });
    const bank = await listBankQuestions({ actor: teacher, filter: {} });
    const origin = (prompt: string) => bank.questions.find((q) => q.question.prompt === prompt)?.origin;
    expect(origin("Where did the ministers meet?")).toBe("gift");
    expect(origin("How many harbours would the service link?")).toBe("gift");
    expect(origin("From a JSON file?")).toBe("json");
    expect(origin("Written in the editor?")).toBe("written");
    const drafts = bank.questions.filter((q) => q.article?.id === articleId);
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((q) => q.origin === null)).toBe(true);
    expect(["gift", "json", "written", null].map((o) => originText(o))).toEqual(["imported from GIFT", "imported from JSON", "written by hand", "not from an article"]);
  });

  it("exports only the teacher's own questions and round-trips them through GIFT", async () => {
    const teacher = await createTeacher();
    const other = await createTeacher();
    await importGiftQuestions({ actor: teacher, text: GIFT });
    const foreign = await createQuestions({ actor: other, questions: [{ type: "true_false", prompt: "Secret?", answer: true, explanation: "" }] });
    const mine = await getQuestionsForExport({ actor: teacher, questionIds: [] });
    expect(mine).toHaveLength(2);
    expect(await getQuestionsForExport({ actor: teacher, questionIds: foreign })).toEqual([]);

    const { gift } = exportGift(mine);
    const again = await importGiftQuestions({ actor: other, text: gift });
    expect(again).toEqual({ imported: 2, errors: [] });
    const copies = await getQuestionsForExport({ actor: other, questionIds: [] });
    expect(copies.filter((q) => q.type !== "true_false")).toEqual(mine);
  });

  it("keeps tags through an edit and lets learners import nothing", async () => {
    const teacher = await createTeacher();
    const [id] = await createQuestions({ actor: teacher, questions: [{ type: "short_answer", prompt: "Capital of Samoa?", answer: "Apia", explanation: "", tags: ["pacific"] }] });
    const q = await getQuestionForEditing({ actor: teacher, questionId: id! });
    expect(q.question.tags).toEqual(["pacific"]);
    await updateQuestion({ actor: teacher, questionId: id!, expectedVersion: q.version, question: { ...q.question, tags: ["capitals", "pacific"] } });
    expect((await getQuestionForEditing({ actor: teacher, questionId: id! })).question.tags).toEqual(["capitals", "pacific"]);
    await expect(importGiftQuestions({ actor: await createLearner(), text: GIFT })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("regenerating and finding drafts", () => {
  it("regenerates unused drafts and keeps reviewed or used questions", async () => {
    const teacher = await createTeacher();
    const { articleId, questionIds } = await createArticle({ actor: teacher, input });
    await setQuestionStatus({ actor: teacher, questionIds: [questionIds[0]!], status: "approved" });
    await setQuestionStatus({ actor: teacher, questionIds: [questionIds[1]!], status: "rejected" });
    const outcome = await regenerateArticle({ actor: teacher, articleId });
    expect(outcome.kept).toBe(2);
    expect(outcome.removed).toBe(questionIds.length - 2);
    const review = await getDraftReview({ actor: teacher, articleId });
    expect(review.questions.map((q) => q.id)).toEqual(expect.arrayContaining([questionIds[0], questionIds[1]]));
    expect(new Set(review.questions.map((q) => q.question.prompt)).size).toBe(review.questions.length);
    await expect(regenerateArticle({ actor: await createTeacher(), articleId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a draft the teacher edited when regenerating", async () => {
    const teacher = await createTeacher();
    const { articleId, questionIds } = await createArticle({ actor: teacher, input });
    const q = await getQuestionForEditing({ actor: teacher, questionId: questionIds[1]! });
    await updateQuestion({ actor: teacher, questionId: questionIds[1]!, expectedVersion: q.version, question: { ...q.question, prompt: "My carefully edited prompt?" } });
    const outcome = await regenerateArticle({ actor: teacher, articleId });
    expect(outcome.kept).toBe(1);
    const review = await getDraftReview({ actor: teacher, articleId });
    expect(review.questions.map((x) => x.question.prompt)).toContain("My carefully edited prompt?");
  });

  it("filters the bank by article and by the day questions were added", async () => {
    const teacher = await createTeacher();
    const { articleId, questionIds } = await createArticle({ actor: teacher, input });
    await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "Written by hand?", answer: true, explanation: "" }] });
    expect((await listBankQuestions({ actor: teacher, filter: { articleId } })).total).toBe(questionIds.length);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listBankQuestions({ actor: teacher, filter: { from: today, to: today } })).total).toBe(questionIds.length + 1);
    expect((await listBankQuestions({ actor: teacher, filter: { to: "2000-01-01" } })).total).toBe(0);
    // A day that is not on the calendar is ignored, never a database error (it was a 500).
    for (const bad of ["2026-13-45", "2026-02-30", "2026-00-10", "notadate", "2026-1-5"]) {
      const bank = await listBankQuestions({ actor: teacher, filter: { from: bad, to: bad } });
      expect(bank.total).toBe(questionIds.length + 1);
      expect(bank.filter).toMatchObject({ from: undefined, to: undefined });
    }
  });

  it("draws questions for each attempt from an article's approved questions", async () => {
    const teacher = await createTeacher();
    const { articleId, questionIds } = await createArticle({ actor: teacher, input });
    await setQuestionStatus({ actor: teacher, questionIds: questionIds.slice(0, 6), status: "approved" });
    const quiz = await createQuiz({ actor: teacher, input: { title: "From the article", draws: [{ articleId, count: 3 }] } });
    const learner = await createLearner();
    const attempt = await startAttempt({ quizId: quiz.id, actor: learner });
    const view = await getAttemptForTaking({ attemptId: attempt.id, actor: learner });
    expect(view.questions).toHaveLength(3);
    for (const q of view.questions) expect(questionIds.slice(0, 6)).toContain(q.id);
  });
});
