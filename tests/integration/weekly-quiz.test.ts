// "This week's news": assembled per attempt from approved questions of recent articles.
import { describe, expect, it } from "vitest";
import { ensureWeeklyQuiz } from "@/prisma/seed";
import { createArticle } from "@/app/_server/create-article";
import { setQuestionStatus } from "@/app/_server/review-questions";
import { listPublishedQuizzes } from "@/app/_server/list-published-quizzes";
import { startAttempt } from "@/app/_server/start-attempt";
import { getAttemptForTaking } from "@/app/_server/get-attempt-for-taking";
import { createLearner, createTeacher, TEACHER_ARTICLE } from "./factories";

describe("this week's news", () => {
  it("offers only approved questions from articles of the last seven days, once there are some", async () => {
    const weeklyId = await ensureWeeklyQuiz();
    expect(await ensureWeeklyQuiz()).toBe(weeklyId);

    const teacher = await createTeacher();
    const old = await createArticle({ actor: teacher, input: { title: "Old news", text: TEACHER_ARTICLE, publishedAt: "2020-05-01" } });
    await setQuestionStatus({ actor: teacher, questionIds: old.questionIds.slice(0, 3), status: "approved" });
    const countOf = async () => (await listPublishedQuizzes()).find((q) => q.id === weeklyId)?.questionCount;
    const before = await countOf();

    const fresh = await createArticle({ actor: teacher, input: { title: "Fresh news", text: TEACHER_ARTICLE, publishedAt: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10) } });
    await setQuestionStatus({ actor: teacher, questionIds: fresh.questionIds.slice(0, 3), status: "approved" });
    expect(await countOf()).toBe(Math.min(10, (before ?? 0) + 3));

    const learner = await createLearner();
    const attempt = await startAttempt({ quizId: weeklyId, actor: learner });
    const ids = (await getAttemptForTaking({ attemptId: attempt.id, actor: learner })).questions.map((q) => q.id);
    for (const id of old.questionIds) expect(ids).not.toContain(id);
    // With no other recent questions in this database, all three fit in the ten drawn.
    if (before === undefined) for (const id of fresh.questionIds.slice(0, 3)) expect(ids).toContain(id);
    for (const id of fresh.questionIds.slice(3)) expect(ids).not.toContain(id); // drafts stay out
  });
});
