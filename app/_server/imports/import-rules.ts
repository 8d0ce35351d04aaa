// Rules for bringing articles in from the web, shared by the forms, the actions and the use cases.
import { z } from "zod";

export const WEB_ADDRESS_MAX = 2000;
/** Items read from one feed; the rest wait for a later import of the same feed. */
export const FEED_MAX_ITEMS = 100;
/** A running import not heard from for this long was cut off (a restart) and is resumed. */
export const IMPORT_STALE_AFTER_MS = 2 * 60 * 1000;

export const webAddressSchema = z
  .string()
  .trim()
  .min(1, "Paste a web address, starting with https://")
  .max(WEB_ADDRESS_MAX, `At most ${WEB_ADDRESS_MAX} characters.`)
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), "Use a full web address starting with http:// or https://");

export const importJobStatusSchema = z.enum(["queued", "running", "done", "failed"]);
export type ImportJobStatus = z.infer<typeof importJobStatusSchema>;

/**
 * One line of an import job's log (ImportJob.log, a JSON array): an item that became an article
 * (articleId) or one that could not be imported (message). Items skipped because they were
 * imported before are only counted. A resumed job reads the log to know which items it has done.
 */
export const importLogEntrySchema = z.object({
  item: z.string(),
  title: z.string().optional(),
  articleId: z.string().optional(),
  message: z.string().optional(),
});
export type ImportLogEntry = z.infer<typeof importLogEntrySchema>;

export function parseImportLog(json: string): ImportLogEntry[] {
  try {
    return z.array(importLogEntrySchema).catch([]).parse(JSON.parse(json));
  } catch {
    return [];
  }
}
