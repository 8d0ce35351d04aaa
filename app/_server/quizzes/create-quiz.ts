import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertTeacher, ownedBy } from "../auth/permissions";
import { ForbiddenError } from "../http/errors";
import { drawRuleSchema, GRADING_METHODS, quizSettingsSchema, REVIEW_POLICIES, timeLimitMinutesSchema, attemptsAllowedSchema } from "./quiz-settings";

export const QUIZ_TITLE_MAX = 200;
export const QUIZ_MAX_QUESTIONS = 200;

const optionalDate = z.coerce.date().nullable().default(null);

export const quizInputSchema = z
  .object({
    title: z.string().trim().min(1, "Give the quiz a title.").max(QUIZ_TITLE_MAX, `At most ${QUIZ_TITLE_MAX} characters.`),
    description: z.string().trim().max(2000, "At most 2,000 characters.").default(""),
    questionIds: z.array(z.string().min(1).max(64)).max(QUIZ_MAX_QUESTIONS).default([]),
    draws: z.array(drawRuleSchema).max(10).default([]),
    timeLimitMinutes: timeLimitMinutesSchema,
    attemptsAllowed: attemptsAllowedSchema,
    grading: z.enum(GRADING_METHODS).default("highest"),
    shuffleQuestions: z.boolean().default(false),
    shuffleChoices: z.boolean().default(true),
    pageLayout: z.enum(["all", "one"]).default("all"),
    review: z.enum(REVIEW_POLICIES).default("after_submit"),
    openAt: optionalDate,
    closeAt: optionalDate,
    publish: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    if (q.questionIds.length === 0 && q.draws.length === 0) ctx.addIssue({ code: "custom", path: ["questionIds"], message: "Pick at least one approved question, or draw some at random." });
    if (q.openAt && q.closeAt && q.closeAt <= q.openAt) ctx.addIssue({ code: "custom", path: ["closeAt"], message: "The quiz must close after it opens." });
  });

/** A quiz from the teacher's own approved questions, in the order given. */
export async function createQuiz({ actor, input }: { actor: Actor; input: z.input<typeof quizInputSchema> }) {
  assertTeacher(actor);
  const data = quizInputSchema.parse(input);
  const ids = [...new Set(data.questionIds)];
  const db = getDb();
  const usable = await db.question.count({ where: { id: { in: ids }, status: "approved", ...ownedBy(actor, "authorId") } });
  if (usable !== ids.length) throw new ForbiddenError("Only your own approved questions can go into a quiz.");
  const settings = quizSettingsSchema.parse({
    timeLimitSeconds: data.timeLimitMinutes ? data.timeLimitMinutes * 60 : null,
    attemptsAllowed: data.attemptsAllowed,
    grading: data.grading,
    shuffleQuestions: data.shuffleQuestions,
    shuffleChoices: data.shuffleChoices,
    pageLayout: data.pageLayout,
    review: data.review,
  });
  return db.quiz.create({
    data: {
      title: data.title,
      description: data.description,
      ownerId: actor.id,
      status: data.publish ? "published" : "draft",
      settings: JSON.stringify(settings),
      drawRules: JSON.stringify(data.draws),
      openAt: data.openAt,
      closeAt: data.closeAt,
      questions: { create: ids.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
}

/**
 * The teacher's approved questions to choose from, newest article first (by publication date,
 * then by when it was added), then newest question; not in the order they were approved.
 */
export async function listApprovedQuestions({ actor }: { actor: Actor }) {
  assertTeacher(actor);
  return getDb().question.findMany({
    where: { status: "approved", ...ownedBy(actor, "authorId") },
    orderBy: [{ article: { publishedAt: { sort: "desc", nulls: "last" } } }, { article: { createdAt: "desc" } }, { createdAt: "desc" }, { score: { sort: "desc", nulls: "last" } }],
    take: 500,
    select: { id: true, type: true, prompt: true, article: { select: { id: true, title: true } } },
  });
}

/** The tags on the teacher's approved questions, to draw random questions from. */
export async function listMyTags({ actor }: { actor: Actor }): Promise<string[]> {
  assertTeacher(actor);
  const tags = await getDb().tag.findMany({
    where: { questions: { some: { question: { status: "approved", ...ownedBy(actor, "authorId") } } } },
    orderBy: { name: "asc" },
    select: { name: true },
    take: 200,
  });
  return tags.map((t) => t.name);
}
