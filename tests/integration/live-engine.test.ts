// The live game engine over a real database: PINs, joining, the server's clock and points, late
// and second answers refused, closing when everyone has answered, only the host moving the game,
// the streak bonus, and the attempts (with review cards) written after the end, durably.
import { beforeAll, describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { NotFoundError } from "@/app/_server/http/errors";
import { answerLiveQuestion, closeIfDue, controlLiveGame, createLiveGame, joinLiveGame, loadSnapshot, NicknameTakenError } from "@/app/_server/live/live-games";
import { liveBus, type LiveEvent } from "@/app/_server/live/event-bus";
import { pointsFor } from "@/app/_server/live/rules";
import { finishGame, finishGameInBackground, finishing, resumeUnfinishedGames, STALE_MS } from "@/app/_server/live/finish-game";
import { standings } from "@/app/_server/live/snapshot";
import { phoneMessage } from "@/app/_server/live/phone-messages";
import { directSql } from "@/prisma/direct-sql";
import { getDb } from "@/prisma/client";
import type { Actor } from "@/app/_server/auth/session";
import { countQueries } from "../support/query-counter";
import { createGuest, createLearner, createTeacher } from "./factories";

let teacher: Actor;
let quizId: string;
const questionIds: string[] = [];

beforeAll(async () => {
  teacher = await createTeacher("Live Host");
  questionIds.push(
    ...(await createQuestions({
      actor: teacher,
      questions: [
        { type: "true_false", prompt: "The ferry runs on Sundays.", answer: true, explanation: "" },
        { type: "numeric", prompt: "How many harbours?", answer: 11, explanation: "" },
        { type: "ordering", prompt: "Order these.", choices: ["a", "b"], answer: ["a", "b"], explanation: "" },
      ],
    })),
  );
  quizId = (await createQuiz({ actor: teacher, input: { title: "Ferry news live", questionIds, publish: true } })).id;
});

async function gameWithPlayers(names: string[]) {
  const game = await createLiveGame({ actor: teacher, quizId, seconds: 20 });
  const players = [];
  for (const name of names) {
    const actor = await createLearner(name);
    players.push({ actor, ...(await joinLiveGame({ actor, pin: game.pin, nickname: name })) });
  }
  return { game, players };
}

const openedAt = async (gameId: string) => (await getDb().liveGame.findUniqueOrThrow({ where: { id: gameId } })).questionOpenedAt!;
const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

describe("a live game", () => {
  it("gets a six-digit PIN no running game shares, and leaves out questions a phone cannot answer", async () => {
    const a = await createLiveGame({ actor: teacher, quizId });
    const b = await createLiveGame({ actor: teacher, quizId });
    expect(a.pin).toMatch(/^\d{6}$/);
    expect(a.pin).not.toBe(b.pin);
    expect((await loadSnapshot(a.id))!.questionCount).toBe(2);
    await controlLiveGame({ actor: teacher, gameId: a.id, command: "end" });
    // Ended: its PIN no longer finds it.
    await expect(joinLiveGame({ actor: await createGuest(), pin: a.pin, nickname: "Late" })).rejects.toThrow(NotFoundError);
  });

  it("keeps nicknames unique whatever their case, and rejoins a token's holder as the same player", async () => {
    const { game, players } = await gameWithPlayers(["Ana"]);
    await expect(joinLiveGame({ actor: await createGuest(), pin: game.pin, nickname: "ana" })).rejects.toThrow(NicknameTakenError);
    const again = await joinLiveGame({ actor: players[0]!.actor, pin: game.pin, nickname: "Another", token: players[0]!.token });
    expect(again.playerId).toBe(players[0]!.playerId);
  });

  it("marks with the server's clock, refuses second, late and out-of-turn answers, and closes at the deadline", async () => {
    const { game, players } = await gameWithPlayers(["Ana", "Ben", "Cai"]);
    const events: LiveEvent["kind"][] = [];
    const stop = liveBus().subscribe(game.id, (e) => events.push(e.kind));
    // Before the start, nothing can be answered.
    await expect(answerLiveQuestion({ token: players[0]!.token, gameId: game.id, questionIndex: 0, answer: { choice: 0 } })).rejects.toThrow("This question has closed.");
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const t0 = await openedAt(game.id);
    // Only the host moves the game.
    await expect(controlLiveGame({ actor: await createTeacher(), gameId: game.id, command: "skip" })).rejects.toThrow(NotFoundError);

    const [ana, ben, cai] = players;
    const options = (await loadSnapshot(game.id, t0))!.question!.options!;
    const right = options.indexOf("True");
    await answerLiveQuestion({ token: ana!.token, gameId: game.id, questionIndex: 0, answer: { choice: right }, now: later(t0, 5000) });
    await expect(answerLiveQuestion({ token: ana!.token, gameId: game.id, questionIndex: 0, answer: { choice: 1 - right }, now: later(t0, 6000) })).rejects.toThrow("already answered");
    await expect(answerLiveQuestion({ token: ben!.token, gameId: game.id, questionIndex: 1, answer: { text: "11" }, now: later(t0, 6000) })).rejects.toThrow("This question has closed.");
    await expect(answerLiveQuestion({ token: "x".repeat(43), gameId: game.id, questionIndex: 0, answer: { choice: 0 } })).rejects.toThrow(NotFoundError);
    await answerLiveQuestion({ token: ben!.token, gameId: game.id, questionIndex: 0, answer: { choice: 1 - right }, now: later(t0, 7000) });
    // Cai is too late: the answer is refused and the question closes.
    await expect(answerLiveQuestion({ token: cai!.token, gameId: game.id, questionIndex: 0, answer: { choice: right }, now: later(t0, 20_001) })).rejects.toThrow("Time is up");
    const closed = (await loadSnapshot(game.id))!;
    expect(closed.state).toBe("closed");
    expect(closed.answers.map((a) => [a.playerId, a.correct, a.points])).toEqual(
      expect.arrayContaining([
        [ana!.playerId, true, 875],
        [ben!.playerId, false, 0],
      ]),
    );
    expect(closed.answers).toHaveLength(2);
    expect(events).toEqual(expect.arrayContaining(["state", "answers"]));

    // Question 2: everyone answers, so it closes without waiting for the clock.
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "next" });
    const t1 = await openedAt(game.id);
    for (const [p, typed] of [[ana!, "11"], [ben!, "eleven"], [cai!, "11"]] as const) await answerLiveQuestion({ token: p.token, gameId: game.id, questionIndex: 1, answer: { text: typed }, now: later(t1, 2000) });
    expect((await loadSnapshot(game.id, later(t1, 2100)))!.state).toBe("closed");

    await controlLiveGame({ actor: teacher, gameId: game.id, command: "next" });
    expect((await loadSnapshot(game.id))!.state).toBe("ended");
    stop();
    // The end is announced first; the attempts are being written behind it.
    await finishing(game.id);

    // Attempts: marks from the quiz grader (1 point a question), all three questions answered or not.
    const attempts = await getDb().attempt.findMany({ where: { quizId, userId: { in: players.map((p) => p.actor.id) } }, include: { responses: true } });
    const scoreOf = (p: (typeof players)[number]) => attempts.find((a) => a.userId === p.actor.id)!;
    expect([ana, ben, cai].map((p) => [scoreOf(p!).status, scoreOf(p!).score, scoreOf(p!).maxScore, scoreOf(p!).responses.length])).toEqual([
      ["submitted", 2, 2, 2],
      ["submitted", 0, 2, 2],
      ["submitted", 1, 2, 2],
    ]);
    // What Ben missed is in his review queue.
    expect(await getDb().reviewCard.count({ where: { userId: ben!.actor.id, questionId: { in: questionIds } } })).toBe(2);
    // Ending wrote each attempt once: the player rows point at them.
    const linked = await getDb().livePlayer.findMany({ where: { gameId: game.id }, select: { attemptId: true } });
    expect(new Set(linked.map((l) => l.attemptId)).size).toBe(3);
  });

  it("stops the clock while paused: no answers then, and the pause does not cost points", async () => {
    const { game, players } = await gameWithPlayers(["Eve", "Fay"]);
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const t0 = await openedAt(game.id);
    const options = (await loadSnapshot(game.id, t0))!.question!.options!;
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "pause", now: later(t0, 4000) });
    await expect(answerLiveQuestion({ token: players[0]!.token, gameId: game.id, questionIndex: 0, answer: { choice: options.indexOf("True") }, now: later(t0, 5000) })).rejects.toThrow("paused");
    // A pause past the deadline closes nothing.
    await closeIfDue(game.id, later(t0, 60_000));
    expect((await loadSnapshot(game.id, later(t0, 60_000)))!.state).toBe("paused");
    // Resumed after 56 s away: the clock goes on from 4 s, so an answer 2 s later is 6 s in.
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "resume", now: later(t0, 60_000) });
    await answerLiveQuestion({ token: players[0]!.token, gameId: game.id, questionIndex: 0, answer: { choice: options.indexOf("True") }, now: later(t0, 62_000) });
    const [answer] = (await loadSnapshot(game.id, later(t0, 62_000)))!.answers;
    expect(answer).toMatchObject({ correct: true, points: pointsFor({ correct: true, elapsedMs: 6000, seconds: 20 }) });
    expect(answer!.points).toBe(850);
  });

  it("goes on past a question deleted during the game", async () => {
    const [own] = await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "Soon gone.", answer: true, explanation: "" }] });
    const quiz = await createQuiz({ actor: teacher, input: { title: "Shrinking quiz", questionIds: [own!, questionIds[0]!], publish: true } });
    const game = await createLiveGame({ actor: teacher, quizId: quiz.id });
    const player = await joinLiveGame({ actor: await createLearner("Gil"), pin: game.pin, nickname: "Gil" });
    await getDb().quizQuestion.deleteMany({ where: { quizId: quiz.id, questionId: own! } });
    await getDb().question.delete({ where: { id: own! } });
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const shown = (await loadSnapshot(game.id))!;
    expect(shown.question?.prompt).toBe("This question has been deleted.");
    await answerLiveQuestion({ token: player.token, gameId: game.id, questionIndex: 0, answer: { text: "anything" } });
    for (const command of ["next", "skip", "next"] as const) await controlLiveGame({ actor: teacher, gameId: game.id, command });
    await finishing(game.id);
    const attempt = await getDb().attempt.findFirstOrThrow({ where: { quizId: quiz.id }, include: { responses: true } });
    expect(attempt.responses.map((r) => r.questionId)).toEqual([questionIds[0]]);
  });

  it("stores an answer with one statement when the process knows the open question, and a room's answers together on PostgreSQL", async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Room ${i + 1}`);
    const { game, players } = await gameWithPlayers(names);
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const t0 = await openedAt(game.id);
    const right = (await loadSnapshot(game.id, t0))!.question!.options!.indexOf("True");
    const inserts = (statements: string[]) => statements.filter((s) => /INSERT INTO "LiveAnswer"/.test(s)).length;
    // One answer: its INSERT (which checks the player, the game and the one-answer rule itself) and
    // the everyone-answered count; no read of the player or the game.
    const one = await countQueries(() => answerLiveQuestion({ token: players[0]!.token, gameId: game.id, questionIndex: 0, answer: { choice: right }, now: later(t0, 1000) }));
    expect(one.statements.filter((s) => !/^(BEGIN|COMMIT)/.test(s))).toHaveLength(2);
    expect(inserts(one.statements)).toBe(1);
    // Ten at once (all but the last player): on PostgreSQL the first is written alone and the nine
    // that arrived meanwhile in one more statement; SQLite writes each alone.
    const room = await countQueries(() =>
      Promise.all(players.slice(1, 11).map((p, i) => answerLiveQuestion({ token: p.token, gameId: game.id, questionIndex: 0, answer: { choice: i % 2 ? right : 1 - right }, now: later(t0, 2000) }))),
    );
    const postgres = (await directSql(getDb())).postgres;
    expect(inserts(room.statements)).toBe(postgres ? 2 : 10);
    // And one count of who is still to answer per write.
    expect(room.statements.filter((s) => /"waiting"/.test(s)).length).toBe(postgres ? 2 : 10);
    const stored = (await loadSnapshot(game.id, later(t0, 2000)))!;
    expect(stored.state).toBe("open");
    expect(stored.answers.map((a) => [a.playerId, a.correct, a.points]).sort()).toEqual(
      players.slice(0, 11).map((p, i) => [p.playerId, i === 0 || i % 2 === 0, i === 0 ? 975 : i % 2 === 0 ? 950 : 0]).sort(),
    );
    // Refusals keep their messages: a second answer, a token of another game.
    await expect(answerLiveQuestion({ token: players[3]!.token, gameId: game.id, questionIndex: 0, answer: { choice: right }, now: later(t0, 3000) })).rejects.toThrow("already answered");
    const other = await gameWithPlayers(["Stranger"]);
    await expect(answerLiveQuestion({ token: other.players[0]!.token, gameId: game.id, questionIndex: 0, answer: { choice: right }, now: later(t0, 3000) })).rejects.toThrow(NotFoundError);
    // The last answer closes the question before its reply.
    await answerLiveQuestion({ token: players[11]!.token, gameId: game.id, questionIndex: 0, answer: { choice: right }, now: later(t0, 4000) });
    expect((await getDb().liveGame.findUniqueOrThrow({ where: { id: game.id } })).state).toBe("closed");
  });

  it("closes a question at its deadline when the clock is asked (a timer, or the next reader)", async () => {
    const { game } = await gameWithPlayers(["Dee"]);
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const t0 = await openedAt(game.id);
    await closeIfDue(game.id, later(t0, 19_999));
    expect((await loadSnapshot(game.id, later(t0, 19_999)))!.state).toBe("open");
    await closeIfDue(game.id, later(t0, 20_000));
    expect((await loadSnapshot(game.id))!.state).toBe("closed");
  });
});

describe("the streak bonus", () => {
  async function playThree(streakBonus: boolean) {
    // Three true/false questions; Ana is right every time, Ben right, wrong, right.
    const ids = await createQuestions({
      actor: teacher,
      questions: ["The pier reopened.", "The pier is wooden.", "The pier has a café."].map((prompt) => ({ type: "true_false" as const, prompt, answer: true, explanation: "" })),
    });
    const quiz = await createQuiz({ actor: teacher, input: { title: `Pier news ${streakBonus}`, questionIds: ids, publish: true } });
    const game = await createLiveGame({ actor: teacher, quizId: quiz.id, seconds: 20, streakBonus });
    const [ana, ben] = await Promise.all(["Ana", "Ben"].map(async (name) => joinLiveGame({ actor: await createLearner(name), pin: game.pin, nickname: name })));
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const seen: { ana: ReturnType<typeof phoneMessage>; ben: ReturnType<typeof phoneMessage> }[] = [];
    for (const [i, benRight] of [true, false, true].entries()) {
      const t = await openedAt(game.id);
      const options = (await loadSnapshot(game.id, t))!.question!.options!;
      const yes = options.indexOf("True");
      // Everyone answers at once (0 s: 1000 points for a right answer), which closes the question.
      await answerLiveQuestion({ token: ana!.token, gameId: game.id, questionIndex: i, answer: { choice: yes }, now: t });
      await answerLiveQuestion({ token: ben!.token, gameId: game.id, questionIndex: i, answer: { choice: benRight ? yes : 1 - yes }, now: t });
      const closed = (await loadSnapshot(game.id, t))!;
      expect(closed.state).toBe("closed");
      seen.push({ ana: phoneMessage(closed, ana!.playerId, t), ben: phoneMessage(closed, ben!.playerId, t) });
      await controlLiveGame({ actor: teacher, gameId: game.id, command: "next" });
    }
    const ended = (await loadSnapshot(game.id))!;
    await finishing(game.id);
    return { game, ana: ana!, ben: ben!, seen, ended, quizId: quiz.id };
  }

  it("is off by default: a run of right answers earns speed points only", async () => {
    const game = await createLiveGame({ actor: teacher, quizId });
    expect((await loadSnapshot(game.id))!.streakBonus).toBe(false);
    const { seen, ended } = await playThree(false);
    expect(seen.map((s) => s.ana.kind === "result" && s.ana.streak)).toEqual([null, null, null]);
    expect(standings(ended).map((r) => [r.nickname, r.score])).toEqual([["Ana", 3000], ["Ben", 2000]]);
  });

  it("when chosen, adds +100, +200 … to a run of right answers, shows it after each reveal, and counts it in the standings", async () => {
    const { seen, ended, ana, ben, game, quizId: pierQuiz } = await playThree(true);
    const streakOf = (m: ReturnType<typeof phoneMessage>) => (m.kind === "result" ? m.streak : undefined);
    expect(seen.map((s) => streakOf(s.ana))).toEqual([{ count: 1, bonus: 0 }, { count: 2, bonus: 100 }, { count: 3, bonus: 200 }]);
    // Ben's run is broken by the wrong answer and starts again.
    expect(seen.map((s) => streakOf(s.ben))).toEqual([{ count: 1, bonus: 0 }, { count: 0, bonus: 0 }, { count: 1, bonus: 0 }]);
    // The phone's running score after the third reveal has the bonuses in it.
    expect(seen[2]!.ana).toMatchObject({ kind: "result", score: 3300, rank: 1 });
    expect(standings(ended).map((r) => [r.nickname, r.score])).toEqual([["Ana", 3300], ["Ben", 2000]]);
    expect(phoneMessage(ended, ana.playerId, new Date())).toMatchObject({ kind: "ended", score: 3300, rank: 1 });
    expect(phoneMessage(ended, ben.playerId, new Date())).toMatchObject({ kind: "ended", score: 2000, rank: 2 });
    // Decided by the server from the stored marks: the stored speed points are untouched, and the
    // quiz attempts keep the quiz's own marks (1 a question).
    const stored = await getDb().liveAnswer.findMany({ where: { gameId: game.id, playerId: ana.playerId }, select: { points: true } });
    expect(stored.map((a) => a.points)).toEqual([1000, 1000, 1000]);
    const attempts = await getDb().attempt.findMany({ where: { quizId: pierQuiz }, select: { score: true } });
    expect(attempts.map((a) => a.score).sort()).toEqual([2, 3]);
  });
});

describe("writing the attempts after the end", () => {
  async function endedGame(names: string[]) {
    const { game, players } = await gameWithPlayers(names);
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "start" });
    const t = await openedAt(game.id);
    const options = (await loadSnapshot(game.id, t))!.question!.options!;
    for (const p of players) await answerLiveQuestion({ token: p.token, gameId: game.id, questionIndex: 0, answer: { choice: options.indexOf("True") }, now: t });
    return { game, players };
  }
  const attemptsOf = (players: { actor: Actor }[]) => getDb().attempt.count({ where: { quizId, userId: { in: players.map((p) => p.actor.id) } } });
  const gameRow = (id: string) => getDb().liveGame.findUniqueOrThrow({ where: { id }, select: { state: true, endedAt: true, attemptsWrittenAt: true } });

  it("announces the end before writing, then stores every attempt and marks the game done", async () => {
    const { game, players } = await endedGame(["Ida", "Jon", "Kit"]);
    const heard: string[] = [];
    const stop = liveBus().subscribe(game.id, (e) => heard.push(e.kind));
    await controlLiveGame({ actor: teacher, gameId: game.id, command: "end" });
    stop();
    // The end has gone out and the host's click is answered while the writing goes on.
    expect(heard).toContain("state");
    const writing = finishing(game.id);
    expect(writing).toBeInstanceOf(Promise);
    await writing;
    expect(await attemptsOf(players)).toBe(3);
    const row = await gameRow(game.id);
    expect(row.attemptsWrittenAt).not.toBeNull();
    // Submitted when the game ended, not when they were written.
    const submitted = await getDb().attempt.findMany({ where: { quizId, userId: { in: players.map((p) => p.actor.id) } }, select: { submittedAt: true } });
    expect(submitted.every((a) => a.submittedAt!.getTime() === row.endedAt!.getTime())).toBe(true);
  });

  it("resumes a game whose writer died: at start-up, or on the first read once it is stale; each attempt once", async () => {
    const { game, players } = await endedGame(["Lea", "Max"]);
    // What a process leaves if it dies between ending the game and writing: ended, nothing written.
    const endedAt = new Date();
    await getDb().liveGame.update({ where: { id: game.id }, data: { state: "ended", endedAt, activePin: null } });
    // A read soon after leaves it to the writer it assumes is still at work...
    await loadSnapshot(game.id, new Date(endedAt.getTime() + 1000));
    expect(finishing(game.id)).toBeUndefined();
    // ...and one after STALE_MS takes over.
    await loadSnapshot(game.id, new Date(endedAt.getTime() + STALE_MS));
    await finishing(game.id);
    expect(await attemptsOf(players)).toBe(2);

    // Two more runs at once (two processes resuming together) write nothing twice.
    await getDb().liveGame.update({ where: { id: game.id }, data: { attemptsWrittenAt: null } });
    expect(await resumeUnfinishedGames()).toBeGreaterThanOrEqual(1);
    expect(await Promise.all([finishGame(game.id), finishGame(game.id)])).toEqual([0, 0]);
    expect(await attemptsOf(players)).toBe(2);
    expect((await gameRow(game.id)).attemptsWrittenAt).not.toBeNull();
  });

  it("keeps retrying a write that fails, leaves nothing half-written, and finishes it once it can", async () => {
    const { game, players } = await endedGame(["Ned", "Ola"]);
    // A real failure in the database: attempts at this quiz by these two cannot be inserted.
    const direct = await directSql(getDb());
    const who = players.map((p) => `'${p.actor.id}'`).join(", ");
    if (direct.postgres) {
      await getDb().$executeRawUnsafe(`CREATE FUNCTION refuse_live_attempt() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
      await getDb().$executeRawUnsafe(`CREATE TRIGGER refuse_live_attempt BEFORE INSERT ON "Attempt" FOR EACH ROW WHEN (NEW."userId" IN (${who})) EXECUTE FUNCTION refuse_live_attempt()`);
    } else {
      await getDb().$executeRawUnsafe(`CREATE TRIGGER refuse_live_attempt BEFORE INSERT ON "Attempt" WHEN NEW."userId" IN (${who}) BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    }
    try {
      await getDb().liveGame.update({ where: { id: game.id }, data: { state: "ended", endedAt: new Date(), activePin: null } });
      await finishGameInBackground(game.id, { delays: [10, 10] });
      expect(await attemptsOf(players)).toBe(0);
      // No player is left claimed by a write that failed.
      expect(await getDb().livePlayer.count({ where: { gameId: game.id, attemptId: { not: null } } })).toBe(0);
      expect((await gameRow(game.id)).attemptsWrittenAt).toBeNull();
    } finally {
      await getDb().$executeRawUnsafe(`DROP TRIGGER refuse_live_attempt${direct.postgres ? ` ON "Attempt"` : ""}`);
      if (direct.postgres) await getDb().$executeRawUnsafe(`DROP FUNCTION refuse_live_attempt()`);
    }
    expect(await resumeUnfinishedGames()).toBeGreaterThanOrEqual(1);
    expect(await attemptsOf(players)).toBe(2);
  });
});
