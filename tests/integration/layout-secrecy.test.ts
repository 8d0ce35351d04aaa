// Layouts a learner cannot work out (issue 12, docs/decisions/017-layouts-drawn-from-a-server-secret.md).
// Ordering questions keep their items in the key's order and matching questions keep no options of
// their own, so a layout that anyone could recompute from the attempt and question ids gives the key
// away. Here the attacker knows exactly what a learner knows (the attempt id, the question ids and
// the layout shown) and tries the shuffle the app used to seed with those ids.
import { afterEach, describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { getAttemptForTaking, type AttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { viewAttempt } from "@/app/_server/attempts/view-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getPracticeSession } from "@/app/_server/practice/practice-queue";
import { loadDemoContent } from "@/prisma/seed";
import { getDb } from "@/prisma/client";
import { questionGradingSelect, toDomainQuestion } from "@/app/_server/bank/question-record";
import type { Actor } from "@/app/_server/auth/session";
import type { Question } from "@/questions/schema";
import { guessKey, publicSeedShuffle } from "../support/public-seed-shuffle";
import { createGuest, createLearner, createTeacher } from "./factories";

// Six items each: a layout equals any given order by chance once in 720.
const STOPS = ["Anchorage", "Breakwater", "Customs", "Drydock", "Esplanade", "Fishmarket"];
const PIERS = ["North", "South", "East", "West", "Inner", "Outer"];
const KEEPERS = ["Gull", "Tern", "Auk", "Wren", "Skua", "Puffin"];

const QUESTIONS: Question[] = [
  // As a teacher writes it, or a JSON import carries it: no `choices`, the items in the key's order.
  { type: "ordering", prompt: "Put the ferry's stops in order.", answer: STOPS, explanation: "The timetable." },
  // Matching stores no options of its own: the right-hand sides are the pairs', in the pairs' order.
  { type: "matching", prompt: "Match each pier with its keeper.", answer: PIERS.map((left, i) => ({ left, right: KEEPERS[i]! })), explanation: "The harbour roll." },
];
const KEY_PAIRS = Object.fromEntries(PIERS.map((left, i) => [left, KEEPERS[i]!]));

/** A teacher's quiz of the two questions; `shuffleChoices: false` must not matter to either. */
async function harbourQuiz() {
  const teacher = await createTeacher();
  const ids = await createQuestions({ actor: teacher, questions: QUESTIONS });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Harbour layouts", questionIds: ids, shuffleChoices: false } });
  return { teacher, quiz };
}

/** The harbour questions of a view whose key the attack recovered. */
function solvedByTheAttack(view: AttemptForTaking): string[] {
  return view.questions.flatMap((q) => {
    const guess = guessKey(q, view.id);
    const truth = q.type === "ordering" ? STOPS : KEY_PAIRS;
    return guess && JSON.stringify(guess) === JSON.stringify(truth) ? [`${q.type} of attempt ${view.id}`] : [];
  });
}

/** The options a question stores, in their stored order: what a layout shuffles. */
function storedOptions(q: Question): string[] {
  if (q.type === "ordering") return q.choices ?? (q.answer as string[]);
  if (q.type === "matching") return q.choices ?? (q.answer as { right: string }[]).map((p) => p.right);
  return q.choices ?? [];
}

const layoutOf = (view: AttemptForTaking) => view.questions.map((q) => ({ id: q.id, choices: q.choices, matchLeft: q.matchLeft, matchRight: q.matchRight }));

describe("layouts a learner cannot work out", () => {
  const secret = process.env.BETTER_AUTH_SECRET;
  afterEach(() => {
    process.env.BETTER_AUTH_SECRET = secret;
  });

  it("the attempt and question ids and the layout shown do not give the key away", async () => {
    const { quiz } = await harbourQuiz();
    const solved: string[] = [];
    const orders = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const learner = await createLearner();
      const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
      const view = await getAttemptForTaking({ attemptId: id, actor: learner });
      // Shuffled, whatever the quiz says about choices: every item there, in some order.
      const ordering = view.questions.find((q) => q.type === "ordering")!;
      const matching = view.questions.find((q) => q.type === "matching")!;
      expect([...ordering.choices!].sort()).toEqual([...STOPS].sort());
      expect(matching.matchLeft).toEqual(PIERS);
      expect([...matching.matchRight!].sort()).toEqual([...KEEPERS].sort());
      orders.add(ordering.choices!.join());
      solved.push(...solvedByTheAttack(view));
    }
    // With ids for seeds the attack solved all eight; with a secret, by chance, about 1 in 720 each.
    expect(solved.length, `the attack recovered: ${solved.join("; ")}`).toBeLessThanOrEqual(1);
    expect(orders.size).toBeGreaterThan(1);
  });

  it("holds for guests on the demo and for a teacher's preview too", async () => {
    // The demo's questions (multiple choice, as generated): their choices are stored in the
    // generator's order. Before, a guest could recompute every layout from the ids.
    const { quizId } = await loadDemoContent();
    const layouts: { shown: string[]; stored: string[]; seed: string }[] = [];
    for (const guest of [await createGuest(), await createGuest()]) {
      const { id } = await startAttempt({ quizId, actor: guest });
      const view = await getAttemptForTaking({ attemptId: id, actor: guest });
      const rows = await getDb().question.findMany({ where: { id: { in: view.questions.map((q) => q.id) } }, select: { id: true, ...questionGradingSelect } });
      const stored = new Map(rows.map((r) => [r.id, storedOptions(toDomainQuestion(r))]));
      for (const q of view.questions) {
        const shown = q.choices ?? q.matchRight;
        if (shown) layouts.push({ shown, stored: stored.get(q.id)!, seed: `${id}:${q.id}` });
      }
    }
    expect(layouts.length).toBeGreaterThanOrEqual(4);
    const recomputed = layouts.filter((l) => publicSeedShuffle(l.stored, l.seed).join() === l.shown.join());
    // Four choices fall into the same order by chance once in 24.
    expect(recomputed.length, `${recomputed.length} of ${layouts.length} layouts recomputed from the ids`).toBeLessThan(layouts.length / 2);

    const { teacher, quiz } = await harbourQuiz();
    const { id } = await startAttempt({ quizId: quiz.id, actor: teacher, preview: true });
    const solved = solvedByTheAttack(await getAttemptForTaking({ attemptId: id, actor: teacher }));
    expect(solved.length, `the attack recovered: ${solved.join("; ")}`).toBeLessThanOrEqual(1);
  });

  it("shows the same layout on every reload, through the page's and the API's use cases, and a different one under another secret", async () => {
    const { quiz } = await harbourQuiz();
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    const first = layoutOf(await getAttemptForTaking({ attemptId: id, actor: learner }));
    expect(layoutOf(await getAttemptForTaking({ attemptId: id, actor: learner }))).toEqual(first);
    const resumed = await startAttempt({ quizId: quiz.id, actor: learner });
    expect(resumed).toEqual({ id, resumed: true });
    const viewed = await viewAttempt({ attemptId: id, actor: learner });
    if (!("taking" in viewed)) throw new Error("expected the attempt to be open");
    expect(layoutOf(viewed.taking)).toEqual(first);

    // The layout is drawn from the app's secret: another secret (another installation) draws another.
    process.env.BETTER_AUTH_SECRET = "another-installation-secret-0123456789";
    const elsewhere = layoutOf(await getAttemptForTaking({ attemptId: id, actor: learner }));
    expect(elsewhere.map((q) => q.choices ?? q.matchRight)).not.toEqual(first.map((q) => q.choices ?? q.matchRight));
    process.env.BETTER_AUTH_SECRET = secret;
    expect(layoutOf(await getAttemptForTaking({ attemptId: id, actor: learner }))).toEqual(first);
  });

  it("draws review cards' layouts from the secret as well, the same on every visit", async () => {
    const { quiz } = await harbourQuiz();
    const learner: Actor = await createLearner();
    const { id } = await startAttempt({ quizId: quiz.id, actor: learner });
    await submitAttempt({ attemptId: id, actor: learner, responses: {} }); // both missed: both queued
    const later = new Date(Date.now() + 86_400_000);
    const session = await getPracticeSession({ actor: learner, now: later });
    expect(session.cards).toHaveLength(2);
    expect((await getPracticeSession({ actor: learner, now: later })).cards.map((c) => c.question)).toEqual(session.cards.map((c) => c.question));
    // The old seed for a card was `review:<card id>`, the card id being on the page.
    const solved = session.cards.filter((card) => {
      const guess = guessKey({ ...card.question, id: card.cardId }, "review");
      return JSON.stringify(guess) === JSON.stringify(card.question.type === "ordering" ? STOPS : KEY_PAIRS);
    });
    expect(solved.length).toBeLessThanOrEqual(1);
  });
});
