// The teacher's report of a live game, over a real database: a game played through the engine
// (with the streak bonus), then its report: players by rank with score and right answers, and per
// question the answers chosen, the share right and the mean answer time. Who may read it: the
// quiz's owner and admins; another teacher is told it does not exist, learners are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { answerLiveQuestion, controlLiveGame, createLiveGame, joinLiveGame, loadSnapshot } from "@/app/_server/live/live-games";
import { getLiveGameReport, listLiveGames } from "@/app/_server/live/game-report";
import { finishing } from "@/app/_server/live/finish-game";
import { getDb } from "@/prisma/client";
import type { Actor } from "@/app/_server/auth/session";
import { createAdmin, createGuest, createLearner, createTeacher } from "./factories";

let teacher: Actor;
let quizId: string;
let gameId: string;

const at = (t: Date, ms: number) => new Date(t.getTime() + ms);
const openedAt = async (id: string) => (await getDb().liveGame.findUniqueOrThrow({ where: { id } })).questionOpenedAt!;

beforeAll(async () => {
  teacher = await createTeacher("Report Host");
  const ids = await createQuestions({
    actor: teacher,
    questions: [
      { type: "multiple_choice", prompt: "Which town won the regatta?", choices: ["Brixham", "Looe", "Fowey"], answer: "Fowey", explanation: "" },
      { type: "numeric", prompt: "How many boats raced?", answer: 42, explanation: "" },
    ],
  });
  quizId = (await createQuiz({ actor: teacher, input: { title: "Regatta live", questionIds: ids, publish: true } })).id;
  const game = await createLiveGame({ actor: teacher, quizId, streakBonus: true });
  gameId = game.id;
  const [ana, ben, cai] = await Promise.all(["Ana", "Ben", "Cai"].map(async (name) => joinLiveGame({ actor: await createLearner(name), pin: game.pin, nickname: name })));
  await controlLiveGame({ actor: teacher, gameId, command: "start" });
  // Question 1: Ana right at 2 s, Ben wrong at 4 s, Cai right at 6 s.
  const t0 = await openedAt(gameId);
  const options = (await loadSnapshot(gameId, t0))!.question!.options!;
  await answerLiveQuestion({ token: ana!.token, gameId, questionIndex: 0, answer: { choice: options.indexOf("Fowey") }, now: at(t0, 2000) });
  await answerLiveQuestion({ token: ben!.token, gameId, questionIndex: 0, answer: { choice: options.indexOf("Looe") }, now: at(t0, 4000) });
  await answerLiveQuestion({ token: cai!.token, gameId, questionIndex: 0, answer: { choice: options.indexOf("Fowey") }, now: at(t0, 6000) });
  await controlLiveGame({ actor: teacher, gameId, command: "next" });
  // Question 2: Ana "42" at 1 s, Ben "40" at 3 s; Cai does not answer; the host closes it.
  const t1 = await openedAt(gameId);
  await answerLiveQuestion({ token: ana!.token, gameId, questionIndex: 1, answer: { text: "42" }, now: at(t1, 1000) });
  await answerLiveQuestion({ token: ben!.token, gameId, questionIndex: 1, answer: { text: "40" }, now: at(t1, 3000) });
  await controlLiveGame({ actor: teacher, gameId, command: "skip" });
  await controlLiveGame({ actor: teacher, gameId, command: "next" });
  await finishing(gameId);
});

describe("a live game's report", () => {
  it("ranks the players with their score (streak bonus included) and right answers", async () => {
    const report = await getLiveGameReport({ actor: teacher, gameId });
    expect(report).toMatchObject({ state: "ended", streakBonus: true, quiz: { id: quizId, title: "Regatta live" } });
    // Ana: 950 + 975 + 100 (two right in a row); Cai: 850; Ben: 0.
    expect(report.players).toEqual([
      { nickname: "Ana", rank: 1, score: 950 + 975 + 100, correct: 2, answered: 2, bonus: 100 },
      { nickname: "Cai", rank: 2, score: 850, correct: 1, answered: 1, bonus: 0 },
      { nickname: "Ben", rank: 3, score: 0, correct: 0, answered: 2, bonus: 0 },
    ]);
  });

  it("gives each question's answers, share right and mean answer time", async () => {
    const [q1, q2] = (await getLiveGameReport({ actor: teacher, gameId })).questions;
    expect(q1).toMatchObject({ index: 0, prompt: "Which town won the regatta?", correctAnswer: "Fowey", answered: 3, correct: 2, averageSeconds: 4 });
    expect(q1!.facility).toBeCloseTo(2 / 3);
    // Every option, in the game's order, then those who did not answer.
    expect(new Set(q1!.distribution.map((d) => `${d.label}:${d.count}:${d.correct}`))).toEqual(new Set(["Fowey:2:true", "Looe:1:false", "Brixham:0:false", "No answer:0:false"]));
    expect(q1!.distribution.at(-1)!.label).toBe("No answer");
    expect(q2).toMatchObject({ index: 1, correctAnswer: "42", answered: 2, correct: 1, averageSeconds: 2 });
    expect(q2!.distribution).toEqual([
      { label: "40", count: 1, correct: false },
      { label: "42", count: 1, correct: true },
      { label: "No answer", count: 1, correct: false },
    ]);
  });

  it("is the quiz owner's and admins' only", async () => {
    await expect(getLiveGameReport({ actor: await createAdmin(), gameId })).resolves.toMatchObject({ id: gameId });
    await expect(getLiveGameReport({ actor: await createTeacher(), gameId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLiveGameReport({ actor: await createLearner(), gameId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getLiveGameReport({ actor: await createGuest(), gameId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getLiveGameReport({ actor: teacher, gameId: "cm0nosuchid0000000000000" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is listed on the quiz's page once the game has ended, for the owner only", async () => {
    const running = await createLiveGame({ actor: teacher, quizId });
    const listed = await listLiveGames({ actor: teacher, quizId });
    expect(listed.map((g) => [g.id, g.players])).toEqual([[gameId, 3]]);
    expect(listed[0]!.endedAt).toBeInstanceOf(Date);
    expect(listed.some((g) => g.id === running.id)).toBe(false);
    await expect(listLiveGames({ actor: await createTeacher(), quizId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listLiveGames({ actor: await createLearner(), quizId })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
