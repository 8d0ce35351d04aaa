// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, type Card, type State } from "ts-fsrs";
import { getDb } from "@/prisma/client";
import { directSql, join, sql, type DirectSql, type Statement } from "@/prisma/direct-sql";
import { feedbackForResponse, gradeResponse } from "@/questions/grade";
import { responseSchema, type LearnerResponse, type QuestionType } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { toLearnerQuestion, type LearnerQuestion } from "../attempts/learner-view";
import { questionRowSelect, toDomainQuestion } from "../bank/question-record";
import { describeAnswer, describeResponse } from "../attempts/answer-text";
import { BlankAnswerError, isBlankResponse } from "../attempts/save-answer";
import { parseQuizSettings, type QuizSettings } from "../quizzes/quiz-settings";
import { ratingFor, reviewableFrom, verdictOf, type ReviewVerdict, type SelfRating } from "./practice-rating";

// Default FSRS parameters: 90% retention, learning steps of 1 and 10 minutes (a missed card comes
// back within the same sitting), fuzz on long intervals so cards added together spread out.
const scheduler = fsrs();

const DAY_MS = 24 * 60 * 60 * 1000;

const cardSelect = {
  id: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

interface CardRow {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

function toFsrsCard(row: CardRow): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

function fromFsrsCard(card: Card) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/**
 * Puts questions into a learner's review queue, due at `due` (default: now). Questions already
 * queued are left as they are, so a question missed in several attempts is queued once.
 * One statement, run inside the caller's transaction when given one (submitting an attempt).
 */
export async function enqueueMissed({
  tx,
  ...missed
}: MissedQuestions & {
  tx?: Pick<DirectSql, "execute">;
}): Promise<number> {
  const insert = queueMissedStatement(missed);
  if (!insert) return 0;
  const db = tx ?? (await directSql(getDb()));
  return db.execute(insert);
}

interface MissedQuestions {
  userId: string;
  questionIds: readonly string[];
  now: Date;
  /** The quiz they were missed in: a quiz that holds its answers back holds back their review too. */
  quiz?: { settings: Pick<QuizSettings, "review">; closeAt: Date | null };
}

/**
 * The INSERT that queues missed questions (questions already queued are left as they are), or
 * null when there is nothing to queue. With `onlyIf`, the rows are inserted only if that condition
 * holds, within the same statement: PostgreSQL's one-statement submit (submit-attempt.ts) queues
 * them only if it claimed the attempt. That form is PostgreSQL's, whose VALUES in a SELECT need
 * their column types.
 */
export function queueMissedStatement({ userId, questionIds, now, quiz, onlyIf }: MissedQuestions & { onlyIf?: Statement }): Statement | null {
  const due = quiz ? reviewableFrom(quiz, now) : now;
  const ids = [...new Set(questionIds)];
  if (!due || ids.length === 0) return null;
  const card = fromFsrsCard(createEmptyCard(due));
  const columns = sql`"id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt"`;
  if (!onlyIf) {
    const rows = ids.map(
      (questionId) =>
        sql`(${randomUUID()}, ${userId}, ${questionId}, ${card.due}, ${card.stability}, ${card.difficulty}, ${card.elapsedDays}, ${card.scheduledDays}, ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state}, ${card.lastReview}, ${now})`,
    );
    return sql`INSERT INTO "ReviewCard" (${columns}) VALUES ${join(rows, ", ")} ON CONFLICT ("userId", "questionId") DO NOTHING`;
  }
  const typed = ids.map(
    (questionId) =>
      sql`(${randomUUID()}::text, ${userId}::text, ${questionId}::text, ${card.due}::timestamp(3), ${card.stability}::double precision, ${card.difficulty}::double precision,
        ${card.elapsedDays}::integer, ${card.scheduledDays}::integer, ${card.learningSteps}::integer, ${card.reps}::integer, ${card.lapses}::integer, ${card.state}::integer,
        ${card.lastReview}::timestamp(3), ${now}::timestamp(3))`,
  );
  return sql`INSERT INTO "ReviewCard" (${columns})
    SELECT * FROM (VALUES ${join(typed, ", ")}) AS "card" WHERE ${onlyIf}
    ON CONFLICT ("userId", "questionId") DO NOTHING`;
}

/**
 * "This was hard": queues a question the learner answered in one of their submitted attempts,
 * even if they got it right. Only questions they have seen, and only once the quiz shows answers.
 */
export async function rateQuestion({
  actor,
  questionId,
  rating,
  now = new Date(),
}: {
  actor: Actor;
  questionId: string;
  rating: "hard";
  now?: Date;
}): Promise<{ status: "added" | "already_queued" }> {
  void rating; // the only rating a result page offers; the queue treats it like a miss
  const db = getDb();
  const seen = await db.response.findMany({
    where: { questionId, attempt: { userId: actor.id, status: "submitted", preview: false } },
    select: { attempt: { select: { quiz: { select: { settings: true, closeAt: true } } } } },
  });
  if (seen.length === 0) throw new NotFoundError("Question");
  const when = seen
    .map((r) => reviewableFrom({ settings: parseQuizSettings(r.attempt.quiz.settings), closeAt: r.attempt.quiz.closeAt }, now))
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (!when) throw new ForbiddenError("This quiz does not show its answers yet, so it cannot be practised.");
  const added = await enqueueMissed({ userId: actor.id, questionIds: [questionId], now: when });
  return { status: added ? "added" : "already_queued" };
}

export interface ReviewItem {
  cardId: string;
  due: Date;
  reps: number;
  /** Prompt and choices only, like a quiz before submission: no key, explanation or source. */
  question: LearnerQuestion;
  article: { title: string } | null;
}

export interface PracticeSession {
  /** How many cards are due now (the session shows at most `limit` of them). */
  dueNow: number;
  cards: ReviewItem[];
}

/** The learner's due cards, oldest due first, as questions to answer. */
export async function getPracticeSession({ actor, now = new Date(), limit = 20 }: { actor: Actor; now?: Date; limit?: number }): Promise<PracticeSession> {
  const db = getDb();
  const where = { userId: actor.id, due: { lte: now } };
  const [dueNow, rows] = await Promise.all([
    db.reviewCard.count({ where }),
    db.reviewCard.findMany({
      where,
      orderBy: [{ due: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, due: true, reps: true, question: { select: { id: true, ...questionRowSelect, article: { select: { title: true } } } } },
    }),
  ]);
  return {
    dueNow,
    cards: rows.map((row, position) => ({
      cardId: row.id,
      due: row.due,
      reps: row.reps,
      // Seeded by the card: the same order on every reload, a different one from the quiz's.
      question: toLearnerQuestion(toDomainQuestion(row.question), { id: row.id, position, points: 1, seed: `review:${row.id}` }, { shuffleChoices: true }),
      article: row.question.article,
    })),
  };
}

export interface PracticeFeedback {
  cardId: string;
  verdict: ReviewVerdict;
  fraction: number;
  prompt: string;
  yourAnswer: string;
  correctAnswer: string;
  explanation: string;
  /** The feedback written for the learner's own answer, if any. */
  forYourAnswer: string[];
  sourceSentence: string | null;
  nextDue: Date;
  /** False when this answer had already been recorded (a double click or a replayed form). */
  scheduled: boolean;
}

/**
 * Marks a review answer on the server, schedules the card's next review with FSRS and only then
 * tells the learner the answer. Cards that are not due (yet) cannot be answered: a card held back
 * until a quiz closes must not leak its key early.
 */
export async function answerPractice({
  actor,
  cardId,
  response,
  self,
  now = new Date(),
}: {
  actor: Actor;
  cardId: string;
  /** The answer, or a reader that takes it from a form once the question's type is known. */
  response: { value: unknown } | { from: (question: { id: string; type: QuestionType; partCount: number }) => unknown };
  self?: SelfRating;
  now?: Date;
}): Promise<PracticeFeedback> {
  const db = getDb();
  const row = await db.reviewCard.findFirst({
    where: { id: cardId, userId: actor.id },
    select: { ...cardSelect, question: { select: questionRowSelect } },
  });
  if (!row) throw new NotFoundError("Review card");
  if (row.due.getTime() > now.getTime()) throw new ForbiddenError("This question is not due for practice yet.");
  const question = toDomainQuestion(row.question);
  const partCount = question.type === "matching" || question.type === "ordering" ? (question.answer as unknown[]).length : 0;
  const raw = "from" in response ? response.from({ id: row.id, type: question.type, partCount }) : response.value;
  const parsed = responseSchema.safeParse(raw);
  const value: LearnerResponse | undefined = parsed.success ? parsed.data : undefined;
  // A blank "Check" is not a wrong answer: it schedules nothing and shows no key.
  if (isBlankResponse(value)) throw new BlankAnswerError();
  const fraction = gradeResponse(question, value).fraction;

  const next = scheduler.next(toFsrsCard(row), now, ratingFor(fraction, self)).card;
  // Claimed by the state it was read in: a second submission of the same answer schedules nothing.
  const claimed = await db.reviewCard.updateMany({
    where: { id: row.id, userId: actor.id, reps: row.reps, due: row.due },
    data: fromFsrsCard(next),
  });
  const nextDue = claimed.count ? next.due : ((await db.reviewCard.findUnique({ where: { id: row.id }, select: { due: true } }))?.due ?? next.due);
  return {
    cardId: row.id,
    verdict: verdictOf(fraction),
    fraction,
    prompt: question.prompt,
    yourAnswer: describeResponse(question, value),
    correctAnswer: describeAnswer(question),
    explanation: withoutQuotedSource(question.explanation, question.source?.sentence),
    forYourAnswer: feedbackForResponse(question, value),
    sourceSentence: question.source?.sentence ?? null,
    nextDue,
    scheduled: claimed.count > 0,
  };
}

/** One count for the navigation bar (every page shows it, so not the whole summary). */
export async function countDuePractice({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<number> {
  // Direct SQL (decision 012): the navigation bar asks on every page a learner opens.
  const db = await directSql(getDb());
  const [row] = await db.query<{ due: number }>(sql`SELECT COUNT(*) AS "due" FROM "ReviewCard" WHERE "userId" = ${actor.id} AND "due" <= ${now}`);
  return row?.due ?? 0;
}

export interface PracticeSummary {
  dueNow: number;
  /** Due within the next 24 hours, those due now included (the server does not know the learner's time zone). */
  dueToday: number;
  total: number;
  /** The earliest review after now, if any. */
  nextDue: Date | null;
}

export async function getPracticeSummary({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<PracticeSummary> {
  // One statement rather than four (decision 012): the history page shows it after every quiz.
  const db = await directSql(getDb());
  const [row] = await db.query<{ dueNow: number | null; dueToday: number | null; total: number; nextDue: Date | string | null }>(sql`
    SELECT SUM(CASE WHEN "due" <= ${now} THEN 1 ELSE 0 END) AS "dueNow",
           SUM(CASE WHEN "due" <= ${new Date(now.getTime() + DAY_MS)} THEN 1 ELSE 0 END) AS "dueToday",
           COUNT(*) AS "total",
           MIN(CASE WHEN "due" > ${now} THEN "due" END) AS "nextDue"
    FROM "ReviewCard" WHERE "userId" = ${actor.id}`);
  // A computed date column has no declared type on SQLite, so it arrives as the stored text.
  const nextDue = row?.nextDue ? new Date(row.nextDue) : null;
  return { dueNow: row?.dueNow ?? 0, dueToday: row?.dueToday ?? 0, total: row?.total ?? 0, nextDue };
}

/** The feedback quotes the source sentence under the explanation; don't print it twice. */
function withoutQuotedSource(explanation: string, sentence: string | undefined): string {
  if (!sentence) return explanation;
  const quoted = `The article says: "${sentence}"`;
  return explanation.endsWith(quoted) ? explanation.slice(0, -quoted.length).trim() : explanation;
}
