// A question's answers in the quiz report: each answer given, a bar of its share of the first
// attempts and its count, the key's answers marked. A report shows 20 questions of up to 6 answers,
// so a row is kept to its content: the look is in app/globals.css (`.answer-bars`), set once.

export interface AnswerCount {
  answer: string;
  count: number;
  correct: boolean;
}

/** The first `limit` answers; `attempts`: how many first attempts the shares are of. */
export function AnswerBars({ answers, attempts, limit = 6 }: { answers: readonly AnswerCount[]; attempts: number; limit?: number }) {
  return (
    <ul className="answer-bars mt-4 space-y-1.5" aria-label="Answers given and how many gave each">
      {answers.slice(0, limit).map((d) => (
        <li key={d.answer} className={d.correct ? "key" : undefined} style={{ "--share": `${Math.round((d.count / Math.max(1, attempts)) * 100)}%` } as React.CSSProperties}>
          <span>{d.correct ? `✓ ${d.answer}` : d.answer}</span>
          <span className="bar" aria-hidden />
          <span>{d.count}</span>
        </li>
      ))}
    </ul>
  );
}
