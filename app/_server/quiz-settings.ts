// A quiz's settings, stored as JSON on the quiz row. Issue-by-issue this grows (attempt limits,
// review policy); unknown keys are dropped and missing ones take their defaults.
import { z } from "zod";

export const quizSettingsSchema = z.object({
  /** Null means untimed. */
  timeLimitSeconds: z.number().int().positive().max(24 * 3600).nullable().default(null),
  shuffleChoices: z.boolean().default(true),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

export function parseQuizSettings(json: string): QuizSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(json);
  } catch {}
  const parsed = quizSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : quizSettingsSchema.parse({});
}
