import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { GRADING_METHODS, parseQuizSettings, quizSettingsSchema, REVIEW_POLICIES, timeLimitMinutesSchema, attemptsAllowedSchema } from "./quiz-settings";
import { QUIZ_TITLE_MAX } from "./create-quiz";
import { countQuizQuestions } from "./list-published-quizzes";
import { quizVisibilitySchema, type QuizVisibility } from "./quiz-visibility";
import { attemptsSoFar } from "../../_components/format";

// Managing a quiz after it is made: its settings, publishing and unpublishing, closing now. Only
// its owner (or an admin) may; anyone else is told it does not exist.

async function ownedQuiz(actor: Actor, quizId: string) {
  const quiz = await getDb().quiz.findUnique({
    where: { id: quizId },
    select: {
      id: true, title: true, description: true, ownerId: true, status: true, visibility: true, settings: true,
      drawRules: true, openAt: true, closeAt: true,
      _count: { select: { questions: true } },
    },
  });
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  return { ...quiz, attempts: await countAttempts(quiz.id) };
}

/** Learners' attempts (never previews), submitted and in progress: counted as the quiz's report counts them. */
async function countAttempts(quizId: string): Promise<AttemptCounts> {
  const rows = await getDb().attempt.groupBy({ by: ["status"], where: { quizId, preview: false }, _count: { _all: true } });
  const of = (status: string) => rows.find((r) => r.status === status)?._count._all ?? 0;
  return { submitted: of("submitted"), inProgress: of("in_progress") };
}

export interface AttemptCounts {
  submitted: number;
  inProgress: number;
}

/** The quiz as its owner manages it: settings, state, attempts so far, questions it would ask. */
export async function getQuizForManaging({ actor, quizId, now = new Date() }: { actor: Actor; quizId: string; now?: Date }) {
  const quiz = await ownedQuiz(actor, quizId);
  return {
    id: quiz.id,
    title: quiz.title,
    description: quiz.description,
    status: quiz.status,
    visibility: quiz.visibility as QuizVisibility,
    settings: parseQuizSettings(quiz.settings),
    openAt: quiz.openAt,
    closeAt: quiz.closeAt,
    closed: quiz.closeAt !== null && quiz.closeAt <= now,
    attempts: quiz.attempts,
    questionCount: await countQuizQuestions({ fixed: quiz._count.questions, drawRules: quiz.drawRules, ownerId: quiz.ownerId, now }),
  };
}

const optionalDate = z.coerce.date().nullable().default(null);

export const quizSettingsInputSchema = z
  .object({
    title: z.string().trim().min(1, "Give the quiz a title.").max(QUIZ_TITLE_MAX, `At most ${QUIZ_TITLE_MAX} characters.`),
    description: z.string().trim().max(2000, "At most 2,000 characters.").default(""),
    timeLimitMinutes: timeLimitMinutesSchema,
    attemptsAllowed: attemptsAllowedSchema,
    grading: z.enum(GRADING_METHODS),
    review: z.enum(REVIEW_POLICIES),
    visibility: quizVisibilitySchema,
    openAt: optionalDate,
    closeAt: optionalDate,
    /** The teacher has read that the change alters attempts already made. */
    confirmed: z.boolean().default(false),
  })
  .refine((q) => !(q.openAt && q.closeAt && q.closeAt <= q.openAt), { path: ["closeAt"], message: "The quiz must close after it opens." });

/** The settings that change what existing attempts are or how they are graded, by their label. */
const ATTEMPT_SETTINGS = { timeLimitSeconds: "the time limit", attemptsAllowed: "the attempts allowed", grading: "how the grade is chosen", review: "when answers are shown" } as const;

export class AttemptsAffectedError extends Error {
  constructor(readonly attempts: AttemptCounts, readonly changed: string[]) {
    const one = attempts.submitted + attempts.inProgress === 1;
    super(`${attemptsSoFar(attempts)} so far. Changing ${changed.join(", ")} applies to ${one ? "it" : "them"} too (grades and what learners see). Tick "I understand" to save anyway.`);
    this.name = "AttemptsAffectedError";
  }
}

/**
 * New settings. When learners have attempted the quiz, a change to what governs their attempts
 * (time limit, attempts allowed, grading, review) needs the teacher's confirmation.
 */
export async function updateQuizSettings({ actor, quizId, input }: { actor: Actor; quizId: string; input: z.input<typeof quizSettingsInputSchema> }) {
  const data = quizSettingsInputSchema.parse(input);
  const quiz = await ownedQuiz(actor, quizId);
  const old = parseQuizSettings(quiz.settings);
  const settings = quizSettingsSchema.parse({ ...old, timeLimitSeconds: data.timeLimitMinutes ? data.timeLimitMinutes * 60 : null, attemptsAllowed: data.attemptsAllowed, grading: data.grading, review: data.review });
  const changed = (Object.keys(ATTEMPT_SETTINGS) as (keyof typeof ATTEMPT_SETTINGS)[]).filter((k) => settings[k] !== old[k]).map((k) => ATTEMPT_SETTINGS[k]);
  if (quiz.attempts.submitted + quiz.attempts.inProgress > 0 && changed.length > 0 && !data.confirmed) throw new AttemptsAffectedError(quiz.attempts, changed);
  await getDb().quiz.update({
    where: { id: quiz.id },
    data: { title: data.title, description: data.description, visibility: data.visibility, settings: JSON.stringify(settings), openAt: data.openAt, closeAt: data.closeAt },
  });
}

export class EmptyQuizPublishError extends Error {
  constructor() {
    super("This quiz has no questions to ask, so it cannot be published. Add questions, or wait for its draw to have some.");
    this.name = "EmptyQuizPublishError";
  }
}

/** Publish (learners can find and start it) or unpublish (back to a draft; attempts are kept). */
export async function setQuizPublished({ actor, quizId, published }: { actor: Actor; quizId: string; published: boolean }) {
  const quiz = await ownedQuiz(actor, quizId);
  if (published && (await countQuizQuestions({ fixed: quiz._count.questions, drawRules: quiz.drawRules, ownerId: quiz.ownerId })) === 0) throw new EmptyQuizPublishError();
  await getDb().quiz.update({ where: { id: quiz.id }, data: { status: published ? "published" : "draft" } });
}

/** Closes the quiz now: no new attempts, and attempts in progress end (decision 018). */
export async function closeQuizNow({ actor, quizId, now = new Date() }: { actor: Actor; quizId: string; now?: Date }) {
  const quiz = await ownedQuiz(actor, quizId);
  await getDb().quiz.update({ where: { id: quiz.id }, data: { closeAt: now, openAt: quiz.openAt && quiz.openAt > now ? null : quiz.openAt } });
}
