import "server-only";
import type { Actor } from "./session";
import { loadAttempt } from "./load-attempt";
import { DEADLINE_GRACE_MS, submitAttempt } from "./submit-attempt";

/**
 * A timed attempt whose deadline has passed is closed by the server with the answers saved in
 * time, whether or not the browser ever submitted it. Called whenever the attempt is viewed.
 */
export async function closeExpiredAttempt({ attemptId, actor, now = new Date() }: { attemptId: string; actor: Actor; now?: Date }): Promise<boolean> {
  const attempt = await loadAttempt({ attemptId, actor });
  if (attempt.status !== "in_progress" || !attempt.deadlineAt) return false;
  if (now.getTime() <= attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS) return false;
  const outcome = await submitAttempt({ attemptId, actor, responses: {}, now });
  return outcome.status === "submitted";
}
