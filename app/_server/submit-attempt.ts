// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
import { randomUUID } from "node:crypto";
import { getDb } from "@/prisma/client";
import { directSql, join, sql } from "@/prisma/direct-sql";
import { gradeResponse } from "@/questions/grade";
import { responseSchema, type LearnerResponse } from "@/questions/schema";
import type { Actor } from "./session";
import { loadAttempt } from "./load-attempt";
import { enqueueMissed } from "./review-queue";

import { DEADLINE_GRACE_MS } from "./quiz-settings";
export { DEADLINE_GRACE_MS };

export type SubmitOutcome = { status: "submitted"; score: number; maxScore: number } | { status: "already_submitted" };

/**
 * Grades and closes an attempt. Scores are decided here from the stored answer keys, never taken
 * from the browser. A second submission (double click, replay, another tab) changes nothing: the
 * attempt is claimed with a conditional update inside the same transaction that writes the marks.
 */
export async function submitAttempt({
  attemptId,
  actor,
  responses,
  now = new Date(),
}: {
  attemptId: string;
  actor: Actor;
  responses: Record<string, unknown>;
  now?: Date;
}): Promise<SubmitOutcome> {
  const attempt = await loadAttempt({ attemptId, actor });
  if (attempt.status !== "in_progress") return { status: "already_submitted" };

  const late = attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS;
  const locked = attempt.quiz.settings.review === "during";
  const graded = attempt.questions.map((q) => {
    // Answers saved as they were given count when the final form leaves a question out (or,
    // with feedback during the attempt, always: a checked answer is final).
    // A late submission is not trusted: only answers saved before the deadline count.
    const saved = attempt.responses.get(q.id);
    const fromSaved = saved && (late || locked || responses[q.id] === undefined);
    const given = fromSaved ? (JSON.parse(saved.response) ?? undefined) : late ? undefined : responses[q.id];
    const parsed = responseSchema.safeParse(given);
    const response: LearnerResponse | undefined = parsed.success ? parsed.data : undefined;
    const { fraction } = response === undefined ? { fraction: 0 } : gradeResponse(q.question, response);
    return { questionId: q.id, questionVersion: q.version, response, fraction, points: fraction * q.points };
  });
  const score = graded.reduce((sum, g) => sum + g.points, 0);

  const db = await directSql(getDb());
  // Direct SQL in a short transaction (decision 012): only statements run while it is open, so on
  // SQLite the write lock is held for microseconds, not across other requests' work.
  return db.transaction(async (tx) => {
    const claimed = await tx.execute(sql`
      UPDATE "Attempt" SET "status" = 'submitted', "submittedAt" = ${late && attempt.deadlineAt ? attempt.deadlineAt : now}, "score" = ${score}
      WHERE "id" = ${attempt.id} AND "userId" = ${actor.id} AND "status" = 'in_progress'`);
    if (claimed === 0) return { status: "already_submitted" } as const;
    // Every mark in one statement: one round trip whatever the quiz's length.
    if (graded.length) {
      const rows = graded.map(
        (g) => sql`(${randomUUID()}, ${attempt.id}, ${g.questionId}, ${g.questionVersion}, ${JSON.stringify(g.response ?? null)}, ${g.fraction}, ${g.points}, ${now})`,
      );
      await tx.execute(sql`
        INSERT INTO "Response" ("id", "attemptId", "questionId", "questionVersion", "response", "fraction", "points", "answeredAt")
        VALUES ${join(rows, ", ")}
        ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "questionVersion" = excluded."questionVersion", "response" = excluded."response",
          "fraction" = excluded."fraction", "points" = excluded."points", "answeredAt" = excluded."answeredAt"`);
    }
    // Missed questions join the learner's review queue (a teacher's preview is not learning).
    if (!attempt.preview) await enqueueMissed({ tx, userId: actor.id, questionIds: graded.filter((g) => g.fraction < 1).map((g) => g.questionId), now, quiz: attempt.quiz });
    return { status: "submitted", score, maxScore: attempt.maxScore } as const;
  });
}
