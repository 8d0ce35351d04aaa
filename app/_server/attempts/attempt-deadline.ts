// When an attempt stops taking answers, and when a quiz that keeps its answers back until it closes
// may show them (docs/decisions/018-the-close-date-ends-every-attempt.md).
import { DEADLINE_GRACE_MS } from "../quizzes/quiz-settings";

/**
 * The attempt's deadline: its time limit or its quiz's close date, whichever comes first. Answers
 * count if saved by then (plus the grace for the request carrying them), and an attempt still open
 * after that is closed with them. A teacher's preview may run after the close date: only its time
 * limit applies.
 */
export function attemptDeadline(attempt: { deadlineAt: Date | null; preview: boolean }, quizCloseAt: Date | null): Date | null {
  const closeAt = attempt.preview ? null : quizCloseAt;
  if (!attempt.deadlineAt) return closeAt;
  if (!closeAt) return attempt.deadlineAt;
  return closeAt < attempt.deadlineAt ? closeAt : attempt.deadlineAt;
}

/** Whether an answer given now arrives too late for that deadline (after its grace). */
export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + DEADLINE_GRACE_MS;
}

/** The first moment (to the millisecond) at which isPastDeadline holds for that deadline. */
function firstMomentPast(deadline: Date): Date {
  return new Date(deadline.getTime() + DEADLINE_GRACE_MS + 1);
}

/** Why an answer is refused at that deadline: the quiz closed, or the attempt's own time ran out. */
export function lateMessage(deadline: Date, quizCloseAt: Date | null): string {
  return quizCloseAt && deadline.getTime() === quizCloseAt.getTime() ? "This quiz has closed." : "Time is up for this attempt.";
}

/**
 * When a quiz that shows answers "after it closes" may show them: once no attempt at it can still
 * change, that is once the last answer its close date lets in (with the grace) can no longer
 * arrive. Null while the quiz has no close date.
 */
export function answersReleasedAt(quizCloseAt: Date | null): Date | null {
  return quizCloseAt ? firstMomentPast(quizCloseAt) : null;
}

export function answersReleased(quizCloseAt: Date | null, now: Date): boolean {
  const at = answersReleasedAt(quizCloseAt);
  return at !== null && at.getTime() <= now.getTime();
}
