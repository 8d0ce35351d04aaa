"use server";
// Server actions for an article's drafts on the review page: show a draft's fact in another form,
// and draft more questions. Each authenticates, validates with zod and calls one use case, which
// checks ownership again; unknown (or someone else's) ids get the app's 404.
import { revalidatePath } from "next/cache";
import { requireTeacher } from "../auth/session";
import type { FormState } from "../forms/form-action";
import { handleForm } from "../forms/form-action";
import { orNotFound } from "../http/or-not-found";
import { QuestionInUseError, switchFormSchema, switchQuestionForm } from "../bank/switch-question-form";
import { VersionConflictError } from "../bank/update-question";
import { draftMoreQuestions } from "./draft-more-questions";

/** Draft more: the first new question, to jump to. */
export interface DraftedMore {
  firstId?: string;
}

/** "Use this form": the form's `variant` (its index) becomes the question; `version` is the one shown. */
export async function switchQuestionFormAction(questionId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: { text: ["version", "variant"] },
    schema: switchFormSchema,
    toInput: (values) => ({ expectedVersion: values.version, variant: values.variant }),
    async run(input) {
      let switched;
      try {
        switched = await orNotFound(switchQuestionForm({ actor, questionId, ...input }));
      } catch (error) {
        if (error instanceof VersionConflictError || error instanceof QuestionInUseError) return { errors: { form: error.message } };
        throw error;
      }
      if (switched.articleId) revalidatePath(`/teach/articles/${switched.articleId}`);
    },
  });
}

export async function draftMoreQuestionsAction(articleId: string, previous: FormState<DraftedMore>): Promise<FormState<DraftedMore>> {
  const actor = await requireTeacher();
  const round = typeof previous?.round === "number" ? previous.round + 1 : 1;
  const { added, questionIds } = await orNotFound(draftMoreQuestions({ actor, articleId }));
  if (added === 0) return { values: {}, errors: {}, round, message: "No new drafts: every fact found in this article already has a question." };
  revalidatePath(`/teach/articles/${articleId}`);
  return { values: {}, errors: {}, round, message: `Added ${added} new ${added === 1 ? "draft" : "drafts"}.`, data: { firstId: questionIds[0] } };
}
