// Managing a quiz after it is made (issue 13, item 8; docs/decisions/024-quiz-visibility.md):
// only its owner or an admin manages it; visibility holds for listing, the quiz page and starting;
// a quiz with nothing to ask is never listed, published or started.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz, listApprovedQuestions } from "@/app/_server/quizzes/create-quiz";
import { EmptyQuizError, QuizClosedError, QuizNotOpenError, startAttempt } from "@/app/_server/attempts/start-attempt";
import { listPublishedQuizzes } from "@/app/_server/quizzes/list-published-quizzes";
import { getPublishedQuiz } from "@/app/_server/quizzes/get-published-quiz";
import { AttemptsAffectedError, closeQuizNow, EmptyQuizPublishError, getQuizForManaging, setQuizPublished, updateQuizSettings } from "@/app/_server/quizzes/manage-quiz";
import { NotFoundError } from "@/app/_server/http/errors";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getQuizReport } from "@/app/_server/quizzes/quiz-report";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import { createAdmin, createGuest, createLearner, createTeacher } from "./factories";

const QUESTIONS: Question[] = [
  { type: "true_false", prompt: "The harbour reopened in spring.", answer: true, explanation: "It reopened in spring." },
  { type: "numeric", prompt: "How many ferries run?", answer: 4, tolerance: 0, explanation: "Four ferries." },
];

async function quizOf(settings: Record<string, unknown> = {}) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Harbour news", questionIds: ids, ...settings } });
  return { teacher, quiz };
}

const settingsOf = (over: Record<string, unknown> = {}) => ({ title: "Harbour news", grading: "highest" as const, review: "after_submit" as const, visibility: "public" as const, ...over });

async function classWith(teacherId: string, quizId: string, memberId: string) {
  const db = getDb();
  const cls = await db.classroom.create({ data: { name: "Year 9", ownerId: teacherId, joinCode: `J${Date.now()}${Math.random()}`.slice(0, 16) } });
  await db.classMember.create({ data: { classId: cls.id, userId: memberId } });
  await db.quizAssignment.create({ data: { quizId, classId: cls.id } });
}

const listedFor = async (actor: Awaited<ReturnType<typeof createLearner>> | null, quizId: string) => (await listPublishedQuizzes({ actor })).some((q) => q.id === quizId);

describe("visibility", () => {
  it("public, signed-in learners, assigned classes: listing, quiz page and start agree", async () => {
    const { teacher, quiz } = await quizOf();
    const [guest, learner, member] = [await createGuest(), await createLearner(), await createLearner("Member")];
    await classWith(teacher.id, quiz.id, member.id);

    expect(await listedFor(null, quiz.id)).toBe(true);
    expect(await listedFor(guest, quiz.id)).toBe(true);

    await updateQuizSettings({ actor: teacher, quizId: quiz.id, input: settingsOf({ visibility: "learners" }) });
    expect(await listedFor(null, quiz.id)).toBe(false);
    expect(await listedFor(guest, quiz.id)).toBe(false);
    expect(await getPublishedQuiz({ quizId: quiz.id, actor: null })).toBeNull();
    expect(await listedFor(learner, quiz.id)).toBe(true);
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).resolves.toMatchObject({ resumed: false });

    await updateQuizSettings({ actor: teacher, quizId: quiz.id, input: settingsOf({ visibility: "classes" }) });
    const outsider = await createLearner("Outsider");
    expect(await listedFor(outsider, quiz.id)).toBe(false);
    expect(await getPublishedQuiz({ quizId: quiz.id, actor: outsider })).toBeNull();
    // Not by URL either.
    await expect(startAttempt({ quizId: quiz.id, actor: outsider })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listedFor(member, quiz.id)).toBe(true);
    await expect(startAttempt({ quizId: quiz.id, actor: member })).resolves.toMatchObject({ resumed: false });
  });
});

describe("managing", () => {
  it("only the owner or an admin manages a quiz", async () => {
    const { quiz } = await quizOf();
    const other = await createTeacher("Other");
    await expect(getQuizForManaging({ actor: other, quizId: quiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setQuizPublished({ actor: other, quizId: quiz.id, published: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(closeQuizNow({ actor: other, quizId: quiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateQuizSettings({ actor: other, quizId: quiz.id, input: settingsOf({ title: "Mine now" }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizForManaging({ actor: await createLearner(), quizId: quiz.id })).rejects.toThrow();
    await expect(setQuizPublished({ actor: await createAdmin(), quizId: quiz.id, published: false })).resolves.toBeUndefined();
    expect((await getDb().quiz.findUniqueOrThrow({ where: { id: quiz.id } })).title).toBe("Harbour news");
  });

  it("unpublish, publish a draft, close now", async () => {
    const { teacher, quiz } = await quizOf({ publish: false });
    const learner = await createLearner();
    expect(await listedFor(learner, quiz.id)).toBe(false);
    await setQuizPublished({ actor: teacher, quizId: quiz.id, published: true });
    expect(await listedFor(learner, quiz.id)).toBe(true);
    await setQuizPublished({ actor: teacher, quizId: quiz.id, published: false });
    expect(await listedFor(learner, quiz.id)).toBe(false);
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toBeInstanceOf(NotFoundError);
    await setQuizPublished({ actor: teacher, quizId: quiz.id, published: true });
    expect((await getPublishedQuiz({ quizId: quiz.id, actor: learner }))?.availability).toBe("open");
    await closeQuizNow({ actor: teacher, quizId: quiz.id });
    expect(await listedFor(learner, quiz.id)).toBe(false);
    // Closed, not missing: its page says so, and starting it says so too (it was a 500 on the page).
    expect((await getPublishedQuiz({ quizId: quiz.id, actor: learner }))?.availability).toBe("closed");
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toBeInstanceOf(QuizClosedError);
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toThrow("This quiz has closed: it no longer takes attempts.");
    expect((await getQuizForManaging({ actor: teacher, quizId: quiz.id })).closed).toBe(true);
  });

  it("a quiz not open yet says so, and a closed quiz for classes only stays missing to outsiders", async () => {
    const { quiz } = await quizOf({ openAt: new Date(Date.now() + 86_400_000) });
    const learner = await createLearner();
    expect((await getPublishedQuiz({ quizId: quiz.id, actor: learner }))?.availability).toBe("not_open");
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toBeInstanceOf(QuizNotOpenError);

    const { teacher, quiz: classQuiz } = await quizOf();
    await getDb().quiz.update({ where: { id: classQuiz.id }, data: { visibility: "classes" } });
    await closeQuizNow({ actor: teacher, quizId: classQuiz.id });
    await expect(startAttempt({ quizId: classQuiz.id, actor: learner })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a change that alters existing attempts needs confirming; others do not", async () => {
    const { teacher, quiz } = await quizOf();
    await startAttempt({ quizId: quiz.id, actor: await createLearner() });
    await updateQuizSettings({ actor: teacher, quizId: quiz.id, input: settingsOf({ title: "Harbour news, renamed" }) });
    const change = settingsOf({ attemptsAllowed: 1 });
    await expect(updateQuizSettings({ actor: teacher, quizId: quiz.id, input: change })).rejects.toBeInstanceOf(AttemptsAffectedError);
    expect((await getQuizForManaging({ actor: teacher, quizId: quiz.id })).settings.attemptsAllowed).toBeNull();
    await updateQuizSettings({ actor: teacher, quizId: quiz.id, input: { ...change, confirmed: true } });
    const saved = await getQuizForManaging({ actor: teacher, quizId: quiz.id });
    expect(saved.settings.attemptsAllowed).toBe(1);
    expect(saved.title).toBe("Harbour news");
  });

  it("counts attempts as the quiz's report does, and says which are submitted and which in progress", async () => {
    const { teacher, quiz } = await quizOf();
    for (let i = 0; i < 2; i++) {
      const learner = await createLearner();
      const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
      await submitAttempt({ attemptId: id, actor: learner, responses: {} });
    }
    await startAttempt({ quizId: quiz.id, actor: await createLearner() }); // still in progress
    await startAttempt({ quizId: quiz.id, actor: teacher, preview: true }); // a preview counts nowhere
    const managed = await getQuizForManaging({ actor: teacher, quizId: quiz.id });
    expect(managed.attempts).toEqual({ submitted: 2, inProgress: 1 });
    expect((await getQuizReport({ actor: teacher, quizId: quiz.id })).grades).toHaveLength(managed.attempts.submitted);
    await expect(updateQuizSettings({ actor: teacher, quizId: quiz.id, input: settingsOf({ attemptsAllowed: 3 }) })).rejects.toThrow(/^2 submitted attempts and 1 in progress so far\. Changing the attempts allowed/);
  });
});

describe("a quiz with nothing to ask", () => {
  it("a draw from an empty pool is not listed, cannot be published, and starting it says why", async () => {
    const teacher = await createTeacher();
    const quiz = await createQuiz({ actor: teacher, input: { title: "Nothing tagged yet", draws: [{ tag: "no-such-tag", count: 3 }], publish: false } });
    await expect(setQuizPublished({ actor: teacher, quizId: quiz.id, published: true })).rejects.toBeInstanceOf(EmptyQuizPublishError);
    // Published anyway (as the weekly quiz is, before any news is approved).
    await getDb().quiz.update({ where: { id: quiz.id }, data: { status: "published" } });
    const learner = await createLearner();
    expect(await listedFor(learner, quiz.id)).toBe(false);
    expect((await getPublishedQuiz({ quizId: quiz.id, actor: learner }))?.questionCount).toBe(0);
    await expect(startAttempt({ quizId: quiz.id, actor: learner })).rejects.toBeInstanceOf(EmptyQuizError);
  });
});

describe("the quiz builder", () => {
  it("lists questions newest article first, not in approval order", async () => {
    const teacher = await createTeacher();
    const db = getDb();
    const older = await db.article.create({ data: { title: "Older news", rawText: "x", cleanText: "x", publishedAt: new Date("2026-01-01"), createdById: teacher.id } });
    const newer = await db.article.create({ data: { title: "Newer news", rawText: "x", cleanText: "x", publishedAt: new Date("2026-06-01"), createdById: teacher.id } });
    // Approved in the other order: the newer article's question first.
    for (const articleId of [newer.id, older.id]) {
      await db.question.create({ data: { articleId, authorId: teacher.id, status: "approved", type: "true_false", prompt: `About ${articleId}`, answer: "true" } });
    }
    const listed = await listApprovedQuestions({ actor: teacher });
    expect(listed.map((q) => q.article?.title)).toEqual(["Newer news", "Older news"]);
  });
});
