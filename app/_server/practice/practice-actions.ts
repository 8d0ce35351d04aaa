"use server";
import { z } from "zod";
import { requireUser } from "../auth/session";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { readResponse } from "../attempts/form-responses";
import { answerPractice, rateQuestion, type PracticeFeedback } from "./practice-queue";
import { describeDueIn } from "./practice-rating";
import { readerTime } from "../time/reader-time";

const idSchema = z.string().min(1).max(64);
const answerFormSchema = z.object({ cardId: idSchema, self: z.literal("easy").optional() });

export type PracticeAnswerState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | {
      status: "answered";
      /** Tells one answer's feedback from the next, so the page can dismiss it. */
      answeredAt: number;
      feedback: Omit<PracticeFeedback, "nextDue"> & { nextDueIn: string; nextDueOn: string };
    };

/** Marks one practice answer; the feedback (with the correct answer) comes back only now. */
export async function answerPracticeAction(_previous: PracticeAnswerState, form: FormData): Promise<PracticeAnswerState> {
  const actor = await requireUser("/practice");
  const fields = answerFormSchema.safeParse({ cardId: form.get("cardId"), self: form.get("self") ?? undefined });
  if (!fields.success) return { status: "error", message: "That practice question could not be read; reload the page." };
  const now = new Date();
  try {
    const { nextDue, ...feedback } = await answerPractice({
      actor,
      cardId: fields.data.cardId,
      self: fields.data.self,
      response: { from: (q) => readResponse(form, q) },
      now,
    });
    // The action's answer is rendered by the browser as is: format it here, in the reader's zone.
    const local = await readerTime();
    return { status: "answered", answeredAt: now.getTime(), feedback: { ...feedback, nextDueIn: describeDueIn(nextDue, now), nextDueOn: local.dateTime(nextDue) } };
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return { status: "error", message: error.message };
    throw error;
  }
}

export type RateQuestionState = { status: "idle" } | { status: "added" | "already_queued" } | { status: "error"; message: string };

/** "This was hard — practise it later" on a result page. */
export async function rateHardAction(_previous: RateQuestionState, form: FormData): Promise<RateQuestionState> {
  const actor = await requireUser("/practice");
  const questionId = idSchema.safeParse(form.get("questionId"));
  if (!questionId.success) return { status: "error", message: "That question could not be read; reload the page." };
  try {
    return await rateQuestion({ actor, questionId: questionId.data, rating: "hard" });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return { status: "error", message: error.message };
    throw error;
  }
}
