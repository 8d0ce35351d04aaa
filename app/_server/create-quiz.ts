import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { assertTeacher, ownedBy } from "./permissions";
import { ForbiddenError } from "./errors";
import { quizSettingsSchema } from "./quiz-settings";

export const QUIZ_TITLE_MAX = 200;
export const QUIZ_MAX_QUESTIONS = 200;

export const quizInputSchema = z.object({
  title: z.string().trim().min(1, "Give the quiz a title.").max(QUIZ_TITLE_MAX, `At most ${QUIZ_TITLE_MAX} characters.`),
  description: z.string().trim().max(2000, "At most 2,000 characters.").default(""),
  questionIds: z.array(z.string().min(1).max(64)).min(1, "Pick at least one approved question.").max(QUIZ_MAX_QUESTIONS),
  timeLimitMinutes: z.number().int().min(1, "At least 1 minute.").max(600, "At most 600 minutes.").nullable().default(null),
  publish: z.boolean().default(true),
});

/** A quiz from the teacher's own approved questions, in the order given. */
export async function createQuiz({ actor, input }: { actor: Actor; input: z.input<typeof quizInputSchema> }) {
  assertTeacher(actor);
  const data = quizInputSchema.parse(input);
  const ids = [...new Set(data.questionIds)];
  const db = getDb();
  const usable = await db.question.count({ where: { id: { in: ids }, status: "approved", ...ownedBy(actor, "authorId") } });
  if (usable !== ids.length) throw new ForbiddenError("Only your own approved questions can go into a quiz.");
  const settings = quizSettingsSchema.parse({ timeLimitSeconds: data.timeLimitMinutes ? data.timeLimitMinutes * 60 : null });
  return db.quiz.create({
    data: {
      title: data.title,
      description: data.description,
      ownerId: actor.id,
      status: data.publish ? "published" : "draft",
      settings: JSON.stringify(settings),
      questions: { create: ids.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
}

/** The teacher's approved questions to choose from, newest article first. */
export async function listApprovedQuestions({ actor }: { actor: Actor }) {
  assertTeacher(actor);
  return getDb().question.findMany({
    where: { status: "approved", ...ownedBy(actor, "authorId") },
    orderBy: [{ createdAt: "desc" }, { score: { sort: "desc", nulls: "last" } }],
    take: 500,
    select: { id: true, type: true, prompt: true, article: { select: { id: true, title: true } } },
  });
}
