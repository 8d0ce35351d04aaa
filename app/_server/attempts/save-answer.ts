import { randomUUID } from "node:crypto";
import { getDb } from "@/prisma/client";
import { directSql, raw, sql, type Statement } from "@/prisma/direct-sql";
import { feedbackForResponse, gradeResponse } from "@/questions/grade";
import { responseSchema, type LearnerResponse, type Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { attemptLayout, type LoadedAttempt } from "./load-attempt";
import { NotFoundError, ForbiddenError } from "../http/errors";
import { parseQuizSettings } from "../quizzes/quiz-settings";
import { attemptDeadline, isPastDeadline, lateMessage } from "./attempt-deadline";
import { questionGradingColumns, toDomainQuestion, type QuestionRow } from "../bank/question-record";
import { describeAnswer } from "./answer-text";
import { readResponse, unreadableAnswer } from "./form-responses";

export interface AnswerFeedback {
  fraction: number;
  correctAnswer: string;
  explanation: string;
  sourceSentence: string | null;
  /** The feedback written for the answer the learner gave (a choice's, a typed answer's, the catch-all). */
  forYourAnswer: string[];
}

export class AnswerLockedError extends ForbiddenError {
  constructor() {
    super("This answer has been checked and can no longer be changed.");
    this.name = "AnswerLockedError";
  }
}

export class BlankAnswerError extends ForbiddenError {
  constructor() {
    super("Give an answer before checking it: nothing was entered, so nothing was checked.");
    this.name = "BlankAnswerError";
  }
}

/** A numeric question's text with no one number in it (decision 032): refused, never stored as nothing. */
export class NotANumberError extends ForbiddenError {
  constructor() {
    super("That answer needs a number, like 250: it was not saved, and any answer saved before is kept.");
    this.name = "NotANumberError";
  }
}

/**
 * One question's answer from the attempt form, refusing (NotANumberError) a numeric question's text
 * with no number in it: saving that would store nothing and clear what was saved before.
 */
export function readFormAnswer(form: FormData, question: { id: string; type: Question["type"]; partCount: number }): LearnerResponse | undefined {
  if (unreadableAnswer(form, question)) throw new NotANumberError();
  return readResponse(form, question);
}

/**
 * No answer at all: nothing entered, or something that is not an answer. Checking it would lock
 * the question (feedback during) or count it as wrong (review), and show the key for nothing.
 */
export function isBlankResponse(value: LearnerResponse | undefined): value is undefined {
  if (value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every((v) => v.trim() === "");
  if (typeof value === "object") return Object.values(value).every((v) => v.trim() === "");
  return false;
}

/** With immediate feedback, an answer is final once checked: otherwise learners could fish. */
export function feedbackDuring(attempt: Pick<LoadedAttempt, "quiz" | "preview">): boolean {
  return attempt.quiz.settings.review === "during";
}

export function feedbackFor(question: { question: Question }, fraction: number, response: LearnerResponse | undefined): AnswerFeedback {
  return {
    fraction,
    forYourAnswer: feedbackForResponse(question.question, response),
    correctAnswer: describeAnswer(question.question),
    explanation: question.question.explanation,
    sourceSentence: question.question.source?.sentence ?? null,
  };
}

/**
 * Saves one answer as it is given, so a reload, a lost connection or a server restart resumes
 * the attempt. The server marks it now (the mark is never trusted from the browser) but tells
 * the learner only if the quiz gives feedback during the attempt.
 *
 * This is the request every learner makes every few seconds, so it reads only what it needs (the
 * attempt with its quiz's settings, then the one question) and writes with one conditional
 * statement: three queries in all (docs/decisions/009-answer-saving-hot-path.md).
 */
export async function saveAnswer({
  attemptId,
  questionId,
  actor,
  response,
  check = true,
  now = new Date(),
}: {
  attemptId: string;
  questionId: string;
  actor: Actor;
  /**
   * With feedback during the attempt: whether this is the learner's "Check" (the answer is marked,
   * its feedback returned, and it is final) or an autosave (kept as a draft that may still change,
   * no feedback). Other quizzes ignore it. Decision 032.
   */
  check?: boolean;
  /**
   * The answer; or a reader that takes it from a form once the question's type is known; or the
   * attempt form itself, read as the server reads it (`readFormAnswer`: a numeric question's text
   * with no number in it is refused with NotANumberError, never stored as nothing).
   */
  response: { value: unknown } | { from: (question: { id: string; type: Question["type"]; partCount: number }) => unknown } | { form: FormData };
  now?: Date;
}): Promise<{ saved: true; feedback?: AnswerFeedback }> {
  // What this process read for the attempt and the question before, if it has: the write then
  // checks in the same statement that none of it has changed (decision 034), and if something has,
  // the answer is saved the long way, from a fresh read.
  const remembered = rememberedRead(attemptId, actor.id, questionId);
  if (remembered) {
    try {
      const saved = await saveFrom(remembered, { attemptId, questionId, response, check, now }, true);
      if (saved) return saved;
    } catch {
      // Refused on what was remembered (the close date may have moved since): decided again below,
      // on a fresh read, which says what is wrong if anything still is.
    }
    forgetRead(attemptId, questionId);
  }
  const read = await findAttemptForSaving(attemptId, actor.id, questionId);
  const saved = await saveFrom(read, { attemptId, questionId, response, check, now }, false);
  if (saved) return saved;
  // Either a submit won the race, or (feedback during) this question was already checked.
  const db = await directSql(getDb());
  const [still] = await db.query(sql`SELECT 1 AS "open" FROM "Attempt" WHERE "id" = ${attemptId} AND "status" = 'in_progress'`);
  throw still ? new AnswerLockedError() : new ForbiddenError("This attempt has been submitted.");
}

type SaveRequest = Pick<Parameters<typeof saveAnswer>[0], "attemptId" | "questionId" | "response" | "check"> & { now: Date };

/**
 * Checks, marks and writes one answer from what was read of its attempt and question. Returns
 * null when nothing was written: with `remembered`, because the attempt, its quiz or the question
 * is not as remembered any more (or for the reasons below); without, because the attempt was
 * submitted or the answer was already checked.
 */
async function saveFrom(read: SavingRead | null, { attemptId, questionId, response, check, now }: SaveRequest, remembered: boolean): Promise<{ saved: true; feedback?: AnswerFeedback } | null> {
  const attempt = read?.attempt;
  if (!attempt) throw new NotFoundError("Attempt");
  if (attempt.status !== "in_progress") throw new ForbiddenError("This attempt has been submitted.");
  // The time limit or the quiz's close date, whichever comes first.
  const deadline = attemptDeadline(attempt, attempt.closeAt);
  if (deadline && isPastDeadline(deadline, now)) throw new ForbiddenError(lateMessage(deadline, attempt.closeAt));
  const entry = attempt.layout.find((l) => l.questionId === questionId);
  const row = entry && read.question;
  if (!entry || !row) throw new NotFoundError("Question");
  const question = toDomainQuestion(row);
  const during = attempt.settings.review === "during";

  const partCount = question.type === "matching" || question.type === "ordering" ? (question.answer as unknown[]).length : 0;
  const shape = { id: questionId, type: question.type, partCount };
  const raw = "from" in response ? response.from(shape) : "form" in response ? readFormAnswer(response.form, shape) : response.value;
  const parsed = responseSchema.safeParse(raw);
  const value: LearnerResponse | undefined = parsed.success ? parsed.data : undefined;
  // With feedback during the attempt a checked answer is final: a blank one is refused, not
  // locked as wrong with the key shown. An autosaved draft may be blank (the learner cleared it).
  const checking = during && (check ?? true);
  if (checking && isBlankResponse(value)) throw new BlankAnswerError();
  const fraction = value === undefined ? 0 : gradeResponse(question, value).fraction;
  const written = await writeResponseIfOpen(
    { attemptId, questionId, questionVersion: row.version, response: JSON.stringify(value ?? null), fraction, points: fraction * entry.points, answeredAt: now },
    // With feedback during the attempt a checked answer is final: only a draft is ever overwritten.
    { replace: during ? "draft" : "always", draft: during && !(check ?? true) },
    remembered ? { userId: attempt.userId, settingsText: attempt.settingsText, closeAt: attempt.closeAt, questionVersion: row.version } : undefined,
  );
  if (!written) return null;
  return checking ? { saved: true, feedback: feedbackFor({ question }, fraction, value) } : { saved: true };
}

type AttemptForSaving = { status: string; deadlineAt: Date | null; preview: boolean; layout: string; quizId: string; settings: string; closeAt: Date | null } & Partial<QuestionRow> & {
  version: number | null;
};

/**
 * In one statement, if the attempt is the actor's: its state, question layout and quiz settings,
 * and the question's columns that marking needs (no tags). The question is only used if the
 * layout holds it; nothing of it leaves this module otherwise.
 */
async function findAttemptForSaving(attemptId: string, userId: string, questionId: string): Promise<SavingRead | null> {
  const db = await directSql(getDb());
  const [attempt] = await db.query<AttemptForSaving>(sql`
    SELECT a."status", a."deadlineAt", a."preview", a."layout", a."quizId", q."settings", q."closeAt",
           x."version", ${questionGradingColumns("x")}
    FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId" LEFT JOIN "Question" x ON x."id" = ${questionId}
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}`);
  if (!attempt) return null;
  const layout = await attemptLayout(attempt.layout, attempt.quizId);
  const { status, deadlineAt, preview, closeAt, settings, version } = attempt;
  const question = version === null ? undefined : ({ ...attempt, version } as QuestionRow & { version: number });
  const read: SavingRead = { attempt: { userId, status, deadlineAt, preview, closeAt, layout, settingsText: settings, settings: parseQuizSettings(settings) }, question };
  // Only an attempt whose layout was fixed at its start (attemptLayout: older ones follow the quiz's questions).
  if (status === "in_progress" && attempt.layout !== "[]" && layout.length) remember(attemptId, questionId, read);
  return read;
}

/** What saving an answer reads: the attempt with its quiz's settings, and the question if there is one. */
interface SavingRead {
  attempt: {
    userId: string;
    status: string;
    deadlineAt: Date | null;
    preview: boolean;
    closeAt: Date | null;
    layout: { questionId: string; points: number }[];
    /** The quiz's settings as stored, which the remembered write compares. */
    settingsText: string;
    settings: ReturnType<typeof parseQuizSettings>;
  };
  question: (QuestionRow & { version: number }) | undefined;
}

/**
 * Reads remembered by this process (decision 034): attempts in progress by id and questions by
 * id, at most READS_LIMIT of each, oldest out first. An attempt's layout and deadline never change
 * once it has started; everything else that a save decides on (the attempt still open and the
 * learner's, the quiz's settings and close date, the question's version) is checked again by the
 * write itself (`writeResponseIfOpen`). Kept under a registered symbol, as prisma/direct-sql.ts keeps
 * its connection: Next.js's copy of this module (the attempt page's saves) and server.ts's (the
 * API) share one memory.
 */
const READS_LIMIT = 10_000;
const READS = Symbol.for("newsquiz.remembered-saving-reads");
type Reads = { attempts: Map<string, SavingRead["attempt"]>; questions: Map<string, QuestionRow & { version: number }> };
const reads: Reads = ((globalThis as { [READS]?: Reads })[READS] ??= { attempts: new Map(), questions: new Map() });

function keep<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= READS_LIMIT) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function remember(attemptId: string, questionId: string, read: SavingRead): void {
  keep(reads.attempts, attemptId, read.attempt);
  if (read.question) keep(reads.questions, questionId, read.question);
}

function rememberedRead(attemptId: string, userId: string, questionId: string): SavingRead | null {
  const attempt = reads.attempts.get(attemptId);
  const question = reads.questions.get(questionId);
  if (!attempt || !question || attempt.userId !== userId) return null;
  return { attempt, question };
}

function forgetRead(attemptId: string, questionId: string): void {
  reads.attempts.delete(attemptId);
  reads.questions.delete(questionId);
}

/** A response row: one learner's mark for one question of an attempt. */
export interface Mark {
  attemptId: string;
  questionId: string;
  questionVersion: number;
  /** JSON of what the learner answered. */
  response: string;
  fraction: number;
  points: number;
  answeredAt: Date;
}

export const MARK_COLUMNS = sql`"id", "attemptId", "questionId", "questionVersion", "response", "fraction", "points", "answeredAt"`;

/**
 * Saving a question's answer again replaces the mark (one response per question per attempt). A
 * mark written this way is never a draft: submitting makes every answer final.
 */
export const REPLACE_MARK = sql`ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "questionVersion" = excluded."questionVersion",
  "response" = excluded."response", "fraction" = excluded."fraction", "points" = excluded."points", "answeredAt" = excluded."answeredAt", "draft" = false`;

/** Feedback during the attempt: a draft may be replaced (by a newer draft or by its check); a checked answer never. */
const REPLACE_DRAFT = (draft: boolean) => sql`ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "questionVersion" = excluded."questionVersion",
  "response" = excluded."response", "fraction" = excluded."fraction", "points" = excluded."points", "answeredAt" = excluded."answeredAt", "draft" = ${bool(draft)}
  WHERE "Response"."draft" = true`;
/** A boolean as SQL text (both databases read TRUE and FALSE; a bound parameter would need a cast on PostgreSQL). */
const bool = (value: boolean) => raw(value ? "true" : "false");

/**
 * A mark as a VALUES row, in MARK_COLUMNS' order, with a new id. PostgreSQL needs the column types
 * where the row is selected from rather than inserted directly (`typed`).
 */
export function markRow(m: Mark, typed: boolean): Statement {
  return typed
    ? sql`(${randomUUID()}::text, ${m.attemptId}::text, ${m.questionId}::text, ${m.questionVersion}::integer, ${m.response}::text,
        ${m.fraction}::double precision, ${m.points}::double precision, ${m.answeredAt}::timestamp(3))`
    : sql`(${randomUUID()}, ${m.attemptId}, ${m.questionId}, ${m.questionVersion}, ${m.response}, ${m.fraction}, ${m.points}, ${m.answeredAt})`;
}

/**
 * One statement that writes the response only while the attempt is still open, so a submit racing
 * this save wins cleanly without a transaction. Returns whether a row was written.
 */
async function writeResponseIfOpen(
  mark: Mark,
  { replace, draft }: { replace: "always" | "draft"; draft: boolean },
  unchanged?: { userId: string; settingsText: string; closeAt: Date | null; questionVersion: number },
): Promise<boolean> {
  const db = await directSql(getDb());
  // From a remembered read: also only while the attempt is the learner's, and its quiz and the
  // question are as they were read.
  const open = unchanged
    ? sql`SELECT 1 FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId" JOIN "Question" x ON x."id" = ${mark.questionId}
        WHERE a."id" = ${mark.attemptId} AND a."userId" = ${unchanged.userId} AND a."status" = 'in_progress'
          AND q."settings" = ${unchanged.settingsText} AND ${unchanged.closeAt ? sql`q."closeAt" = ${unchanged.closeAt}` : sql`q."closeAt" IS NULL`}
          AND x."version" = ${unchanged.questionVersion}`
    : sql`SELECT 1 FROM "Attempt" WHERE "id" = ${mark.attemptId} AND "status" = 'in_progress'`;
  const changed = await db.execute(sql`
    INSERT INTO "Response" (${MARK_COLUMNS}, "draft")
    SELECT *, ${bool(draft)} FROM (VALUES ${markRow(mark, db.postgres)}) AS "mark"
    WHERE EXISTS (${open})
    ${replace === "always" ? REPLACE_MARK : REPLACE_DRAFT(draft)}`);
  return changed > 0;
}
