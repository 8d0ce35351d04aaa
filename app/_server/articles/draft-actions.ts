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
import { z } from "zod";
import { questionStatusSchema, setQuestionStatus } from "../bank/set-question-status";
import { draftPageOf } from "./get-draft-review";
import { draftViewQuery } from "./draft-review-view";

/** Draft more: the first new question, to jump to. */
export interface DraftedMore {
  firstId?: string;
  /** Where it is: the review page's address, with the page it is on. */
  firstHref?: string;
  /** Nothing was left to draft: the button goes. */
  exhausted?: boolean;
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
  const { added, questionIds, more } = await orNotFound(draftMoreQuestions({ actor, articleId }));
  revalidatePath(`/teach/articles/${articleId}`);
  if (added === 0) return { values: {}, errors: {}, round, message: "No new drafts: every fact found in this article already has a question.", data: { exhausted: true } };
  const firstId = questionIds[0]!;
  const page = await draftPageOf({ articleId, questionId: firstId });
  const message = `Added ${added} new ${added === 1 ? "draft" : "drafts"}.${more ? "" : " That was the last of them: every fact found in this article now has a question."}`;
  return { values: {}, errors: {}, round, message, data: { firstId, firstHref: `/teach/articles/${articleId}${draftViewQuery({ page })}#q-${firstId}`, exhausted: !more } };
}

const BULK_VERBS = { approved: ["Approved", "approve"], rejected: ["Rejected", "reject"], draft: ["Returned to draft", "return to draft"] } as const;

/** The bulk bar's Approve/Reject: only the ticked questions, at most a page of them. */
const bulkStatusSchema = z.object({
  status: questionStatusSchema,
  questionId: z.array(z.string().min(1).max(64)).max(500),
});

/** Approve or reject the ticked questions, and say how many. Nothing ticked changes nothing and says so. */
export async function bulkSetQuestionStatusAction(articleId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: { text: ["status"], lists: ["questionId"] },
    schema: bulkStatusSchema,
    async run({ status, questionId }) {
      const [done, verb] = BULK_VERBS[status];
      if (questionId.length === 0) return { errors: { form: `Nothing is ticked: tick the questions to ${verb} first.` } };
      // Gone (regenerated) or someone else's ids: the 404 page, as for one question.
      const { updated } = await orNotFound(setQuestionStatus({ actor, questionIds: questionId, status }));
      revalidatePath(`/teach/articles/${articleId}`);
      return { message: `${done} ${updated} ${updated === 1 ? "question" : "questions"}.`, values: {} };
    },
  });
}
