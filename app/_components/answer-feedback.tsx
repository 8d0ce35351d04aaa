// Per-answer feedback as the learner sees it, on the result page and after a review answer.

/** What the teacher wrote for the answer the learner gave (Moodle's per-answer feedback). */
export function YourAnswerFeedback({ feedback, className = "mt-3" }: { feedback: readonly string[]; className?: string }) {
  if (!feedback.length) return null;
  return (
    <div className={`${className} rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800`} data-testid="answer-feedback">
      <p className="sr-only">Feedback on your answer:</p>
      {feedback.map((text, i) => (
        <p key={i} className="whitespace-pre-line">{text}</p>
      ))}
    </div>
  );
}
