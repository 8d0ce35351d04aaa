// A teacher's view of a question: prompt, choices with the key marked, and the explanation.
import type { Question } from "@/questions/schema";
import { describeAnswer } from "../_server/answer-text";

const TYPE_LABEL: Record<Question["type"], string> = {
  multiple_choice: "Multiple choice",
  multiple_response: "Select all",
  true_false: "True/false",
  numeric: "Number",
  short_answer: "Short answer",
  cloze: "Fill the blank",
  ordering: "Ordering",
  matching: "Matching",
};

export function QuestionPreview({ question }: { question: Question }) {
  const key: unknown[] = Array.isArray(question.answer) ? question.answer : [question.answer];
  return (
    <div>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
        {TYPE_LABEL[question.type]}
        {question.factKind ? ` · ${question.factKind}` : ""}
        {question.difficulty !== undefined ? ` · difficulty ${Math.round(question.difficulty * 100)}%` : ""}
      </p>
      <p className="mt-1 font-medium">{question.prompt}</p>
      {question.choices && question.type !== "ordering" && question.type !== "matching" ? (
        <ul className="mt-2 space-y-1 text-sm">
          {question.choices.map((c) => {
            const right = key.includes(c);
            return (
              <li key={c} className={right ? "font-semibold text-emerald-800" : "text-slate-700"}>
                <span aria-hidden>{right ? "✓ " : "· "}</span>
                {c}
                {right && <span className="sr-only"> (correct)</span>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2 text-sm">
          <span className="text-slate-500">Answer: </span>
          <span className="font-semibold text-emerald-800">{describeAnswer(question)}</span>
          {question.acceptedAnswers?.length ? <span className="text-slate-500"> (also: {question.acceptedAnswers.join(", ")})</span> : null}
        </p>
      )}
    </div>
  );
}
