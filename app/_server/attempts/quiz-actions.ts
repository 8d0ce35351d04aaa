"use server";
import { notFound, redirect } from "next/navigation";
import { orNotFound } from "../http/or-not-found";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { headers } from "next/headers";
import { getCurrentUser, requireTeacher, requireUser } from "../auth/session";
import { getAuth } from "../auth/auth";
import { AttemptLimitError, EmptyQuizError, QuizClosedError, QuizNotOpenError, startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";
import { loadAttempt } from "./load-attempt";
import { readResponse } from "./form-responses";
import { BlankAnswerError, NotANumberError, saveAnswer } from "./save-answer";
import { ForbiddenError, NotFoundError } from "../http/errors";
import type { Question } from "@/questions/schema";

const idSchema = z.string().min(1).max(64);

export async function startQuizAction(quizId: string): Promise<void> {
  const id = idSchema.parse(quizId);
  const actor = await requireUser(`/quiz/${id}`);
  let attempt;
  try {
    attempt = await startAttempt({ quizId: id, actor });
  } catch (error) {
    if (error instanceof AttemptLimitError) redirect(`/quiz/${id}?limit=1`);
    if (error instanceof EmptyQuizError) redirect(`/quiz/${id}?empty=1`);
    // Closed (or not open yet) since the page was shown: the page says so now.
    if (error instanceof QuizClosedError || error instanceof QuizNotOpenError) redirect(`/quiz/${id}`);
    throw error;
  }
  redirect(`/attempts/${attempt.id}`);
}

/** A teacher tries their own quiz as a learner would; the attempt counts nowhere. */
export async function previewQuizAction(quizId: string): Promise<void> {
  const parsedId = idSchema.safeParse(quizId);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const actor = await requireTeacher(`/teach/quizzes/${id}`);
  const attempt = await orNotFound(startAttempt({ quizId: id, actor, preview: true }));
  redirect(`/attempts/${attempt.id}`);
}

export async function submitAttemptAction(attemptId: string, form: FormData): Promise<void> {
  const id = idSchema.parse(attemptId);
  const actor = await requireUser(`/attempts/${id}`);
  // The form's fields are read against the stored questions, so only known questions count.
  const attempt = await loadAttempt({ attemptId: id, actor });
  const responses: Record<string, unknown> = {};
  for (const q of attempt.questions) responses[q.id] = readResponse(form, { id: q.id, type: q.question.type, partCount: partCount(q.question) });
  await submitAttempt({ attemptId: id, actor, responses });
  revalidatePath(`/attempts/${id}`);
  redirect(`/attempts/${id}`);
}

/** Ordering and matching answers come in one field per item. */
function partCount(question: Question): number {
  return question.type === "matching" || question.type === "ordering" ? (question.answer as unknown[]).length : 0;
}

/**
 * Enter in an answer field, without JavaScript: the browser presses the form's first submit
 * button, a hidden one that comes here. It saves the answers given and shows the page again; it
 * never submits the attempt. (With JavaScript, Enter never reaches the server as a submission.)
 */
export async function saveAnswersAction(attemptId: string, form: FormData): Promise<void> {
  const id = idSchema.parse(attemptId);
  const actor = await requireUser(`/attempts/${id}`);
  const attempt = await loadAttempt({ attemptId: id, actor });
  // With feedback during the attempt these are drafts: only the Check button checks (and locks).
  if (attempt.status === "in_progress") {
    for (const q of attempt.questions) {
      const response = readResponse(form, { id: q.id, type: q.question.type, partCount: partCount(q.question) });
      if (response === undefined) continue;
      try {
        await saveAnswer({ attemptId: id, questionId: q.id, actor, response: { value: response }, check: false });
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
      }
    }
  }
  revalidatePath(`/attempts/${id}`);
  redirect(`/attempts/${id}`);
}

export interface SaveAnswerState {
  ok: boolean;
  error?: string;
}

/**
 * Autosave: one question's fields, sent as the learner answers. With feedback during the attempt
 * it keeps a draft (no feedback, not locked): "Check answer" is what checks (decision 032).
 */
export async function saveAnswerAction(attemptId: string, questionId: string, form: FormData): Promise<SaveAnswerState> {
  const actor = await requireUser(`/attempts/${attemptId}`);
  try {
    await saveAnswer({ attemptId: idSchema.parse(attemptId), questionId: idSchema.parse(questionId), actor, response: { form }, check: false });
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { ok: false, error: error.message };
    throw error;
  }
}

/** "Check" with feedback during the attempt: saves and locks one answer, then shows its feedback. */
export async function checkAnswerAction(attemptId: string, questionId: string, form: FormData): Promise<void> {
  const actor = await requireUser(`/attempts/${attemptId}`);
  let blank = false;
  let notANumber = false;
  try {
    await saveAnswer({ attemptId: idSchema.parse(attemptId), questionId: idSchema.parse(questionId), actor, response: { form } });
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    // Nothing entered, or no number: nothing locked; the page says so beside the question.
    blank = error instanceof BlankAnswerError;
    notANumber = error instanceof NotANumberError;
  }
  // Same page, new hash: without the revalidation the router would only scroll, not re-render.
  revalidatePath(`/attempts/${attemptId}`);
  // One question per screen: stay on the screen the check came from.
  const screen = Number(form.get("screen"));
  const query = new URLSearchParams();
  if (Number.isInteger(screen) && screen > 0) query.set("q", String(screen));
  if (blank) query.set("blank", questionId);
  if (notANumber) query.set("nan", questionId);
  redirect(`/attempts/${attemptId}${query.size ? `?${query}` : ""}#q-${questionId}`);
}

/** "Try it without an account": a guest session, then the demo quiz. */
export async function tryAsGuestAction(quizId: string): Promise<void> {
  const id = idSchema.parse(quizId);
  let actor = await getCurrentUser();
  if (!actor) {
    // The new session cookie goes out with this response; this request still has none, so the
    // guest is taken from what sign-in returned.
    const { user } = await getAuth().api.signInAnonymous({ headers: await headers() });
    actor = { id: user.id, name: "Guest", email: "", role: "learner", isGuest: true };
  }
  let attempt;
  try {
    attempt = await startAttempt({ quizId: id, actor });
  } catch (error) {
    if (error instanceof QuizClosedError || error instanceof QuizNotOpenError) redirect(`/quiz/${id}`);
    if (error instanceof ForbiddenError) redirect(`/sign-up?next=${encodeURIComponent(`/quiz/${id}`)}`);
    throw error;
  }
  redirect(`/attempts/${attempt.id}`);
}

/** One question per screen: saves the answer on this screen, then shows screen `target` (1-based). */
export async function goToQuestionAction(attemptId: string, questionId: string, target: number, form: FormData): Promise<void> {
  const actor = await requireUser(`/attempts/${attemptId}`);
  const attempt = await loadAttempt({ attemptId: idSchema.parse(attemptId), actor });
  // With feedback during the attempt it is kept as a draft: only "Check answer" checks (and locks).
  if (attempt.status === "in_progress") {
    try {
      // A box with no number in it is refused (NotANumberError): the answer saved before stays.
      await saveAnswer({ attemptId: attempt.id, questionId: idSchema.parse(questionId), actor, response: { form }, check: false });
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
    }
  }
  revalidatePath(`/attempts/${attempt.id}`);
  redirect(`/attempts/${attempt.id}?q=${Math.max(1, Math.trunc(target))}`);
}
