// The teacher's report of one live game: the players with rank, score and right answers, and per
// question what the room answered, how many got it right and how long they took. Authorised as the
// quiz's other reports are (quiz-report.ts): the quiz's owner, and admins; anyone else is told it
// does not exist. Read from the game's own rows (LivePlayer, LiveAnswer), not from the attempts
// written after the end, so it is whole the moment the game ends.
import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import { directSql, sql } from "@/prisma/direct-sql";
import { responseSchema } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { questionGradingSelect, toDomainQuestion } from "../bank/question-record";
import { describeResponse } from "../attempts/answer-text";
import { correctAnswerText, pickedOptions, isCorrectOption, toLiveQuestion } from "./live-question";
import { withStreaks } from "./rules";
import { standings } from "./snapshot";

const layoutSchema = z.array(z.object({ questionId: z.string(), points: z.number() }));

/** Typed answers shown one by one before the rest are counted together. */
export const TYPED_ANSWERS_SHOWN = 6;

export interface LiveGameReport {
  id: string;
  quiz: { id: string; title: string };
  state: string;
  createdAt: Date;
  endedAt: Date | null;
  secondsPerQuestion: number;
  streakBonus: boolean;
  players: { nickname: string; rank: number; score: number; correct: number; answered: number; bonus: number }[];
  questions: {
    index: number;
    prompt: string;
    /** Null if the question has been deleted since. */
    correctAnswer: string | null;
    /** Per option as shown in the game, or per typed answer (most common first); then "No answer". */
    distribution: { label: string; count: number; correct: boolean }[];
    answered: number;
    correct: number;
    /** Right answers as a share of the players (0..1); null with no players. */
    facility: number | null;
    /** Mean time to answer, in seconds; null if nobody answered (or the times were not kept). */
    averageSeconds: number | null;
  }[];
}

async function gameOwnedBy(actor: Actor, gameId: string) {
  const game = await getDb().liveGame.findUnique({
    where: { id: gameId },
    select: { id: true, state: true, layout: true, createdAt: true, endedAt: true, secondsPerQuestion: true, streakBonus: true, quiz: { select: { id: true, title: true, ownerId: true } } },
  });
  if (!game) throw new NotFoundError("Live game");
  // The quiz's owner (every game of it is theirs to read, whoever hosted it) and admins, as for
  // the quiz's report; another teacher gets the same "not found" as for a made-up id.
  assertOwner(actor, game.quiz.ownerId, "Live game");
  return game;
}

export async function getLiveGameReport({ actor, gameId }: { actor: Actor; gameId: string }): Promise<LiveGameReport> {
  const game = await gameOwnedBy(actor, gameId);
  const db = getDb();
  const layout = layoutSchema.parse(JSON.parse(game.layout));
  const [players, rows, questionRows] = await Promise.all([
    db.livePlayer.findMany({ where: { gameId }, orderBy: [{ joinedAt: "asc" }, { id: "asc" }], select: { id: true, nickname: true } }),
    db.liveAnswer.findMany({ where: { gameId }, select: { playerId: true, questionIndex: true, response: true, correct: true, points: true, elapsedMs: true } }),
    db.question.findMany({ where: { id: { in: layout.map((l) => l.questionId) } }, select: { id: true, version: true, ...questionGradingSelect } }),
  ]);
  const answers = withStreaks(
    rows.map((a) => ({ ...a, response: responseSchema.parse(JSON.parse(a.response)) })),
    game.streakBonus,
  );
  const table = standings({ players, answers });
  const byQuestion = new Map(questionRows.map((q) => [q.id, q]));

  return {
    id: game.id,
    quiz: { id: game.quiz.id, title: game.quiz.title },
    state: game.state,
    createdAt: game.createdAt,
    endedAt: game.endedAt,
    secondsPerQuestion: game.secondsPerQuestion,
    streakBonus: game.streakBonus,
    players: table.map((row) => {
      const mine = answers.filter((a) => a.playerId === row.playerId);
      return { nickname: row.nickname, rank: row.rank, score: row.score, correct: mine.filter((a) => a.correct).length, answered: mine.length, bonus: mine.reduce((s, a) => s + a.bonus, 0) };
    }),
    questions: layout.map((entry, index) => {
      // Answers of players still in the game (a removed player's went with them).
      const here = answers.filter((a) => a.questionIndex === index);
      const row = byQuestion.get(entry.questionId);
      const live = row ? toLiveQuestion(game.id, { id: row.id, version: row.version, points: entry.points, question: toDomainQuestion(row) }) : null;
      const correct = here.filter((a) => a.correct).length;
      const times = here.flatMap((a) => (a.elapsedMs === null ? [] : [a.elapsedMs]));
      const noAnswer = { label: "No answer", count: Math.max(0, players.length - here.length), correct: false };
      let distribution: LiveGameReport["questions"][number]["distribution"];
      if (live?.options) {
        distribution = live.options.map((label, i) => ({ label, count: here.filter((a) => pickedOptions(live, a.response).includes(i)).length, correct: isCorrectOption(live, i) }));
      } else {
        // Typed answers, grouped as they read (case and spacing aside), most common first.
        const groups = new Map<string, { label: string; count: number; correct: boolean }>();
        for (const a of here) {
          const label = live ? describeResponse(live.question, a.response) : String(a.response);
          const key = `${a.correct}:${label.trim().toLowerCase().replace(/\s+/g, " ")}`;
          const group = groups.get(key);
          if (group) group.count++;
          else groups.set(key, { label, count: 1, correct: a.correct });
        }
        const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
        const rest = sorted.slice(TYPED_ANSWERS_SHOWN);
        distribution = sorted.slice(0, TYPED_ANSWERS_SHOWN);
        if (rest.length) distribution.push({ label: `${rest.length} other answers`, count: rest.reduce((s, g) => s + g.count, 0), correct: false });
      }
      return {
        index,
        prompt: live?.prompt ?? "This question has been deleted.",
        correctAnswer: live ? correctAnswerText(live) : null,
        distribution: [...distribution, noAnswer],
        answered: here.length,
        correct,
        facility: players.length ? correct / players.length : null,
        averageSeconds: times.length ? times.reduce((s, t) => s + t, 0) / times.length / 1000 : null,
      };
    }),
  };
}

/** The quiz's live games that have ended, newest first (the quiz page links each one's report). */
export async function listLiveGames({ actor, quizId }: { actor: Actor; quizId: string }) {
  // Direct SQL (prisma/direct-sql.ts), as the rest of the quiz report page's data: through Prisma's
  // query API these two reads cost the report page more CPU in its query compiler than in the database.
  const db = await directSql(getDb());
  const [quiz] = await db.query<{ ownerId: string | null }>(sql`SELECT "ownerId" FROM "Quiz" WHERE "id" = ${quizId}`);
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  const games = await db.query<{ id: string; endedAt: Date | null; createdAt: Date; players: number }>(sql`
    SELECT g."id", g."endedAt", g."createdAt", (SELECT COUNT(*) FROM "LivePlayer" p WHERE p."gameId" = g."id") AS "players"
    FROM "LiveGame" g WHERE g."quizId" = ${quizId} AND g."state" = 'ended'
    ORDER BY g."endedAt" DESC LIMIT 20`);
  return games.map((g) => ({ id: g.id, endedAt: g.endedAt ?? g.createdAt, players: Number(g.players) }));
}
