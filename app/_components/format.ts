/** Points as people write them: whole numbers bare, partial credit to two decimals. */
export function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export function percentOf(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 100) : 0;
}

/** "1 question", "3 questions". */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * Learners' attempts at a quiz, as every teacher's page counts them (never previews): "2 submitted
 * attempts", "2 submitted attempts and 1 in progress", "1 attempt in progress".
 */
export function attemptsSoFar({ submitted, inProgress }: { submitted: number; inProgress: number }): string {
  const parts: string[] = [];
  if (submitted) parts.push(plural(submitted, "submitted attempt"));
  if (inProgress) parts.push(submitted ? `${inProgress} in progress` : `${plural(inProgress, "attempt")} in progress`);
  return parts.join(" and ") || "No attempts";
}
