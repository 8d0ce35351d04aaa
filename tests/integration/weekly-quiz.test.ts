// "This week's news": assembled per attempt from approved questions of recent articles that their
// teachers share, never one that another quiz keeps the answer of.
// docs/decisions/020-what-the-weekly-quiz-may-draw.md
import { describe, expect, it } from "vitest";
import { ensureWeeklyQuiz } from "@/prisma/seed";
import { createArticle } from "@/app/_server/articles/create-article";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { setQuestionStatus } from "@/app/_server/bank/set-question-status";
import { shareArticleWithWeeklyQuiz } from "@/app/_server/articles/share-article";
import { listPublishedQuizzes } from "@/app/_server/quizzes/list-published-quizzes";
import { EmptyQuizError, startAttempt } from "@/app/_server/attempts/start-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { NotFoundError } from "@/app/_server/http/errors";
import type { Actor } from "@/app/_server/auth/session";
import { createLearner, createTeacher, TEACHER_ARTICLE } from "./factories";

/** The questions a new learner is given by the weekly quiz at `now` (none: it is not offered). */
async function drawnAt(weeklyId: string, now: Date): Promise<string[]> {
  const learner = await createLearner();
  try {
    const attempt = await startAttempt({ quizId: weeklyId, actor: learner, now });
    return (await getAttemptForTaking({ attemptId: attempt.id, actor: learner })).questions.map((q) => q.id);
  } catch (error) {
    // Nothing to draw: the quiz says so (it is not offered either).
    if (error instanceof EmptyQuizError) return [];
    throw error;
  }
}

const offeredAt = async (weeklyId: string, now: Date) => (await listPublishedQuizzes({ now })).find((q) => q.id === weeklyId)?.questionCount ?? 0;

/** A teacher's article published on `day`, with its first `approve` questions approved. */
async function approvedArticle(teacher: Actor, day: string, approve = 3) {
  const article = await createArticle({ actor: teacher, input: { title: `News of ${day}`, text: TEACHER_ARTICLE, publishedAt: day } });
  const approved = article.questionIds.slice(0, approve);
  await setQuestionStatus({ actor: teacher, questionIds: approved, status: "approved" });
  return { ...article, approved };
}

describe("this week's news", () => {
  it("offers only approved questions from shared articles of the last seven days, once there are some", async () => {
    const weeklyId = await ensureWeeklyQuiz();
    expect(await ensureWeeklyQuiz()).toBe(weeklyId);

    const teacher = await createTeacher();
    const old = await approvedArticle(teacher, "2020-05-01");
    await shareArticleWithWeeklyQuiz({ actor: teacher, articleId: old.articleId, shared: true });
    const countOf = async () => (await listPublishedQuizzes()).find((q) => q.id === weeklyId)?.questionCount;
    const before = await countOf();

    const fresh = await approvedArticle(teacher, new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
    await shareArticleWithWeeklyQuiz({ actor: teacher, articleId: fresh.articleId, shared: true });
    expect(await countOf()).toBe(Math.min(10, (before ?? 0) + 3));

    const learner = await createLearner();
    const attempt = await startAttempt({ quizId: weeklyId, actor: learner });
    const ids = (await getAttemptForTaking({ attemptId: attempt.id, actor: learner })).questions.map((q) => q.id);
    for (const id of old.questionIds) expect(ids).not.toContain(id);
    // With no other recent questions in this database, all three fit in the ten drawn.
    if (before === undefined) for (const id of fresh.approved) expect(ids).toContain(id);
    for (const id of fresh.questionIds.slice(3)) expect(ids).not.toContain(id); // drafts stay out
  });

  it("draws a teacher's questions only while the teacher shares their article (off by default)", async () => {
    const weeklyId = await ensureWeeklyQuiz();
    const now = new Date("2011-03-10T12:00:00Z");
    const teacher = await createTeacher("Exam Teacher");
    const article = await approvedArticle(teacher, "2011-03-08");

    // Approved and recent, but not shared: no learner is given them, and the quiz is not offered.
    expect(await drawnAt(weeklyId, now)).toEqual([]);
    expect(await offeredAt(weeklyId, now)).toBe(0);

    await shareArticleWithWeeklyQuiz({ actor: teacher, articleId: article.articleId, shared: true });
    expect((await drawnAt(weeklyId, now)).sort()).toEqual([...article.approved].sort());
    expect(await offeredAt(weeklyId, now)).toBe(3);

    await shareArticleWithWeeklyQuiz({ actor: teacher, articleId: article.articleId, shared: false });
    expect(await drawnAt(weeklyId, now)).toEqual([]);
  });

  it("never draws a question that a quiz still keeps the answer of, even from a shared article", async () => {
    const weeklyId = await ensureWeeklyQuiz();
    const now = new Date("2011-06-10T12:00:00Z");
    const teacher = await createTeacher("Sharing Teacher");
    const shared = await approvedArticle(teacher, "2011-06-08", 5);
    const drawnFrom = await approvedArticle(teacher, "2011-06-07", 2);
    for (const a of [shared, drawnFrom]) await shareArticleWithWeeklyQuiz({ actor: teacher, articleId: a.articleId, shared: true });
    const [inExam, inClosingQuiz, inOpenQuiz, free1, free2] = shared.approved as [string, string, string, string, string];

    await createQuiz({ actor: teacher, input: { title: "Score-only exam", questionIds: [inExam], review: "score_only" } });
    await createQuiz({ actor: teacher, input: { title: "Answers at close", questionIds: [inClosingQuiz], review: "after_close", closeAt: "2011-06-12T00:00:00Z" } });
    await createQuiz({ actor: teacher, input: { title: "Answers after submitting", questionIds: [inOpenQuiz], review: "after_submit" } });
    // A score-only quiz that draws from the second article holds back all of that article's questions.
    await createQuiz({ actor: teacher, input: { title: "Score-only draw", draws: [{ articleId: drawnFrom.articleId, count: 2 }], review: "score_only" } });

    expect((await drawnAt(weeklyId, now)).sort()).toEqual([inOpenQuiz, free1, free2].sort());
    expect(await offeredAt(weeklyId, now)).toBe(3);
    // Once the "after close" quiz has closed its answers are out anyway.
    const afterClose = new Date("2011-06-13T12:00:00Z");
    expect((await drawnAt(weeklyId, afterClose)).sort()).toEqual([inClosingQuiz, inOpenQuiz, free1, free2].sort());
  });

  it("lets only the article's teacher (or an admin) share it", async () => {
    const owner = await createTeacher("Owner");
    const other = await createTeacher("Other");
    const article = await approvedArticle(owner, "2011-09-01", 1);
    await expect(shareArticleWithWeeklyQuiz({ actor: other, articleId: article.articleId, shared: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(shareArticleWithWeeklyQuiz({ actor: await createLearner(), articleId: article.articleId, shared: true })).rejects.toThrow(/teachers/);
    expect(await drawnAt(await ensureWeeklyQuiz(), new Date("2011-09-02T00:00:00Z"))).toEqual([]);
  });
});
