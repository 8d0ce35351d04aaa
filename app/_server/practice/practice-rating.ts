// Pure rules of the review queue: how a graded answer becomes an FSRS rating, and from when a
// quiz's questions may be reviewed (reviewing shows the answer, so never before the quiz would).
import { Rating, type Grade } from "ts-fsrs";
import type { QuizSettings } from "../quizzes/quiz-settings";
import { answersReleasedAt } from "../attempts/attempt-deadline";

/** What the learner may add about their own answer; only "easy" exists, and only a right answer can be easy. */
export type SelfRating = "easy";

export type ReviewVerdict = "right" | "partly" | "wrong";

export function verdictOf(fraction: number): ReviewVerdict {
  return fraction >= 1 - 1e-9 ? "right" : fraction > 0 ? "partly" : "wrong";
}

/** Wrong -> Again, partly right -> Hard, right -> Good (Easy when the learner says so). */
export function ratingFor(fraction: number, self?: SelfRating): Grade {
  switch (verdictOf(fraction)) {
    case "wrong":
      return Rating.Again;
    case "partly":
      return Rating.Hard;
    case "right":
      return self === "easy" ? Rating.Easy : Rating.Good;
  }
}

/**
 * When a question from this quiz may first come up for review, or null if never: a review shows
 * the correct answer, which a quiz may hold back until it closes or keep back for good.
 */
export function reviewableFrom(quiz: { settings: Pick<QuizSettings, "review">; closeAt: Date | null }, now: Date): Date | null {
  switch (quiz.settings.review) {
    case "during":
    case "after_submit":
      return now;
    case "after_close": {
      // When the result pages show the answers: once no attempt at the quiz can change.
      const released = answersReleasedAt(quiz.closeAt);
      return released ? new Date(Math.max(now.getTime(), released.getTime())) : null;
    }
    case "score_only":
      return null;
  }
}

/**
 * Whether the learner may see this quiz's per-question marks now: the same moment its answers
 * become reviewable. Anything summed from those marks (the history's accuracy tallies) must leave
 * the quiz out until then, or comparing the sums before and after an attempt would tell which of
 * its answers were right.
 */
export function marksVisible(quiz: { settings: Pick<QuizSettings, "review">; closeAt: Date | null }, now: Date): boolean {
  const from = reviewableFrom(quiz, now);
  return from !== null && from.getTime() <= now.getTime();
}

/** "in 10 minutes", "in 3 hours", "in 4 days"; "now" when already due. */
export function describeDueIn(due: Date, now: Date): string {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  const unit = (n: number, word: string) => `in ${n} ${word}${n === 1 ? "" : "s"}`;
  if (minutes < 60) return unit(minutes, "minute");
  if (minutes < 24 * 60) return unit(Math.round(minutes / 60), "hour");
  return unit(Math.round(minutes / (24 * 60)), "day");
}

