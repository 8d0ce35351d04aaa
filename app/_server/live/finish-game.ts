// When a game ends, each player's answers become an ordinary submitted attempt at the quiz (one
// response row per question, marked by the quiz grader, missed questions queued for review), so
// their history, the quiz's reports and spaced review treat a live game like any attempt.
// A player with no account cannot have one; every player has one here (a guest's is anonymous).
//
// The phones hear the end first; the attempts are written afterwards (a room of 200 is 200
// transactions, which held the podium back by seconds). That is durable without a queue:
//   - each player is claimed and written in one transaction (LivePlayer.attemptId), so a write
//     cut off half-way leaves that player unclaimed, and writing again skips those already done;
//   - the game is marked done (LiveGame.attemptsWrittenAt) only when no player is left;
//   - the process that ended the game retries a failed write a few times; and an ended game not
//     marked done is finished again by whoever comes next: any process at start-up
//     (resumeUnfinishedGames, server.ts), and any read of the game once the first writer has had
//     its chance (loadSnapshot, after STALE_MS).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import { directSql, join, sql } from "@/prisma/direct-sql";
import { markRow, MARK_COLUMNS, REPLACE_MARK, type Mark } from "../attempts/save-answer";
import { enqueueMissed } from "../practice/practice-queue";
import { parseQuizSettings } from "../quizzes/quiz-settings";
import { getLogger } from "../http/log";

const layoutSchema = z.array(z.object({ questionId: z.string(), points: z.number() }));

/**
 * Writes the attempts of an ended game's players who have none yet, then marks the game done.
 * Safe to run twice at once (in two processes too): each player is claimed in the transaction
 * that writes them. Returns how many attempts this call wrote.
 */
export async function finishGame(gameId: string): Promise<number> {
  const db = getDb();
  const game = await db.liveGame.findUnique({
    where: { id: gameId },
    select: { state: true, endedAt: true, quizId: true, layout: true, createdAt: true, quiz: { select: { settings: true, closeAt: true } } },
  });
  if (!game || game.state !== "ended") return 0;
  // The attempts are submitted when the game ended, however late they are written.
  const now = game.endedAt ?? new Date();
  const layout = layoutSchema.parse(JSON.parse(game.layout));
  const maxScore = layout.reduce((sum, q) => sum + q.points, 0);
  const versions = new Map(
    (await db.question.findMany({ where: { id: { in: layout.map((l) => l.questionId) } }, select: { id: true, version: true } })).map((q) => [q.id, q.version]),
  );
  const players = await db.livePlayer.findMany({
    where: { gameId, attemptId: null, userId: { not: null } },
    select: { id: true, userId: true, joinedAt: true, answers: { select: { questionIndex: true, response: true, fraction: true, receivedAt: true } } },
  });
  const quiz = { settings: parseQuizSettings(game.quiz.settings), closeAt: game.quiz.closeAt };
  const direct = await directSql(db);
  let written = 0;
  for (const player of players) {
    // A turn for the event loop between players: on SQLite (a synchronous driver) the writes
    // otherwise chain as microtasks and hold back every socket write, the end's fan-out included.
    await new Promise((resolve) => setImmediate(resolve));
    const attemptId = randomUUID();
    const byIndex = new Map(player.answers.map((a) => [a.questionIndex, a]));
    const marks: Mark[] = layout.flatMap((entry, index) => {
      const version = versions.get(entry.questionId);
      if (version === undefined) return []; // deleted since the game began
      const answer = byIndex.get(index);
      return [{
        attemptId,
        questionId: entry.questionId,
        questionVersion: version,
        response: answer?.response ?? "null",
        fraction: answer?.fraction ?? 0,
        points: (answer?.fraction ?? 0) * entry.points,
        answeredAt: answer?.receivedAt ?? now,
      }];
    });
    const score = marks.reduce((sum, m) => sum + m.points, 0);
    const userId = player.userId!;
    const took = await direct.transaction(async (tx) => {
      // Claimed first: a second process ending the same game writes nothing twice.
      const claimed = await tx.execute(sql`UPDATE "LivePlayer" SET "attemptId" = ${attemptId} WHERE "id" = ${player.id} AND "attemptId" IS NULL`);
      if (claimed === 0) return false;
      await tx.execute(sql`
        INSERT INTO "Attempt" ("id", "quizId", "userId", "status", "preview", "startedAt", "submittedAt", "score", "maxScore", "layout")
        VALUES (${attemptId}, ${game.quizId}, ${userId}, 'submitted', ${false}, ${player.joinedAt}, ${now}, ${score}, ${maxScore}, ${JSON.stringify(layout)})`);
      if (marks.length) await tx.execute(sql`INSERT INTO "Response" (${MARK_COLUMNS}) VALUES ${join(marks.map((m) => markRow(m, false)), ", ")} ${REPLACE_MARK}`);
      await enqueueMissed({ tx, userId, questionIds: marks.filter((m) => m.fraction < 1).map((m) => m.questionId), now, quiz });
      return true;
    });
    if (took) written++;
  }
  // Done: every player with an account has an attempt (a player who joined later than the read
  // above cannot exist, since an ended game takes no one).
  await db.liveGame.updateMany({ where: { id: gameId, attemptsWrittenAt: null }, data: { attemptsWrittenAt: new Date() } });
  return written;
}

/** After this long, an ended game still without its attempts is taken to have lost its writer. */
export const STALE_MS = 30_000;
/** The ending process's tries, and the wait before each retry. */
const RETRY_DELAYS_MS = [500, 2_000, 8_000];
/** How long the ending process leaves the end's fan-out (a re-read and 200 socket writes a game) to itself. */
const FAN_OUT_GRACE_MS = 300;

// One finishing per game per process at a time: a retry, a read and the start-up sweep share it.
const FINISHING = Symbol.for("newsquiz.live.finishing");
function running(): Map<string, Promise<void>> {
  const holder = globalThis as { [FINISHING]?: Map<string, Promise<void>> };
  return (holder[FINISHING] ??= new Map());
}

/**
 * Finishes the game in the background with a few retries; the promise settles when it is done or
 * has given up (an error is logged, never thrown: the game is resumed later from what is stored).
 */
export function finishGameInBackground(gameId: string, { delays = RETRY_DELAYS_MS, graceMs = 0 }: { delays?: readonly number[]; graceMs?: number } = {}): Promise<void> {
  const inFlight = running();
  const known = inFlight.get(gameId);
  if (known) return known;
  const work = (async () => {
    if (graceMs > 0) await new Promise((r) => setTimeout(r, graceMs));
    for (let attempt = 0; ; attempt++) {
      try {
        await finishGame(gameId);
        return;
      } catch (error) {
        const wait = delays[attempt];
        getLogger().error({ err: error, gameId, attempt: attempt + 1, retrying: wait !== undefined }, "writing a live game's attempts failed");
        if (wait === undefined) return;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  })().finally(() => inFlight.delete(gameId));
  inFlight.set(gameId, work);
  return work;
}

/** Just after the end: the phones' messages go out first (FAN_OUT_GRACE_MS), then the attempts. */
export function finishEndedGame(gameId: string): Promise<void> {
  return finishGameInBackground(gameId, { graceMs: FAN_OUT_GRACE_MS });
}

/** The finishing of a game in this process, if one is under way (tests wait on it). */
export function finishing(gameId: string): Promise<void> | undefined {
  return running().get(gameId);
}

/** Whether a read of an ended game should take over its unwritten attempts. */
export function needsResuming(game: { state: string; endedAt: Date | null; attemptsWrittenAt: Date | null }, now: Date): boolean {
  return game.state === "ended" && game.attemptsWrittenAt === null && (!game.endedAt || now.getTime() - game.endedAt.getTime() >= STALE_MS);
}

/** Every ended game whose attempts are not all written (a process died, a write kept failing): finished now. */
export async function resumeUnfinishedGames(): Promise<number> {
  const games = await getDb().liveGame.findMany({ where: { state: "ended", attemptsWrittenAt: null }, select: { id: true } });
  for (const g of games) await finishGameInBackground(g.id);
  return games.length;
}
