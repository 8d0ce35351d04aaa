// An answer of the right shape for a question as the attempt API shows it (prompt, type, choices,
// matching sides; never the key), right or wrong. Tests and benchmarks that take quizzes over HTTP
// share it. `n` picks among the choices, so different numbers (a learner's, a random one) give
// different answers, and the same number the same answer.
export interface QuestionShape {
  type: string;
  choices?: string[];
  matchLeft?: string[];
  matchRight?: string[];
}

export function answerOfShape(q: QuestionShape, n: number): unknown {
  const pick = (xs: string[] | undefined) => (xs?.length ? xs[n % xs.length]! : "?");
  switch (q.type) {
    case "true_false":
      return n % 2 === 0;
    case "numeric":
      return n;
    case "multiple_choice":
      return pick(q.choices);
    case "multiple_response":
      return [pick(q.choices)];
    case "ordering":
      return q.choices ?? [];
    case "matching":
      return Object.fromEntries((q.matchLeft ?? []).map((left) => [left, pick(q.matchRight)]));
    default:
      return `answer ${n}`;
  }
}
