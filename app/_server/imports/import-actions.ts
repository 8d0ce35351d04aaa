"use server";
// Server actions for bringing articles in from the web: one page by its address, or a whole feed.
// Like teach-actions.ts, each authenticates, validates with the shared schema, calls one use case
// and returns the problem as a field error rather than throwing.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher } from "../auth/session";
import { handleForm, type FormState } from "../forms/form-action";
import { webAddressSchema } from "./import-rules";
import { fetchArticle, UnreadableArticleError } from "./fetch-article";
import { FeedReadError, startFeedImport } from "./import-feed";
import { SafeFetchError } from "../http/safe-fetch";

const webAddressForm = { fields: { text: ["url"] }, schema: z.object({ url: webAddressSchema }) } as const;

/** Errors a teacher can act on (wrong address, private host, not an article) go under the field. */
function isTeacherFacing(error: unknown): error is Error {
  return error instanceof SafeFetchError || error instanceof UnreadableArticleError || error instanceof FeedReadError;
}

export async function fetchArticleAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher("/teach/articles/new");
  return handleForm(previous, form, {
    ...webAddressForm,
    async run({ url }) {
      let articleId: string;
      try {
        ({ articleId } = await fetchArticle({ actor, url }));
      } catch (error) {
        if (isTeacherFacing(error)) return { errors: { url: error.message } };
        throw error;
      }
      redirect(`/teach/articles/${articleId}`);
    },
  });
}

export async function startFeedImportAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher("/teach/imports");
  return handleForm(previous, form, {
    ...webAddressForm,
    async run({ url }) {
      let jobId: string;
      try {
        ({ jobId } = await startFeedImport({ actor, url }));
      } catch (error) {
        if (isTeacherFacing(error)) return { errors: { url: error.message } };
        throw error;
      }
      revalidatePath("/teach/imports");
      redirect(`/teach/imports/${jobId}`);
    },
  });
}
