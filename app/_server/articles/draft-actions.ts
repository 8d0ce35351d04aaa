"use server";
// Server actions for an article's drafts on the review page: show a draft's fact in another form,
// and draft more questions. Each authenticates, validates with zod and calls one use case, which
// checks ownership again; unknown (or someone else's) ids get the app's 404.
import { revalidatePath } from "next/cache";
import { requireTeacher } from "../auth/session";
import { orNotFound } from "../http/or-not-found";
import { QuestionInUseError, switchFormSchema, switchQuestionForm } from "../bank/switch-question-form";
import { VersionConflictError } from "../bank/update-question";
import { draftMoreQuestions } from "./draft-more-questions";

export interface DraftFormState {
  error?: string;
  message?: string;
  /** Draft more: the first new question, to jump to. */
  firstId?: string;
}

/** "Use this form": the form's `variant` (its index) becomes the question; `version` is the one shown. */
export async function switchQuestionFormAction(questionId: string, _prev: DraftFormState, form: FormData): Promise<DraftFormState> {
  const actor = await requireTeacher();
  const parsed = switchFormSchema.safeParse({ expectedVersion: form.get("version"), variant: form.get("variant") });
  if (!parsed.success) return { error: "Choose one of the other forms. Reload the page if the buttons do nothing." };
  let switched;
  try {
    switched = await orNotFound(switchQuestionForm({ actor, questionId, ...parsed.data }));
  } catch (error) {
    if (error instanceof VersionConflictError || error instanceof QuestionInUseError) return { error: error.message };
    throw error;
  }
  if (switched.articleId) revalidatePath(`/teach/articles/${switched.articleId}`);
  return {};
}

export async function draftMoreQuestionsAction(articleId: string): Promise<DraftFormState> {
  const actor = await requireTeacher();
  const { added, questionIds } = await orNotFound(draftMoreQuestions({ actor, articleId }));
  if (added === 0) return { message: "No new drafts: every fact found in this article already has a question." };
  revalidatePath(`/teach/articles/${articleId}`);
  return { message: `Added ${added} new ${added === 1 ? "draft" : "drafts"}.`, firstId: questionIds[0] };
}
