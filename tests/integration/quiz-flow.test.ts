// The learner loop over a real database: demo content, start, resume, take, submit once, result,
// history, and another learner kept out.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/prisma/client";
import { loadDemoContent } from "@/prisma/seed";
import { listPublishedQuizzes } from "@/app/_server/quizzes/list-published-quizzes";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { getAttemptForTaking } from "@/app/_server/attempts/get-attempt-for-taking";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { getAttemptResult } from "@/app/_server/attempts/get-attempt-result";
import { listMyAttempts } from "@/app/_server/history/list-my-attempts";
import { NotFoundError } from "@/app/_server/http/errors";
import { toDomainQuestion, questionRowSelect } from "@/app/_server/bank/question-record";
import type { Question } from "@/questions/schema";
import { createLearner } from "./factories";

let quizId: string;

/** The correct response for a question, built from its stored key. */
function correctResponse(q: Question): unknown {
  if (q.type === "matching") return Object.fromEntries((q.answer as { left: string; right: string }[]).map((p) => [p.left, p.right]));
  return q.answer;
}

async function answerKeys(id: string) {
  const rows = await getDb().quizQuestion.findMany({
    where: { quizId: id },
    select: { question: { select: { id: true, ...questionRowSelect } } },
  });
  return rows.map((r) => ({ id: r.question.id, question: toDomainQuestion(r.question) }));
}

beforeAll(async () => {
  // The integration files share one database, and another file may have loaded the demo first.
  quizId = (await loadDemoContent()).quizId;
});

describe("demo content", () => {
  it("is loaded once and published with approved, generated questions", async () => {
    const again = await loadDemoContent();
    expect(again).toEqual({ created: false, quizId });
    expect(await getDb().quiz.count({ where: { isDemo: true } })).toBe(1);
    const quizzes = await listPublishedQuizzes();
    const demo = quizzes.find((q) => q.id === quizId);
    expect(demo?.isDemo).toBe(true);
    expect(demo?.questionCount).toBeGreaterThanOrEqual(5);
    const statuses = await getDb().question.findMany({ where: { quizzes: { some: { quizId } } }, select: { status: true, sourceSentence: true } });
    expect(statuses.every((q) => q.status === "approved" && q.sourceSentence)).toBe(true);
  });
});

describe("taking a quiz", () => {
  it("resumes the attempt in progress instead of starting another", async () => {
    const learner = await createLearner();
    const a = await startAttempt({ quizId, actor: learner });
    const b = await startAttempt({ quizId, actor: learner });
    expect(b.id).toBe(a.id);
  });

  it("sends no answer keys, explanations or sources before submission", async () => {
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId, actor: learner });
    const view = await getAttemptForTaking({ attemptId: id, actor: learner });
    const payload = JSON.stringify(view);
    expect(payload).not.toMatch(/"(answer|acceptedAnswers|explanation|source|sourceSentence|tolerance)"/);
    for (const { id: questionId, question } of await answerKeys(quizId)) {
      if (question.source) expect(payload).not.toContain(question.source.sentence);
      if (question.type === "numeric" || question.type === "short_answer" || question.type === "cloze") {
        // Within the question itself: another question's choices may rightly include the same words.
        const shown = JSON.stringify(view.questions.find((q) => q.id === questionId));
        expect(shown).not.toContain(`"${String(question.answer)}"`);
      }
    }
    expect(await getAttemptResult({ attemptId: id, actor: learner })).toEqual({ notSubmitted: true });
  });

  it("scores on the server: all correct earns full marks, and only once", async () => {
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId, actor: learner });
    const keys = await answerKeys(quizId);
    const responses = Object.fromEntries(keys.map((k) => [k.id, correctResponse(k.question)]));
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses });
    expect(outcome).toEqual({ status: "submitted", score: keys.length, maxScore: keys.length });

    const replay = await submitAttempt({ attemptId: id, actor: learner, responses: {} });
    expect(replay).toEqual({ status: "already_submitted" });

    const result = await getAttemptResult({ attemptId: id, actor: learner });
    if ("notSubmitted" in result) throw new Error("expected a result");
    expect(result.score).toBe(keys.length);
    expect(result.questions.every((q) => q.fraction === 1 && q.correctAnswer && q.sourceSentence)).toBe(true);
  });

  it("gives nothing for wrong or malformed answers", async () => {
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId, actor: learner });
    const keys = await answerKeys(quizId);
    const junk = [{ nested: { deep: true } }, "definitely not it", -123456789, null];
    const responses = Object.fromEntries(keys.map((k, i) => [k.id, junk[i % junk.length]]));
    const outcome = await submitAttempt({ attemptId: id, actor: learner, responses });
    expect(outcome).toMatchObject({ status: "submitted", score: 0 });
  });

  it("scores exactly once when the same attempt is submitted concurrently", async () => {
    const learner = await createLearner();
    const { id } = await startAttempt({ quizId, actor: learner });
    const keys = await answerKeys(quizId);
    const responses = Object.fromEntries(keys.map((k) => [k.id, correctResponse(k.question)]));
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => submitAttempt({ attemptId: id, actor: learner, responses })));
    expect(outcomes.filter((o) => o.status === "submitted")).toHaveLength(1);
    expect(await getDb().response.count({ where: { attemptId: id } })).toBe(keys.length);
  });

  it("keeps one learner out of another's attempt", async () => {
    const owner = await createLearner();
    const intruder = await createLearner();
    const { id } = await startAttempt({ quizId, actor: owner });
    await expect(getAttemptForTaking({ attemptId: id, actor: intruder })).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAttempt({ attemptId: id, actor: intruder, responses: {} })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttemptResult({ attemptId: id, actor: intruder })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listMyAttempts({ actor: intruder })).toEqual([]);
  });

  it("refuses unknown quizzes", async () => {
    const learner = await createLearner();
    await expect(startAttempt({ quizId: "no-such-quiz", actor: learner })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("score history", () => {
  it("lists the learner's attempts newest first with their scores", async () => {
    const learner = await createLearner();
    const keys = await answerKeys(quizId);
    const first = await startAttempt({ quizId, actor: learner, now: new Date("2026-01-01T10:00:00Z") });
    await submitAttempt({ attemptId: first.id, actor: learner, responses: {}, now: new Date("2026-01-01T10:05:00Z") });
    const second = await startAttempt({ quizId, actor: learner, now: new Date("2026-01-02T10:00:00Z") });
    const responses = Object.fromEntries(keys.map((k) => [k.id, correctResponse(k.question)]));
    await submitAttempt({ attemptId: second.id, actor: learner, responses, now: new Date("2026-01-02T10:05:00Z") });

    const history = await listMyAttempts({ actor: learner });
    expect(history.map((h) => [h.id, h.score])).toEqual([
      [second.id, keys.length],
      [first.id, 0],
    ]);
  });
});
