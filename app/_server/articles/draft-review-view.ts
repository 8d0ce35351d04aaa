// Which of an article's questions the review page shows: a type, a status and a page, read from the
// query string. Anything else in the address (a hand-typed "?page=abc") falls back to the default
// rather than failing: a bad filter is not worth an error page.
import { z } from "zod";
import { QUESTION_TYPES } from "@/questions/schema";
import { QUESTION_STATUSES } from "../bank/set-question-status";

/** Drafts on one page: one "draft more" batch. */
export const DRAFTS_PAGE_SIZE = 20;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const reviewViewSchema = z.object({
  type: z.preprocess(single, z.enum(["all", ...QUESTION_TYPES]).catch("all")).default("all"),
  status: z.preprocess(single, z.enum(["all", ...QUESTION_STATUSES]).catch("all")).default("all"),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});

export type DraftView = z.output<typeof reviewViewSchema>;

/** The view a page's search params ask for; never throws. */
export function readDraftView(searchParams: Record<string, string | string[] | undefined>): DraftView {
  return reviewViewSchema.parse(searchParams);
}

/** The query string of a view, leaving out defaults: `?status=draft&page=2`, or "" for the default. */
export function draftViewQuery(view: Partial<DraftView>): string {
  const params = new URLSearchParams();
  if (view.type && view.type !== "all") params.set("type", view.type);
  if (view.status && view.status !== "all") params.set("status", view.status);
  if (view.page && view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
