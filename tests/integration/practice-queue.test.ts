// Spaced review over a real database: missed questions enter the learner's queue once, the
// review session hides the keys until an answer is marked, FSRS schedules the next review, and
// one learner can never reach another's cards.
import { describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { answerPractice, enqueueMissed, getPracticeSession, getPracticeSummary, rateQuestion } from "@/app/_server/practice/practice-queue";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { DEADLINE_GRACE_MS } from "@/app/_server/quizzes/quiz-settings";
import type { Actor } from "@/app/_server/auth/session";
import type { Question } from "@/questions/schema";
import { getDb } from "@/prisma/client";
import { createLearner, createTeacher } from "./factories";

const SOURCE_1 = "Transport ministers met in Port Vila on Monday to restart talks.";
const SOURCE_2 = "The service would link eleven harbours across three countries.";
const QUESTIONS: Question[] = [
  { type: "multiple_choice", prompt: "Where did the ministers meet?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "The article names Port Vila.", source: { sentence: SOURCE_1 } },
  { type: "numeric", prompt: "How many harbours?", answer: 11, tolerance: 0, explanation: "Eleven harbours.", source: { sentence: SOURCE_2 }, answerFeedback: [{ answer: 12, tolerance: 0, feedback: "Twelve counts the new pier too." }] },
  { type: "short_answer", prompt: "Which city hosts the next meeting?", answer: "Suva", explanation: "They meet again in Suva." },
];
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function quizWith(settings: Record<string, unknown> = {}) {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Ferry talks", questionIds: ids, ...settings } });
  return { teacher, ids, quiz };
}

/** Takes and submits the quiz with these answers. */
async function take(quizId: string, learner: Actor, responses: Record<string, unknown>, now = new Date(), preview = false) {
  const { id } = await startAttempt({ quizId, actor: learner, now, preview });
  return submitAttempt({ attemptId: id, actor: learner, responses, now });
}

const cardsOf = (userId: string) => getDb().reviewCard.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("review queue", () => {
  it("queues the questions a learner got wrong, once, and not the right ones", async () => {
    const { ids, quiz } = await quizWith();
    const learner = await createLearner();
    const now = new Date();
    await take(quiz.id, learner, { [ids[0]!]: "Port Vila", [ids[1]!]: 12 }, now); // third left unanswered
    const cards = await cardsOf(learner.id);
    expect(cards.map((c) => c.questionId).sort()).toEqual([ids[1]!, ids[2]!].sort());
    for (const c of cards) {
      expect(c.due.getTime()).toBe(now.getTime());
      expect(c).toMatchObject({ state: 0, reps: 0, lapses: 0, lastReview: null });
    }

    // Missed again in a second attempt: still one card each.
    await take(quiz.id, learner, { [ids[0]!]: "Suva" });
    const again = await cardsOf(learner.id);
    expect(again).toHaveLength(3);
    expect(new Set(again.map((c) => c.questionId)).size).toBe(3);
    expect(await enqueueMissed({ userId: learner.id, questionIds: ids, now: new Date() })).toBe(0);
  });

  it("ignores a teacher's preview attempts", async () => {
    const { teacher, quiz } = await quizWith();
    await take(quiz.id, teacher, {}, new Date(), true);
    expect(await cardsOf(teacher.id)).toHaveLength(0);
  });

  it("holds back questions of quizzes that hold back their answers", async () => {
    const closeAt = new Date(Date.now() + 7 * DAY);
    const closing = await quizWith({ review: "after_close", closeAt });
    const secret = await quizWith({ review: "score_only" });
    const learner = await createLearner();
    await take(closing.quiz.id, learner, {});
    await take(secret.quiz.id, learner, {});
    const cards = await cardsOf(learner.id);
    expect(cards).toHaveLength(3);
    // Due when the result pages show the answers: once no attempt can change (past the close's grace).
    for (const c of cards) expect(c.due.getTime()).toBe(closeAt.getTime() + DEADLINE_GRACE_MS + 1);
    const session = await getPracticeSession({ actor: learner });
    expect(session).toEqual({ dueNow: 0, cards: [] });
    // Not due yet: answering would show the key before the quiz does.
    await expect(answerPractice({ actor: learner, cardId: cards[0]!.id, response: { value: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rateQuestion({ actor: learner, questionId: secret.ids[0]!, rating: "hard" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows only due cards, oldest first, without answer keys, explanations or sources", async () => {
    const { ids, quiz } = await quizWith();
    const learner = await createLearner();
    const start = new Date(Date.now() - 10 * MINUTE);
    await take(quiz.id, learner, {}, start);
    // One card pushed into the future, one made the oldest.
    await getDb().reviewCard.updateMany({ where: { userId: learner.id, questionId: ids[0]! }, data: { due: new Date(Date.now() + DAY) } });
    await getDb().reviewCard.updateMany({ where: { userId: learner.id, questionId: ids[2]! }, data: { due: new Date(start.getTime() - MINUTE) } });

    const session = await getPracticeSession({ actor: learner });
    expect(session.dueNow).toBe(2);
    expect(session.cards.map((c) => c.question.prompt)).toEqual([QUESTIONS[2]!.prompt, QUESTIONS[1]!.prompt]);
    const json = JSON.stringify(session);
    for (const secret of [SOURCE_1, SOURCE_2, "Eleven harbours", "They meet again", '"answer"', "explanation", "sourceSentence", "acceptedAnswers", "tolerance"]) {
      expect(json).not.toContain(secret);
    }
    // The same order of choices on every load.
    expect((await getPracticeSession({ actor: learner })).cards).toEqual(session.cards);

    const limited = await getPracticeSession({ actor: learner, limit: 1 });
    expect(limited.dueNow).toBe(2);
    expect(limited.cards).toHaveLength(1);

    const summary = await getPracticeSummary({ actor: learner });
    expect(summary).toMatchObject({ dueNow: 2, dueToday: 3, total: 3 });
    expect(summary.nextDue?.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses a blank check: not counted wrong, nothing scheduled, no key shown", async () => {
    const { quiz } = await quizWith();
    const learner = await createLearner();
    const now = new Date();
    await take(quiz.id, learner, {}, now);
    const { cards } = await getPracticeSession({ actor: learner, now });
    const cardId = cards[0]!.cardId;
    const before = (await cardsOf(learner.id)).find((c) => c.id === cardId);
    for (const value of [undefined, "", "   ", []]) {
      await expect(answerPractice({ actor: learner, cardId, response: { value }, now })).rejects.toThrow(/Give an answer before checking it/);
    }
    expect((await cardsOf(learner.id)).find((c) => c.id === cardId)).toEqual(before);
  });

  it("schedules a right answer further out than a wrong one, and updates the FSRS fields", async () => {
    const { quiz } = await quizWith();
    const learner = await createLearner();
    const now = new Date();
    await take(quiz.id, learner, {}, now);
    const { cards } = await getPracticeSession({ actor: learner, now });
    const byPrompt = new Map(cards.map((c) => [c.question.prompt, c.cardId]));
    const mcCard = byPrompt.get(QUESTIONS[0]!.prompt)!;
    const numericCard = byPrompt.get(QUESTIONS[1]!.prompt)!;

    const right = await answerPractice({ actor: learner, cardId: mcCard, response: { value: "Port Vila" }, now });
    expect(right).toMatchObject({ verdict: "right", fraction: 1, correctAnswer: "Port Vila", explanation: "The article names Port Vila.", sourceSentence: SOURCE_1, scheduled: true });
    const wrong = await answerPractice({ actor: learner, cardId: numericCard, response: { value: 12 }, now });
    expect(wrong).toMatchObject({ verdict: "wrong", fraction: 0, correctAnswer: "11", yourAnswer: "12", sourceSentence: SOURCE_2, forYourAnswer: ["Twelve counts the new pier too."] });
    expect(right.forYourAnswer).toEqual([]);
    expect(right.nextDue.getTime()).toBeGreaterThan(wrong.nextDue.getTime());
    expect(wrong.nextDue.getTime() - now.getTime()).toBeLessThanOrEqual(10 * MINUTE); // back within the sitting

    const stored = new Map((await cardsOf(learner.id)).map((c) => [c.id, c]));
    expect(stored.get(mcCard)).toMatchObject({ reps: 1, state: 1, lastReview: now, due: right.nextDue });
    expect(stored.get(mcCard)!.stability).toBeGreaterThan(0);
    expect(stored.get(numericCard)).toMatchObject({ reps: 1, lastReview: now, due: wrong.nextDue });

    // A replayed form schedules nothing more (and the card is no longer due anyway).
    await expect(answerPractice({ actor: learner, cardId: mcCard, response: { value: "Port Vila" }, now })).rejects.toBeInstanceOf(ForbiddenError);

    // Right again once it is due: the card graduates to days, not minutes.
    const later = new Date(right.nextDue.getTime() + MINUTE);
    const second = await answerPractice({ actor: learner, cardId: mcCard, response: { value: "Port Vila" }, now: later });
    expect(second.nextDue.getTime() - later.getTime()).toBeGreaterThanOrEqual(DAY);
    expect((await getDb().reviewCard.findUniqueOrThrow({ where: { id: mcCard } })).state).toBe(2);

    // "Easy" on a right answer waits longer than "good".
    const other = await createLearner();
    await take(quiz.id, other, {}, now);
    const theirs = (await getPracticeSession({ actor: other, now })).cards;
    const good = await answerPractice({ actor: other, cardId: theirs.find((c) => c.question.prompt === QUESTIONS[0]!.prompt)!.cardId, response: { value: "Port Vila" }, now });
    const easy = await answerPractice({ actor: other, cardId: theirs.find((c) => c.question.prompt === QUESTIONS[2]!.prompt)!.cardId, response: { value: "suva" }, self: "easy", now });
    expect(easy.nextDue.getTime()).toBeGreaterThan(good.nextDue.getTime());
  });

  it("tells another learner the card does not exist", async () => {
    const { quiz } = await quizWith();
    const owner = await createLearner();
    const intruder = await createLearner();
    await take(quiz.id, owner, {});
    const [card] = await cardsOf(owner.id);
    await expect(answerPractice({ actor: intruder, cardId: card!.id, response: { value: "Port Vila" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getPracticeSession({ actor: intruder })).toEqual({ dueNow: 0, cards: [] });
    expect(await getPracticeSummary({ actor: intruder })).toEqual({ dueNow: 0, dueToday: 0, total: 0, nextDue: null });
    // The card is untouched.
    expect(await getDb().reviewCard.findUniqueOrThrow({ where: { id: card!.id } })).toMatchObject({ reps: 0, lastReview: null });
  });

  it("queues a question rated hard even when it was answered right, but only one the learner has seen", async () => {
    const { ids, quiz } = await quizWith();
    const learner = await createLearner();
    await take(quiz.id, learner, { [ids[0]!]: "Port Vila", [ids[1]!]: 11, [ids[2]!]: "Suva" });
    expect(await cardsOf(learner.id)).toHaveLength(0);

    expect(await rateQuestion({ actor: learner, questionId: ids[0]!, rating: "hard" })).toEqual({ status: "added" });
    expect(await rateQuestion({ actor: learner, questionId: ids[0]!, rating: "hard" })).toEqual({ status: "already_queued" });
    const cards = await cardsOf(learner.id);
    expect(cards.map((c) => c.questionId)).toEqual([ids[0]!]);
    expect((await getPracticeSession({ actor: learner })).dueNow).toBe(1);

    // A question from a quiz they never took (which would otherwise leak its key through review).
    const stranger = await createLearner();
    await expect(rateQuestion({ actor: stranger, questionId: ids[0]!, rating: "hard" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await cardsOf(stranger.id)).toHaveLength(0);
  });
});
