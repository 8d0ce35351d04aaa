import { randomInt, randomUUID } from "node:crypto";
import { getDb } from "@/prisma/client";
import { directSql, sql } from "@/prisma/direct-sql";
import type { Actor } from "../auth/session";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { assertOwner } from "../auth/permissions";
import { parseDrawRules, parseQuizSettings } from "../quizzes/quiz-settings";
import { drawPool } from "../quizzes/draw-pool";
import { visibleTo } from "../quizzes/quiz-visibility";

/** Nothing to ask: no fixed questions and the draw pools are empty (say, no news approved this week). */
export class EmptyQuizError extends ForbiddenError {
  constructor() {
    super("This quiz has no questions to ask yet. Try again later.");
    this.name = "EmptyQuizError";
  }
}

/** The quiz's close date has passed (or its teacher pressed "Close now"): it takes no more attempts. */
export class QuizClosedError extends ForbiddenError {
  constructor() {
    super("This quiz has closed: it no longer takes attempts.");
    this.name = "QuizClosedError";
  }
}

/** The quiz has an open date still to come. */
export class QuizNotOpenError extends ForbiddenError {
  constructor() {
    super("This quiz is not open yet.");
    this.name = "QuizNotOpenError";
  }
}

export class AttemptLimitError extends ForbiddenError {
  constructor(allowed: number) {
    super(`This quiz allows ${allowed} attempt${allowed === 1 ? "" : "s"}, and you have used ${allowed === 1 ? "it" : "them all"}.`);
    this.name = "AttemptLimitError";
  }
}

export interface LayoutEntry {
  questionId: string;
  points: number;
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface QuizRow {
  id: string;
  ownerId: string | null;
  isDemo: boolean;
  visibility: string;
  settings: string;
  drawRules: string;
  openAt: Date | null;
  closeAt: Date | null;
}

/**
 * Starts an attempt at a published quiz, or returns the learner's attempt in progress so that a
 * reload or a second tab resumes rather than restarts. The questions (fixed ones, shuffled if
 * the quiz says so, plus any drawn at random from a tag or article) are fixed here, once.
 * A teacher may preview their own quiz, published or not; previews count nowhere.
 * Direct SQL (decision 012): a school's learners all start at the bell.
 */
export async function startAttempt({ quizId, actor, now = new Date(), preview = false }: { quizId: string; actor: Actor; now?: Date; preview?: boolean }) {
  const db = await directSql(getDb());
  // In one round trip: the quiz, the learner's attempt in progress at it, how many attempts they
  // have made, and its own questions in order, a row each (one row with no question for a quiz
  // with none). The quiz's part is computed once (MATERIALIZED), not once per question.
  const rows = await db.query<QuizRow & { existingId: string | null; used: number; questionId: string | null; points: number | null }>(sql`
    WITH "theQuiz" AS MATERIALIZED (
      SELECT q."id", q."ownerId", q."isDemo", q."visibility", q."settings", q."drawRules", q."openAt", q."closeAt",
        (SELECT a."id" FROM "Attempt" a
         WHERE a."quizId" = q."id" AND a."userId" = ${actor.id} AND a."status" = 'in_progress' AND a."preview" = ${preview}
         ORDER BY a."startedAt" DESC LIMIT 1) AS "existingId",
        (SELECT COUNT(*) FROM "Attempt" a WHERE a."quizId" = q."id" AND a."userId" = ${actor.id} AND a."preview" = ${false}) AS "used"
      FROM "Quiz" q
      WHERE q."id" = ${quizId} ${preview ? sql`` : sql`AND q."status" = 'published'`})
    SELECT "theQuiz".*, qq."questionId", qq."points"
    FROM "theQuiz" LEFT JOIN "QuizQuestion" qq ON qq."quizId" = "theQuiz"."id"
    ORDER BY qq."position"`);
  const quiz = rows[0];
  if (!quiz) throw new NotFoundError("Quiz");
  // Guests may take the demo quiz and any quiz its teacher made visible to "everyone, guests
  // included" (decision 024); the others are for people with accounts.
  if (actor.isGuest && !quiz.isDemo && quiz.visibility !== "public") throw new ForbiddenError("Create an account to take this quiz.");
  if (preview) assertOwner(actor, quiz.ownerId, "Quiz");
  else {
    // Not for this person (a classes-only quiz, opened by URL): it does not exist for them. Public
    // quizzes, the common case at the bell, skip the query.
    if (quiz.visibility !== "public" && !(await getDb().quiz.count({ where: { id: quizId, ...visibleTo(actor) } }))) throw new NotFoundError("Quiz");
    // One they may see but that does not take attempts now: said so, not "not found" (a 500 on the page).
    if (quiz.closeAt && quiz.closeAt <= now) throw new QuizClosedError();
    if (quiz.openAt && quiz.openAt > now) throw new QuizNotOpenError();
  }
  if (quiz.existingId) return { id: quiz.existingId, resumed: true };

  const settings = parseQuizSettings(quiz.settings);
  if (!preview && settings.attemptsAllowed && quiz.used >= settings.attemptsAllowed) throw new AttemptLimitError(settings.attemptsAllowed);

  const fixed: LayoutEntry[] = rows.flatMap((r) => (r.questionId === null ? [] : [{ questionId: r.questionId, points: r.points! }]));
  const layout = settings.shuffleQuestions ? shuffled(fixed) : fixed;
  const taken = new Set(layout.map((l) => l.questionId));
  for (const rule of parseDrawRules(quiz.drawRules)) {
    const pool = await getDb().question.findMany({
      where: { ...(await drawPool(rule, quiz.ownerId, now)), id: { notIn: [...taken] } },
      select: { id: true },
      take: 1000,
    });
    for (const q of shuffled(pool).slice(0, rule.count)) {
      layout.push({ questionId: q.id, points: rule.points });
      taken.add(q.id);
    }
  }

  if (layout.length === 0) throw new EmptyQuizError();
  const id = randomUUID();
  const deadlineAt = settings.timeLimitSeconds ? new Date(now.getTime() + settings.timeLimitSeconds * 1000) : null;
  const maxScore = layout.reduce((sum, q) => sum + q.points, 0);
  await db.execute(sql`
    INSERT INTO "Attempt" ("id", "quizId", "userId", "status", "preview", "startedAt", "deadlineAt", "maxScore", "layout")
    VALUES (${id}, ${quizId}, ${actor.id}, 'in_progress', ${preview}, ${now}, ${deadlineAt}, ${maxScore}, ${JSON.stringify(layout)})`);
  return { id, resumed: false };
}
