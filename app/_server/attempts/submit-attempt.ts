import { getDb } from "@/prisma/client";
import { directSql, join, sql, type DirectSql } from "@/prisma/direct-sql";
import { gradeResponse } from "@/questions/grade";
import { responseSchema, type LearnerResponse } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { loadAttempt } from "./load-attempt";
import { enqueueMissed, queueMissedStatement } from "../practice/practice-queue";
import { markRow, MARK_COLUMNS, REPLACE_MARK, type Mark } from "./save-answer";
import { attemptDeadline, isPastDeadline } from "./attempt-deadline";

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

  // The time limit or the quiz's close date, whichever comes first (attempt-deadline.ts).
  const deadline = attemptDeadline(attempt, attempt.quiz.closeAt);
  const late = isPastDeadline(deadline, now);
  const locked = attempt.quiz.settings.review === "during";
  const graded = attempt.questions.map((q) => {
    // Answers saved as they were given count when the final form leaves a question out (or,
    // with feedback during the attempt, always once checked: a checked answer is final; a draft is not).
    // A late submission is not trusted: only answers saved before the deadline count.
    const saved = attempt.responses.get(q.id);
    const fromSaved = saved && (late || (locked && !saved.draft) || responses[q.id] === undefined);
    const given = fromSaved ? (JSON.parse(saved.response) ?? undefined) : late ? undefined : responses[q.id];
    const parsed = responseSchema.safeParse(given);
    const response: LearnerResponse | undefined = parsed.success ? parsed.data : undefined;
    const { fraction } = response === undefined ? { fraction: 0 } : gradeResponse(q.question, response);
    return { questionId: q.id, questionVersion: q.version, response, fraction, points: fraction * q.points };
  });
  const score = graded.reduce((sum, g) => sum + g.points, 0);

  const db = await directSql(getDb());
  const claim: Claim = {
    attemptId: attempt.id,
    userId: actor.id,
    submittedAt: late && deadline ? deadline : now,
    score,
    marks: graded.map((g) => ({ attemptId: attempt.id, questionId: g.questionId, questionVersion: g.questionVersion, response: JSON.stringify(g.response ?? null), fraction: g.fraction, points: g.points, answeredAt: now })),
    // Missed questions join the learner's review queue (a teacher's preview is not learning).
    missed: attempt.preview ? null : { userId: actor.id, questionIds: graded.filter((g) => g.fraction < 1).map((g) => g.questionId), now, quiz: attempt.quiz },
  };
  const claimed = db.postgres ? await claimInOneStatement(db, claim) : await claimInTransaction(db, claim);
  return claimed ? { status: "submitted", score, maxScore: attempt.maxScore } : { status: "already_submitted" };
}

interface Claim {
  attemptId: string;
  userId: string;
  submittedAt: Date;
  score: number;
  marks: Mark[];
  missed: Parameters<typeof queueMissedStatement>[0] | null;
}

/** The claim: the attempt becomes submitted with its score, if it is still in progress (once only). */
const claimStatement = (c: Claim) => sql`
  UPDATE "Attempt" SET "status" = 'submitted', "submittedAt" = ${c.submittedAt}, "score" = ${c.score}
  WHERE "id" = ${c.attemptId} AND "userId" = ${c.userId} AND "status" = 'in_progress'`;

/**
 * Claims the attempt, writes every mark in one statement and queues what was missed, all or
 * nothing, in a short direct-SQL transaction (decision 012): only statements run while it is open,
 * so SQLite's write lock is held for microseconds, not across other requests' work.
 */
async function claimInTransaction(db: DirectSql, c: Claim): Promise<boolean> {
  return db.transaction(async (tx) => {
    if ((await tx.execute(claimStatement(c))) === 0) return false;
    if (c.marks.length) await tx.execute(sql`INSERT INTO "Response" (${MARK_COLUMNS}) VALUES ${join(c.marks.map((m) => markRow(m, false)), ", ")} ${REPLACE_MARK}`);
    if (c.missed) await enqueueMissed({ tx, ...c.missed });
    return true;
  });
}

/**
 * The same on PostgreSQL as one statement: its data-modifying WITH clauses claim the attempt and
 * write the marks and review cards only if the claim took, atomically, in one round trip instead
 * of five (BEGIN, three statements, COMMIT). A second submit waits on the row, then claims nothing.
 */
async function claimInOneStatement(db: DirectSql, c: Claim): Promise<boolean> {
  const claimedIt = sql`EXISTS (SELECT 1 FROM "claimed")`;
  const marks = c.marks.length
    ? sql`, "marks" AS (
        INSERT INTO "Response" (${MARK_COLUMNS})
        SELECT * FROM (VALUES ${join(c.marks.map((m) => markRow(m, true)), ", ")}) AS "mark" WHERE ${claimedIt}
        ${REPLACE_MARK})`
    : sql``;
  const queue = c.missed && queueMissedStatement({ ...c.missed, onlyIf: claimedIt });
  const cards = queue ? sql`, "cards" AS (${queue})` : sql``;
  const [row] = await db.query<{ claimed: number }>(sql`
    WITH "claimed" AS (${claimStatement(c)} RETURNING "id")${marks}${cards}
    SELECT COUNT(*) AS "claimed" FROM "claimed"`);
  return (row?.claimed ?? 0) > 0;
}
