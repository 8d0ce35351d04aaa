// A quiz's settings, stored as JSON on the quiz row. Unknown keys are dropped and missing ones
// take their defaults, so quizzes saved before a setting existed keep working.
import { z } from "zod";

export const GRADING_METHODS = ["highest", "latest", "first", "average"] as const;
export const REVIEW_POLICIES = ["during", "after_submit", "after_close", "score_only"] as const;

export const quizSettingsSchema = z.object({
  /** Null means untimed. */
  timeLimitSeconds: z.number().int().positive().max(24 * 3600).nullable().default(null),
  /** Null means as many attempts as the learner likes. */
  attemptsAllowed: z.number().int().min(1).max(100).nullable().default(null),
  /** Which attempt's score is the learner's grade for the quiz. */
  grading: z.enum(GRADING_METHODS).default("highest"),
  shuffleQuestions: z.boolean().default(false),
  shuffleChoices: z.boolean().default(true),
  /** The whole quiz on one page, or one question per screen with a progress bar. */
  pageLayout: z.enum(["all", "one"]).default("all"),
  /** When learners see the right answers and explanations (their score they always see). */
  review: z.enum(REVIEW_POLICIES).default("after_submit"),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

// The quiz forms' number settings as a teacher types them, with messages that name the field: the
// same words wherever one is refused (a hand-made POST gets what the browser would have said). Blank
// is null, "no limit"; anything else must be a whole number in range, or the save is refused.
const TIME_LIMIT_MAX_MINUTES = 600;
export const timeLimitMinutesSchema = z
  .number({ error: "Enter the time limit in whole minutes, in figures (like 20), or leave it empty for no limit." })
  .int({ error: "Enter the time limit in whole minutes (like 20), or leave it empty for no limit." })
  .min(1, "The time limit must be at least 1 minute, or leave it empty for no limit.")
  .max(TIME_LIMIT_MAX_MINUTES, `The time limit can be at most ${TIME_LIMIT_MAX_MINUTES} minutes.`)
  .nullable()
  .default(null);

const ATTEMPTS_MAX = 100;
export const attemptsAllowedSchema = z
  .number({ error: "Enter how many attempts in figures (like 3), or leave it empty for unlimited." })
  .int({ error: "Enter a whole number of attempts (like 3), or leave it empty for unlimited." })
  .min(1, "Allow 1 or more attempts, or leave it empty for unlimited.")
  .max(ATTEMPTS_MAX, `At most ${ATTEMPTS_MAX} attempts can be allowed.`)
  .nullable()
  .default(null);

export function parseQuizSettings(json: string): QuizSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(json);
  } catch {}
  const parsed = quizSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : quizSettingsSchema.parse({});
}

export const drawRuleSchema = z
  .object({
    tag: z.string().trim().min(1).max(60).optional(),
    articleId: z.string().min(1).max(64).optional(),
    /** "This week's news": approved questions of articles published in the last N days that their teachers share (draw-pool.ts). */
    recentDays: z.number().int().min(1).max(60).optional(),
    count: z
      .number({ error: "Enter how many questions to draw, in figures (like 5)." })
      .int({ error: "Enter a whole number of questions to draw (like 5)." })
      .min(1, "Draw at least 1 question, or leave the number empty.")
      .max(50, "Draw at most 50 questions."),
    points: z.number().positive().max(100).default(1),
  })
  .refine((r) => [r.tag, r.articleId, r.recentDays].filter((x) => x !== undefined).length === 1, "A draw takes questions from one tag, one article or recent articles.");
export type DrawRule = z.infer<typeof drawRuleSchema>;

export function parseDrawRules(json: string): DrawRule[] {
  try {
    const parsed = z.array(drawRuleSchema).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The grade a learner gets for a quiz from their submitted attempts' fractions (0..1), oldest first. */
export function finalGrade(fractions: number[], method: QuizSettings["grading"]): number | null {
  if (!fractions.length) return null;
  switch (method) {
    case "highest":
      return Math.max(...fractions);
    case "latest":
      return fractions[fractions.length - 1]!;
    case "first":
      return fractions[0]!;
    case "average":
      return fractions.reduce((a, b) => a + b, 0) / fractions.length;
  }
}

/** Grace after a timed attempt's deadline for the request that carries the last answers to arrive. */
export const DEADLINE_GRACE_MS = 15_000;
