import type { Actor } from "../auth/session";
import { loadAttempt } from "./load-attempt";
import { submitAttempt } from "./submit-attempt";
import { attemptDeadline, isPastDeadline } from "./attempt-deadline";
import { getAttemptResult, type AttemptResult } from "./get-attempt-result";
import { getAttemptForTaking, type AttemptForTaking } from "./get-attempt-for-taking";

export type AttemptView = { result: AttemptResult } | { taking: AttemptForTaking };

/**
 * What the attempt's owner sees at its address: the questions while it is open, the marked result
 * once submitted. An attempt past its deadline (its time limit, or its quiz's close date) is closed
 * here first, with the answers saved in time, whether or not the browser ever submitted it. Loads
 * the attempt once (twice if it closes it).
 */
export async function viewAttempt({ attemptId, actor, now = new Date() }: { attemptId: string; actor: Actor; now?: Date }): Promise<AttemptView> {
  let attempt = await loadAttempt({ attemptId, actor });
  if (attempt.status === "in_progress" && isPastDeadline(attemptDeadline(attempt, attempt.quiz.closeAt), now)) {
    await submitAttempt({ attemptId, actor, responses: {}, now });
    attempt = await loadAttempt({ attemptId, actor });
  }
  const result = await getAttemptResult({ attemptId, actor, now, loaded: attempt });
  if (!("notSubmitted" in result)) return { result };
  return { taking: await getAttemptForTaking({ attemptId, actor, loaded: attempt, now }) };
}
