"use server";
// Server actions for bringing articles in from the web: one page by its address, or a whole feed.
// Like teach-actions.ts, each authenticates, validates with the shared schema, calls one use case
// and returns the problem as a field error rather than throwing.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireTeacher } from "../auth/session";
import { webAddressSchema } from "./import-rules";
import { fetchArticle, UnreadableArticleError } from "./fetch-article";
import { FeedReadError, startFeedImport } from "./import-feed";
import { SafeFetchError } from "../http/safe-fetch";

export interface WebAddressFormState {
  errors?: Partial<Record<"url" | "form", string>>;
  values?: { url: string };
}

function readAddress(form: FormData): { url: string } | WebAddressFormState {
  const url = String(form.get("url") ?? "");
  const parsed = webAddressSchema.safeParse(url);
  if (!parsed.success) return { errors: { url: parsed.error.issues[0]?.message }, values: { url } };
  return { url: parsed.data };
}

/** Errors a teacher can act on (wrong address, private host, not an article) go under the field. */
function isTeacherFacing(error: unknown): error is Error {
  return error instanceof SafeFetchError || error instanceof UnreadableArticleError || error instanceof FeedReadError;
}

export async function fetchArticleAction(_prev: WebAddressFormState, form: FormData): Promise<WebAddressFormState> {
  const actor = await requireTeacher("/teach/articles/new");
  const address = readAddress(form);
  if (!("url" in address)) return address;
  let articleId: string;
  try {
    ({ articleId } = await fetchArticle({ actor, url: address.url }));
  } catch (error) {
    if (isTeacherFacing(error)) return { errors: { url: error.message }, values: address };
    throw error;
  }
  redirect(`/teach/articles/${articleId}`);
}

export async function startFeedImportAction(_prev: WebAddressFormState, form: FormData): Promise<WebAddressFormState> {
  const actor = await requireTeacher("/teach/imports");
  const address = readAddress(form);
  if (!("url" in address)) return address;
  let jobId: string;
  try {
    ({ jobId } = await startFeedImport({ actor, url: address.url }));
  } catch (error) {
    if (isTeacherFacing(error)) return { errors: { url: error.message }, values: address };
    throw error;
  }
  revalidatePath("/teach/imports");
  redirect(`/teach/imports/${jobId}`);
}
