// An article's drafts over a real database: one question per fact with its other forms stored
// beside it, switching a draft to one of those forms, and drafting more.
import { describe, expect, it } from "vitest";
import { getDb } from "@/prisma/client";
import { generateQuestions, type Question } from "@/questions";
import { createArticle } from "@/app/_server/articles/create-article";
import { getDraftReview } from "@/app/_server/articles/get-draft-review";
import { setQuestionStatus } from "@/app/_server/bank/set-question-status";
import { getQuestionForEditing } from "@/app/_server/bank/get-question-for-editing";
import { updateQuestion, VersionConflictError } from "@/app/_server/bank/update-question";
import { QuestionInUseError, switchQuestionForm } from "@/app/_server/bank/switch-question-form";
import { draftMoreQuestions, DRAFTS_PER_REQUEST } from "@/app/_server/articles/draft-more-questions";
import { regenerateArticle } from "@/app/_server/articles/regenerate-article";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { draftKeys, storedFactIdentity } from "@/app/_server/articles/draft-keys";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import type { Actor } from "@/app/_server/auth/session";
import { FLOOD_BARRIER_ARTICLE, FLOOD_BARRIER_TITLE } from "../support/flood-barrier-article";
import { createAdmin, createLearner, createTeacher } from "./factories";

const input = { title: FLOOD_BARRIER_TITLE, text: FLOOD_BARRIER_ARTICLE, publishedAt: "2025-11-04" };

async function newArticle(teacher?: Actor) {
  const owner = teacher ?? (await createTeacher());
  const { articleId, questionIds } = await createArticle({ actor: owner, input });
  return { owner, articleId, questionIds };
}

/** Every question row of an article, with its fact, as the database holds them. */
async function rowsOf(articleId: string) {
  return getDb().question.findMany({
    where: { articleId },
    orderBy: [{ score: "desc" }, { createdAt: "asc" }],
    select: { id: true, prompt: true, type: true, variants: true, version: true, fact: { select: { kind: true, sentence: true, values: true } } },
  });
}

/** No two questions of the article ask the same fact (by the same keys "draft more" uses). */
async function expectEachFactOnce(articleId: string) {
  const review = await getDraftReview({ actor: await createAdmin(), articleId });
  const rows = new Map((await rowsOf(articleId)).map((r) => [r.id, r]));
  const seen = new Map<string, string>();
  for (const q of review.questions) {
    const fact = rows.get(q.id)!.fact;
    for (const key of draftKeys({ fact: fact ? storedFactIdentity(fact) : null, forms: [q.question, ...q.variants] })) {
      expect(seen.get(key), `${q.question.prompt} repeats the fact of another question (${key})`).toBeUndefined();
      seen.set(key, q.question.prompt);
    }
  }
  return review;
}

/** A draft of the article with at least two other forms, and its review entry. */
async function draftWithForms(articleId: string, actor: Actor) {
  const review = await getDraftReview({ actor, articleId });
  const q = review.questions.find((x) => x.variants.length >= 2);
  expect(q, "the fixture article gives drafts with other forms").toBeDefined();
  return q!;
}

/** The parts of a question a switch must carry over, for comparing forms. */
const formOf = (q: Question) => ({ type: q.type, prompt: q.prompt, choices: q.choices, answer: q.answer, acceptedAnswers: q.acceptedAnswers, tolerance: q.tolerance, explanation: q.explanation, source: q.source?.sentence });

describe("storing drafts", () => {
  it("stores the generator's drafts, each with its other forms and its fact", async () => {
    const { owner, articleId, questionIds } = await newArticle();
    const { drafts } = generateQuestions(FLOOD_BARRIER_ARTICLE, { title: FLOOD_BARRIER_TITLE, publishedAt: new Date("2025-11-04") });
    expect(questionIds).toHaveLength(drafts.length);
    expect(questionIds.length).toBeLessThanOrEqual(DRAFTS_PER_REQUEST);

    const review = await getDraftReview({ actor: owner, articleId });
    expect(review.questions.map((q) => q.id).sort()).toEqual([...questionIds].sort());
    const byId = new Map(review.questions.map((q) => [q.id, q]));
    questionIds.forEach((id, i) => {
      const q = byId.get(id)!;
      expect(formOf(q.question)).toEqual(formOf(drafts[i]!.question));
      expect(q.variants.map(formOf)).toEqual(drafts[i]!.variants.map(formOf));
      // Offsets point into the stored article text, variants' too.
      for (const form of [q.question, ...q.variants]) if (form.source?.start !== undefined) expect(review.cleanText.slice(form.source.start, form.source.end)).toBe(form.source.sentence);
    });
    expect(review.questions.reduce((n, q) => n + q.variants.length, 0)).toBeGreaterThan(review.questions.length);

    // Each linked fact is the draft's own: its sentence and answer.
    const rows = new Map((await rowsOf(articleId)).map((r) => [r.id, r]));
    questionIds.forEach((id, i) => {
      const row = rows.get(id)!;
      const fact = drafts[i]!.fact;
      if (!fact) return expect(row.fact).toBeNull();
      expect(row.fact?.sentence).toBe(fact.sentence);
      expect(JSON.parse(row.fact!.values)).toMatchObject({ answer: fact.answer, answerStart: fact.answerStart });
    });
    await expectEachFactOnce(articleId);
  });

  it("keeps the stored variants through a regeneration, and keeps reviewed questions out of the new drafts", async () => {
    const { owner, articleId, questionIds } = await newArticle();
    await setQuestionStatus({ actor: owner, questionIds: questionIds.slice(0, 3), status: "approved" });
    const outcome = await regenerateArticle({ actor: owner, articleId });
    expect(outcome.kept).toBe(3);
    // The kept three are the generator's top three again: nothing new asks their facts.
    expect(outcome.created).toBe(questionIds.length - 3);
    const review = await expectEachFactOnce(articleId);
    expect(review.questions).toHaveLength(questionIds.length);
    expect(review.questions.filter((q) => q.status === "draft" && q.variants.length > 0).length).toBeGreaterThan(outcome.created / 2);
  });
});

describe("switching a draft to another of its forms", () => {
  it("swaps the question with the chosen form, keeps the old one among the forms, and bumps the version", async () => {
    const { owner, articleId } = await newArticle();
    const before = await draftWithForms(articleId, owner);
    const chosen = before.variants[1]!;

    const result = await switchQuestionForm({ actor: owner, questionId: before.id, expectedVersion: before.version, variant: 1 });
    expect(result.version).toBe(before.version + 1);

    const after = (await getDraftReview({ actor: owner, articleId })).questions.find((q) => q.id === before.id)!;
    expect(formOf(after.question)).toEqual(formOf(chosen));
    expect(after.version).toBe(before.version + 1);
    expect(after.status).toBe(before.status);
    expect(after.question.score).toBe(before.question.score); // the draft keeps its place in the list
    expect(after.variants.map(formOf)).toEqual(before.variants.map((v, i) => formOf(i === 1 ? before.question : v)));
    // The editor sees the new form, and the old one is kept as the previous version.
    expect((await getQuestionForEditing({ actor: owner, questionId: before.id })).question.type).toBe(chosen.type);
    const snapshot = await getDb().questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId: before.id, version: before.version } }, select: { data: true } });
    expect(formOf(JSON.parse(snapshot.data) as Question)).toEqual(formOf(before.question));

    // Switching back is the same button again.
    await switchQuestionForm({ actor: owner, questionId: before.id, expectedVersion: after.version, variant: 1 });
    const back = (await getDraftReview({ actor: owner, articleId })).questions.find((q) => q.id === before.id)!;
    expect(formOf(back.question)).toEqual(formOf(before.question));
    expect(back.variants.map(formOf)).toEqual(before.variants.map(formOf));
  });

  it("is for the question's owner (and admins): another teacher is told it does not exist, a learner is refused", async () => {
    const { owner, articleId } = await newArticle();
    const q = await draftWithForms(articleId, owner);
    const attempt = (actor: Actor) => switchQuestionForm({ actor, questionId: q.id, expectedVersion: q.version, variant: 0 });
    await expect(attempt(await createTeacher("Other"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt(await createLearner())).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getQuestionForEditing({ actor: owner, questionId: q.id })).version).toBe(q.version);
    await expect(attempt(await createAdmin())).resolves.toMatchObject({ version: q.version + 1 });
  });

  it("answers an unknown question, or a form it does not have, with not found", async () => {
    const { owner, articleId } = await newArticle();
    const q = await draftWithForms(articleId, owner);
    await expect(switchQuestionForm({ actor: owner, questionId: "no-such-question", expectedVersion: 1, variant: 0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(switchQuestionForm({ actor: owner, questionId: "x".repeat(500), expectedVersion: 1, variant: 0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(switchQuestionForm({ actor: owner, questionId: q.id, expectedVersion: q.version, variant: q.variants.length })).rejects.toBeInstanceOf(NotFoundError);
    await expect(switchQuestionForm({ actor: owner, questionId: q.id, expectedVersion: q.version, variant: -1 })).rejects.toThrow();
  });

  it("refuses a stale version and changes nothing", async () => {
    const { owner, articleId } = await newArticle();
    const q = await draftWithForms(articleId, owner);
    const editing = await getQuestionForEditing({ actor: owner, questionId: q.id });
    await updateQuestion({ actor: owner, questionId: q.id, expectedVersion: editing.version, question: { ...editing.question, prompt: `${editing.question.prompt} (edited)` } });
    await expect(switchQuestionForm({ actor: owner, questionId: q.id, expectedVersion: q.version, variant: 0 })).rejects.toBeInstanceOf(VersionConflictError);
    const now = await getQuestionForEditing({ actor: owner, questionId: q.id });
    expect(now.question.prompt).toBe(`${editing.question.prompt} (edited)`);
    expect(now.version).toBe(q.version + 1);
  });

  it("lets one of two switches from the same version through", async () => {
    const { owner, articleId } = await newArticle();
    const q = await draftWithForms(articleId, owner);
    const outcomes = await Promise.allSettled([0, 1].map((variant) => switchQuestionForm({ actor: owner, questionId: q.id, expectedVersion: q.version, variant })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
  });

  it("leaves a question that is in a quiz as it is", async () => {
    const { owner, articleId } = await newArticle();
    const q = await draftWithForms(articleId, owner);
    await setQuestionStatus({ actor: owner, questionIds: [q.id], status: "approved" });
    await createQuiz({ actor: owner, input: { title: "Flood quiz", questionIds: [q.id] } });
    await expect(switchQuestionForm({ actor: owner, questionId: q.id, expectedVersion: q.version, variant: 0 })).rejects.toBeInstanceOf(QuestionInUseError);
    const review = await getDraftReview({ actor: owner, articleId });
    expect(review.questions.find((x) => x.id === q.id)).toMatchObject({ inUse: true, version: q.version });
  });
});

describe("drafting more", () => {
  it("adds drafts on facts the article has no question for yet, then nothing once they are all drafted", async () => {
    const { owner, articleId, questionIds } = await newArticle();
    const all = generateQuestions(FLOOD_BARRIER_ARTICLE, { title: FLOOD_BARRIER_TITLE, publishedAt: new Date("2025-11-04"), limit: 200 }).drafts;
    expect(all.length, "the fixture has more facts than one batch").toBeGreaterThan(questionIds.length);
    // Reviewed questions count as drafted too, and so does a draft shown in another of its forms.
    await setQuestionStatus({ actor: owner, questionIds: [questionIds[0]!], status: "rejected" });
    const switched = await draftWithForms(articleId, owner);
    await switchQuestionForm({ actor: owner, questionId: switched.id, expectedVersion: switched.version, variant: switched.variants.length - 1 });

    expect((await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { moreDrafts: true } })).moreDrafts).toBe(true);
    const first = await draftMoreQuestions({ actor: owner, articleId });
    expect(first.added).toBeGreaterThan(0);
    expect(first.added).toBeLessThanOrEqual(DRAFTS_PER_REQUEST);
    expect(first.questionIds).toHaveLength(first.added);
    const review = await expectEachFactOnce(articleId);
    expect(review.questions).toHaveLength(questionIds.length + first.added);
    const added = review.questions.filter((q) => first.questionIds.includes(q.id));
    // The new ones are the generator's next best: they follow the first batch.
    const lowest = Math.min(...review.questions.filter((q) => questionIds.includes(q.id)).map((q) => q.question.score ?? 0));
    for (const q of added) expect(q.question.score ?? 0).toBeLessThanOrEqual(lowest);
    expect(added.every((q) => q.status === "draft")).toBe(true);
    expect(added.some((q) => q.variants.length > 0)).toBe(true);
    for (const q of added) if (q.question.source?.start !== undefined) expect(review.cleanText.slice(q.question.source.start, q.question.source.end)).toBe(q.question.source.sentence);

    // Until every fact the generator finds has a question; then asking again adds nothing.
    let total = review.questions.length;
    for (let round = 0; round < 10; round++) {
      const more = await draftMoreQuestions({ actor: owner, articleId });
      total += more.added;
      if (more.added === 0) break;
    }
    expect(total).toBe(all.length);
    // The article remembers it, so the review page stops offering the button (after a reload too).
    const moreDrafts = async () => (await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { moreDrafts: true } })).moreDrafts;
    expect(await moreDrafts()).toBe(false);
    expect(await draftMoreQuestions({ actor: owner, articleId })).toEqual({ added: 0, questionIds: [], more: false });
    expect(await getDb().question.count({ where: { articleId } })).toBe(all.length);
    await expectEachFactOnce(articleId);
  });

  it("adds each fact once when asked twice at the same time", async () => {
    const { owner, articleId, questionIds } = await newArticle();
    const [a, b] = await Promise.all([draftMoreQuestions({ actor: owner, articleId }), draftMoreQuestions({ actor: owner, articleId })]);
    expect(a.added + b.added).toBeGreaterThan(0);
    expect(await getDb().question.count({ where: { articleId } })).toBe(questionIds.length + a.added + b.added);
    await expectEachFactOnce(articleId);
  });

  it("is for the article's owner (and admins)", async () => {
    const { articleId, questionIds } = await newArticle();
    await expect(draftMoreQuestions({ actor: await createTeacher("Other"), articleId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(draftMoreQuestions({ actor: await createLearner(), articleId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(draftMoreQuestions({ actor: await createAdmin(), articleId: "no-such-article" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().question.count({ where: { articleId } })).toBe(questionIds.length);
  });
});
