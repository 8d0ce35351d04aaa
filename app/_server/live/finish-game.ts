// When a game ends, each player's answers become an ordinary submitted attempt at the quiz (one
// response row per question, marked by the quiz grader, missed questions queued for review), so
// their history, the quiz's reports and spaced review treat a live game like any attempt.
// A player with no account cannot have one; every player has one here (a guest's is anonymous).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import { directSql, join, sql } from "@/prisma/direct-sql";
import { markRow, MARK_COLUMNS, REPLACE_MARK, type Mark } from "../attempts/save-answer";
import { enqueueMissed } from "../practice/review-queue";
import { parseQuizSettings } from "../quizzes/quiz-settings";

const layoutSchema = z.array(z.object({ questionId: z.string(), points: z.number() }));

export async function finishGame(gameId: string, now: Date): Promise<number> {
  const db = getDb();
  const game = await db.liveGame.findUnique({
    where: { id: gameId },
    select: { quizId: true, layout: true, createdAt: true, quiz: { select: { settings: true, closeAt: true } } },
  });
  if (!game) return 0;
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
  return written;
}
