/**
 * The first line of a checked answer's feedback: the verdict, then the key in a sentence of its
 * own. "Not quite: True" read as "not quite true"; "Not quite: the answer is True." cannot.
 */
export function feedbackHeadline(fraction: number, correctAnswer: string): string {
  const verdict = fraction >= 1 ? "Correct" : fraction > 0 ? "Partly correct" : "Not quite";
  const answer = correctAnswer.trim();
  if (!answer) return `${verdict}.`;
  return `${verdict}: the answer is ${answer}${/[.!?…]$/.test(answer) ? "" : "."}`;
}
