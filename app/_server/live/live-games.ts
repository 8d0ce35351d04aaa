// The live game's use cases: make a game, join it, answer, and the host's moves. Every one checks
// who is asking: the host (a teacher, the game's maker) for moves, the player's token for answers.
// The state lives in the database, and each change is announced on the event bus (event-bus.ts).
import { randomInt, randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import { directSql, sql } from "@/prisma/direct-sql";
import { questionTypeSchema, responseSchema } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner, assertTeacher } from "../auth/permissions";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { toDomainQuestion, questionGradingSelect } from "../bank/question-record";
import { liveBus } from "./event-bus";
import { scheduleClose } from "./clock";
import { applyMove, isLiveState, type GamePosition, type LiveMove } from "./state-machine";
import { gradeLive, toLearnerResponse, toLiveQuestion, type LiveQuestion } from "./live-question";
import { answerInputFor, DEFAULT_SECONDS, MAX_PLAYERS, nicknameKey, pinSchema, pointsFor, withStreaks, type LiveAnswerInput } from "./rules";
import { hashPlayerToken, newPlayerToken } from "./player-token";
import type { LiveSnapshot } from "./snapshot";
import { finishEndedGame, finishGameInBackground, needsResuming } from "./finish-game";
import { openQuestionOf, rememberOpenQuestion, type OpenQuestion } from "./open-questions";
import { storeAnswer } from "./store-answers";

const layoutSchema = z.array(z.object({ questionId: z.string(), points: z.number() }));

export class EmptyLiveGameError extends ForbiddenError {
  constructor() {
    super("This quiz has no questions a live game can ask (ordering and matching questions are left out of live games).");
    this.name = "EmptyLiveGameError";
  }
}
export class NicknameTakenError extends ForbiddenError {
  constructor() {
    super("Someone in this game already has that nickname. Choose another.");
    this.name = "NicknameTakenError";
  }
}
export class GameFullError extends ForbiddenError {
  constructor() {
    super(`This game is full (${MAX_PLAYERS} players).`);
    this.name = "GameFullError";
  }
}
/** An answer after the question closed, to another question, or a second one: refused. */
export class AnswerRefusedError extends ForbiddenError {
  constructor(message: string) {
    super(message);
    this.name = "AnswerRefusedError";
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

// ---------------------------------------------------------------------------------------------
// Making a game

/** A teacher starts a live game of their own quiz: a fresh PIN, the questions fixed now, in order. */
export async function createLiveGame({
  actor,
  quizId,
  seconds = DEFAULT_SECONDS,
  streakBonus = false,
}: {
  actor: Actor;
  quizId: string;
  seconds?: number;
  /** Off unless the host asks for it (rules.ts streakBonusFor). */
  streakBonus?: boolean;
}): Promise<{ id: string; pin: string }> {
  assertTeacher(actor);
  const db = getDb();
  const quiz = await db.quiz.findUnique({
    where: { id: quizId },
    select: { ownerId: true, questions: { orderBy: { position: "asc" }, select: { questionId: true, points: true, question: { select: { type: true } } } } },
  });
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  // Only what a phone can answer (ordering and matching are left out for now: rules.ts).
  const playable = (type: string) => {
    const parsed = questionTypeSchema.safeParse(type);
    return parsed.success && answerInputFor(parsed.data) !== null;
  };
  const layout = quiz.questions.filter((q) => playable(q.question.type)).map((q) => ({ questionId: q.questionId, points: q.points }));
  if (layout.length === 0) throw new EmptyLiveGameError();
  for (let tries = 0; ; tries++) {
    const pin = String(randomInt(100_000, 1_000_000));
    try {
      const game = await db.liveGame.create({
        data: { quizId, hostId: actor.id, pin, activePin: pin, layout: JSON.stringify(layout), secondsPerQuestion: seconds, streakBonus },
        select: { id: true, pin: true },
      });
      return game;
    } catch (error) {
      // Another running game has this PIN: draw again (900,000 PINs; a clash is rare).
      if (!isUniqueViolation(error) || tries >= 20) throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a game

interface GameRow {
  id: string;
  quizId: string;
  hostId: string;
  pin: string;
  state: string;
  layout: string;
  questionIndex: number;
  questionOpenedAt: Date | null;
  pausedAt: Date | null;
  secondsPerQuestion: number;
  streakBonus: boolean;
  endedAt: Date | null;
  attemptsWrittenAt: Date | null;
}

/**
 * The game row and its quiz's title, in one direct statement: every answer, every move and every
 * snapshot reads it, and through Prisma (its client and query compiler) it cost more than the SQL
 * itself (decision 012; bench:live's profile in decision 028).
 */
async function readGame(gameId: string): Promise<(GameRow & { quizTitle: string | null }) | null> {
  const [row] = await (await directSql(getDb())).query<GameRow & { quizTitle: string | null; streakBonus: boolean | number }>(sql`
    SELECT g."id", g."quizId", g."hostId", g."pin", g."state", g."layout", g."questionIndex", g."questionOpenedAt", g."pausedAt",
           g."secondsPerQuestion", g."streakBonus", g."endedAt", g."attemptsWrittenAt", q."title" AS "quizTitle"
    FROM "LiveGame" g LEFT JOIN "Quiz" q ON q."id" = g."quizId" WHERE g."id" = ${gameId}`);
  if (!row) return null;
  // SQLite gives booleans as 0 and 1, and integers may come as bigints.
  return { ...row, questionIndex: Number(row.questionIndex), secondsPerQuestion: Number(row.secondsPerQuestion), streakBonus: Boolean(row.streakBonus) };
}

function position(game: GameRow): GamePosition {
  if (!isLiveState(game.state)) throw new Error(`live game ${game.id} has an unknown state ${game.state}`);
  return { state: game.state, questionIndex: game.questionIndex };
}

const deadlineOf = (game: Pick<GameRow, "questionOpenedAt" | "secondsPerQuestion">) =>
  game.questionOpenedAt ? new Date(game.questionOpenedAt.getTime() + game.secondsPerQuestion * 1000) : null;

// The question asked, read once per process while it is open: every answer and every read of the
// game needs it, and a room of 200 answering in a few seconds would otherwise read it 200 times.
// Keyed by when it opened, so a question reached again (never, today) or re-opened is read afresh.
const QUESTIONS = Symbol.for("newsquiz.live.questions");
const QUESTION_CACHE_SIZE = 256;
function loadLiveQuestion(game: GameRow): Promise<LiveQuestion | null> {
  const holder = globalThis as { [QUESTIONS]?: Map<string, Promise<LiveQuestion | null>> };
  const cache = (holder[QUESTIONS] ??= new Map());
  const key = `${game.id}:${game.questionIndex}:${game.questionOpenedAt?.getTime() ?? 0}`;
  let question = cache.get(key);
  if (!question) {
    question = readLiveQuestion(game);
    cache.set(key, question);
    question.catch(() => cache.delete(key));
    // Oldest first out: a Map iterates in insertion order.
    if (cache.size > QUESTION_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return question;
}

async function readLiveQuestion(game: GameRow): Promise<LiveQuestion | null> {
  const entry = layoutSchema.parse(JSON.parse(game.layout))[game.questionIndex];
  if (!entry) return null;
  const row = await getDb().question.findUnique({ where: { id: entry.questionId }, select: { id: true, version: true, ...questionGradingSelect } });
  // Deleted since the game began (taken out of the quiz, then deleted): the game goes on past it,
  // showing that it is gone; nothing answered to it can count (finish-game.ts leaves it out).
  if (!row) return toLiveQuestion(game.id, { id: entry.questionId, version: 0, points: 0, question: { type: "short_answer", prompt: "This question has been deleted.", answer: "(deleted)", explanation: "" } });
  return toLiveQuestion(game.id, { id: row.id, version: row.version, points: entry.points, question: toDomainQuestion(row) });
}

/** The whole game as the message builders need it. Closes an open question whose time is up first. */
export async function loadSnapshot(gameId: string, now = new Date()): Promise<LiveSnapshot | null> {
  const db = getDb();
  let game = await readGame(gameId);
  if (!game) return null;
  if (game.state === "open") {
    const deadline = deadlineOf(game)!;
    if (deadline <= now) {
      await moveGame(game, "close", now);
      game = (await readGame(gameId))!;
    } else scheduleClose(game.id, game.questionIndex, deadline, () => closeIfDue(game!.id));
  }
  // Ended long enough ago and its attempts still not written: their writer has failed or gone.
  if (needsResuming(game, now)) void finishGameInBackground(game.id);
  // The players and the answers (a room of 200, several rows each) in direct SQL: read after every
  // change of every game, they were most of the time Prisma spent (bench:live; decision 012).
  const direct = await directSql(db);
  const [players, answers, question] = await Promise.all([
    direct.query<{ id: string; nickname: string }>(sql`SELECT "id", "nickname" FROM "LivePlayer" WHERE "gameId" = ${gameId} ORDER BY "joinedAt" ASC, "id" ASC`),
    direct.query<{ playerId: string; questionIndex: number; response: string; correct: boolean | number; points: number }>(
      sql`SELECT "playerId", "questionIndex", "response", "correct", "points" FROM "LiveAnswer" WHERE "gameId" = ${gameId}`,
    ),
    game.questionIndex >= 0 ? loadLiveQuestion(game) : null,
  ]);
  rememberOpenQuestion(game.id, game.state === "open" && question ? { questionIndex: game.questionIndex, openedAt: game.questionOpenedAt!, secondsPerQuestion: game.secondsPerQuestion, question } : null);
  return {
    id: game.id,
    quizId: game.quizId,
    quizTitle: game.quizTitle ?? "Live quiz",
    hostId: game.hostId,
    pin: game.pin,
    state: position(game).state,
    questionIndex: game.questionIndex,
    questionCount: layoutSchema.parse(JSON.parse(game.layout)).length,
    questionOpenedAt: game.questionOpenedAt,
    pausedAt: game.pausedAt,
    secondsPerQuestion: game.secondsPerQuestion,
    streakBonus: game.streakBonus,
    question,
    players,
    // Runs and bonuses are worked out here, on the server, from the stored marks: nothing a phone
    // sends decides them, and they follow any change of a mark.
    answers: withStreaks(answers.map((a) => ({
      playerId: a.playerId,
      questionIndex: Number(a.questionIndex),
      // SQLite gives booleans as 0 and 1.
      correct: Boolean(a.correct),
      points: Number(a.points),
      response: responseSchema.parse(JSON.parse(a.response)),
    })), game.streakBonus),
  };
}

/** The game, if `actor` hosts it. Learners are refused; other teachers (admins too) are told it does not exist. */
export async function getHostedGame({ actor, gameId }: { actor: Actor; gameId: string }): Promise<LiveSnapshot> {
  assertTeacher(actor);
  const snapshot = await loadSnapshot(gameId);
  if (!snapshot || snapshot.hostId !== actor.id) throw new NotFoundError("Live game");
  return snapshot;
}

/** The player a token belongs to, in this game; anything else does not exist. */
export async function playerForToken({ token, gameId }: { token: string; gameId: string }): Promise<{ id: string; nickname: string; gameId: string }> {
  // Direct SQL: every answer and every phone's stream asks (decision 012).
  const [player] = await (await directSql(getDb())).query<{ id: string; nickname: string; gameId: string }>(
    sql`SELECT "id", "nickname", "gameId" FROM "LivePlayer" WHERE "tokenHash" = ${hashPlayerToken(token)}`,
  );
  if (!player || player.gameId !== gameId) throw new NotFoundError("Player");
  return player;
}

// ---------------------------------------------------------------------------------------------
// Moving a game on

/**
 * Applies a move if the game is still where `game` says (a conditional update): of two moves
 * made at once (a click and the clock, two processes), one wins and the other changes nothing.
 */
async function moveGame(game: GameRow, move: LiveMove, now: Date): Promise<boolean> {
  const from = position(game);
  const count = layoutSchema.parse(JSON.parse(game.layout)).length;
  const to = applyMove(from, move, count);
  // A new question opens now; a resumed one as if it had opened the length of the pause later.
  const openedAt = move === "resume" ? new Date(game.questionOpenedAt!.getTime() + (now.getTime() - game.pausedAt!.getTime())) : now;
  const { count: changed } = await getDb().liveGame.updateMany({
    where: { id: game.id, state: from.state, questionIndex: from.questionIndex },
    data: {
      state: to.state,
      questionIndex: to.questionIndex,
      pausedAt: to.state === "paused" ? now : null,
      ...(to.state === "open" ? { questionOpenedAt: openedAt } : {}),
      ...(to.state === "ended" ? { endedAt: now, activePin: null } : {}),
    },
  });
  if (changed === 0) return false;
  if (to.state === "open") scheduleClose(game.id, to.questionIndex, new Date(openedAt.getTime() + game.secondsPerQuestion * 1000), () => closeIfDue(game.id));
  liveBus().publish({ gameId: game.id, kind: "state" });
  // The phones hear the end first; the attempts follow (durably: finish-game.ts).
  if (to.state === "ended") void finishEndedGame(game.id);
  return true;
}

/** The clock: closes the open question if its time is up. */
export async function closeIfDue(gameId: string, now = new Date()): Promise<void> {
  const game = await readGame(gameId);
  if (!game || game.state !== "open") return;
  if (deadlineOf(game)! <= now) await moveGame(game, "close", now);
}

export const HOST_COMMANDS = ["start", "pause", "resume", "skip", "next", "end"] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

/** The host's buttons: Start, Pause, Resume, Skip (close the question now), Next, End. */
export async function controlLiveGame({ actor, gameId, command, now = new Date() }: { actor: Actor; gameId: string; command: HostCommand; now?: Date }): Promise<void> {
  assertTeacher(actor);
  const game = await readGame(gameId);
  if (!game || game.hostId !== actor.id) throw new NotFoundError("Live game");
  // A Skip that meets the clock's close, or a double click, finds the game moved: nothing to do.
  await moveGame(game, command === "skip" ? "close" : command, now);
}

/** The host removes a nickname (it may be joined again, under another name if the host keeps removing it). */
export async function removeLivePlayer({ actor, gameId, playerId }: { actor: Actor; gameId: string; playerId: string }): Promise<void> {
  assertTeacher(actor);
  const game = await getDb().liveGame.findUnique({ where: { id: gameId }, select: { hostId: true, state: true } });
  if (!game || game.hostId !== actor.id) throw new NotFoundError("Live game");
  if (game.state === "ended") throw new ForbiddenError("The game has ended.");
  const { count } = await getDb().livePlayer.deleteMany({ where: { id: playerId, gameId } });
  if (count === 0) throw new NotFoundError("Player");
  liveBus().publish({ gameId, kind: "players" });
}

// ---------------------------------------------------------------------------------------------
// Playing

/** Whether a running game has this PIN (the join form asks before making a guest account). */
export async function isActivePin(pin: string): Promise<boolean> {
  return (await getDb().liveGame.count({ where: { activePin: pinSchema.parse(pin) } })) > 0;
}

/**
 * A learner (signed in, or a guest with an anonymous account) joins by PIN with a nickname. The
 * holder of a token for this game rejoins as the same player, whatever nickname they type.
 */
export async function joinLiveGame({
  actor,
  pin,
  nickname,
  token,
}: {
  actor: Actor;
  pin: string;
  nickname: string;
  /** The token from the player cookie, if any. */
  token?: string | null;
}): Promise<{ gameId: string; playerId: string; token: string }> {
  const db = getDb();
  const game = await db.liveGame.findUnique({ where: { activePin: pinSchema.parse(pin) }, select: { id: true } });
  if (!game) throw new NotFoundError("Game");
  if (token) {
    const player = await db.livePlayer.findUnique({ where: { tokenHash: hashPlayerToken(token) }, select: { id: true, gameId: true } });
    if (player?.gameId === game.id) return { gameId: game.id, playerId: player.id, token };
  }
  if ((await db.livePlayer.count({ where: { gameId: game.id } })) >= MAX_PLAYERS) throw new GameFullError();
  const fresh = newPlayerToken();
  try {
    const player = await db.livePlayer.create({
      data: { gameId: game.id, nickname, nicknameKey: nicknameKey(nickname), userId: actor.id, tokenHash: hashPlayerToken(fresh) },
      select: { id: true },
    });
    liveBus().publish({ gameId: game.id, kind: "players" });
    return { gameId: game.id, playerId: player.id, token: fresh };
  } catch (error) {
    if (isUniqueViolation(error)) throw new NicknameTakenError();
    throw error;
  }
}

/**
 * A player's answer to the open question, marked by the quiz grader with the server's clock.
 * Refused when the question is not the open one, its time is up, or the player has answered it.
 * The reply says only that it was taken: whether it was right waits for the close.
 *
 * When this process knows the open question, the answer is marked from that and stored by one
 * statement that checks everything again in the database (store-answers.ts); if that stores
 * nothing (a second answer, a closed or resumed question, a stranger's token) or the answer is
 * malformed, it takes the full path, which reads the player and the game and says why.
 */
export async function answerLiveQuestion(options: AnswerOptions): Promise<{ accepted: true }> {
  const { token, gameId, questionIndex, answer, now = new Date() } = options;
  const known = openQuestionOf(gameId);
  if (known && known.questionIndex === questionIndex && now.getTime() < known.openedAt.getTime() + known.secondsPerQuestion * 1000) {
    let response;
    try {
      response = toLearnerResponse(known.question, answer);
    } catch {
      // Malformed for this question: the full path gives the same refusal as ever, in its order.
      return answerFullPath({ ...options, now });
    }
    const waiting = await storeAnswer(answerRow({ tokenHash: hashPlayerToken(token), gameId, questionIndex, open: known, response, now }));
    if (waiting !== null) {
      await afterAnswer(gameId, questionIndex, waiting, now);
      return { accepted: true };
    }
  }
  return answerFullPath({ ...options, now });
}

interface AnswerOptions {
  token: string;
  gameId: string;
  questionIndex: number;
  answer: LiveAnswerInput;
  now?: Date;
}

function answerRow({ tokenHash, gameId, questionIndex, open, response, now }: { tokenHash: string; gameId: string; questionIndex: number; open: OpenQuestion; response: ReturnType<typeof toLearnerResponse>; now: Date }) {
  const { fraction, correct } = gradeLive(open.question, response);
  // Resuming a pause moved questionOpenedAt on by its length, so this leaves pauses out.
  const elapsedMs = Math.max(0, now.getTime() - open.openedAt.getTime());
  const points = pointsFor({ correct, elapsedMs, seconds: open.secondsPerQuestion });
  return { id: randomUUID(), tokenHash, gameId, questionIndex, questionId: open.question.id, response: JSON.stringify(response), receivedAt: now, elapsedMs, fraction, correct, points, openedAt: open.openedAt };
}

/** The answer's checks one by one, from the database, with a message for each refusal. */
async function answerFullPath({ token, gameId, questionIndex, answer, now = new Date() }: AnswerOptions): Promise<{ accepted: true }> {
  const player = await playerForToken({ token, gameId });
  const game = await readGame(gameId);
  if (!game) throw new NotFoundError("Player");
  if (game.state === "paused" && game.questionIndex === questionIndex) throw new AnswerRefusedError("The game is paused. Answer when it goes on.");
  if (game.state !== "open" || game.questionIndex !== questionIndex) throw new AnswerRefusedError("This question has closed.");
  if (deadlineOf(game)! <= now) {
    await moveGame(game, "close", now);
    throw new AnswerRefusedError("Time is up for this question.");
  }
  const question = await loadLiveQuestion(game);
  if (!question) throw new AnswerRefusedError("This question has closed.");
  const open = { questionIndex, openedAt: game.questionOpenedAt!, secondsPerQuestion: game.secondsPerQuestion, question };
  rememberOpenQuestion(gameId, open);
  const response = toLearnerResponse(question, answer);
  // Stored only if the question is still open, in the same statement: an answer racing the close
  // is either in before it or refused, never counted after the reveal was drawn.
  const waiting = await storeAnswer(answerRow({ tokenHash: hashPlayerToken(token), gameId, questionIndex, open, response, now }));
  if (waiting === null) {
    const again = await getDb().liveAnswer.count({ where: { playerId: player.id, questionIndex } });
    throw new AnswerRefusedError(again ? "You have already answered this question." : "This question has closed.");
  }
  await afterAnswer(gameId, questionIndex, waiting, now);
  return { accepted: true };
}

/** Tells the host's screen, and closes the question if everyone has now answered (no need to wait for the clock). */
async function afterAnswer(gameId: string, questionIndex: number, waiting: number, now: Date): Promise<void> {
  liveBus().publish({ gameId, kind: "answers" });
  if (waiting > 0) return;
  const game = await readGame(gameId);
  if (game?.state === "open" && game.questionIndex === questionIndex) await moveGame(game, "close", now);
}
