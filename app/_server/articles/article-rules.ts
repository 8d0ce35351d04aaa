// Limits for articles a teacher adds, shared by the form and the server.
import { z } from "zod";

export const ARTICLE_TITLE_MAX = 300;
export const ARTICLE_TEXT_MIN = 200;
export const ARTICLE_TEXT_MAX = 200_000;
/** Uploaded files larger than this are refused before they are read. */
export const ARTICLE_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
/** A GIFT or JSON question bank file. */
export const BANK_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const EARLIEST_PUBLICATION_YEAR = 1900;

export const articleInputSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(ARTICLE_TITLE_MAX, `At most ${ARTICLE_TITLE_MAX} characters.`),
  text: z
    .string()
    .trim()
    .min(ARTICLE_TEXT_MIN, `Paste at least ${ARTICLE_TEXT_MIN} characters of article text.`)
    .max(ARTICLE_TEXT_MAX, `At most ${ARTICLE_TEXT_MAX.toLocaleString("en-US")} characters.`),
  source: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((s) => s || undefined),
  publishedAt: z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const d = new Date(s);
      // A year like 99999 is a valid Date but not a publication date (and broke storing it).
      const latestYear = new Date().getUTCFullYear() + 1;
      if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < EARLIEST_PUBLICATION_YEAR || d.getUTCFullYear() > latestYear) {
        ctx.addIssue({ code: "custom", message: `Use a date like 2025-08-23, between ${EARLIEST_PUBLICATION_YEAR} and ${latestYear}.` });
        return z.NEVER;
      }
      return d;
    }),
});
export type ArticleInput = z.output<typeof articleInputSchema>;
