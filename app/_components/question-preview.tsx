// A teacher's view of a question: prompt, choices with the key marked, and for typed answers what
// the grader accepts (other accepted wordings, a number's tolerance); and a compact one for the
// other forms of a draft.
import type { Question } from "@/questions/schema";
import { describeAnswer } from "../_server/attempts/answer-text";

export const TYPE_LABEL: Record<Question["type"], string> = {
  multiple_choice: "Multiple choice",
  multiple_response: "Select all",
  true_false: "True/false",
  numeric: "Number",
  short_answer: "Short answer",
  cloze: "Fill the blank",
  ordering: "Ordering",
  matching: "Matching",
};

const hasChoiceList = (q: Question) => Boolean(q.choices) && q.type !== "ordering" && q.type !== "matching";
const keyOf = (q: Question): unknown[] => (Array.isArray(q.answer) ? q.answer : [q.answer]);
const formatNumber = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 4 });

/** What a typed answer's grader takes besides the key: other wordings, or a number's range. */
function Accepted({ question }: { question: Question }) {
  if (question.type === "numeric" && typeof question.answer === "number") {
    const tolerance = question.tolerance ?? 0;
    return (
      <span className="text-slate-600">
        {tolerance > 0 ? `accepts ${formatNumber(question.answer - tolerance)} to ${formatNumber(question.answer + tolerance)}` : "exact number only"}
      </span>
    );
  }
  if (question.acceptedAnswers?.length) {
    return (
      <span className="text-slate-600">
        also accepts{" "}
        {question.acceptedAnswers.map((a, i) => (
          <span key={a}>
            {i > 0 && ", "}
            <q className="font-medium text-slate-800">{a}</q>
          </span>
        ))}
      </span>
    );
  }
  return null;
}

/** The key in one line: the answer, or the choices with the right ones in bold. */
function KeyLine({ question }: { question: Question }) {
  const key = keyOf(question);
  const accepted = <Accepted question={question} />;
  if (hasChoiceList(question)) {
    return (
      <p className="text-sm text-slate-700">
        {question.choices!.map((c, i) => (
          <span key={c}>
            {i > 0 && <span aria-hidden className="text-slate-400"> · </span>}
            {key.includes(c) ? (
              <strong className="font-semibold text-emerald-800">
                {c}
                <span className="sr-only"> (correct)</span>
              </strong>
            ) : (
              c
            )}
          </span>
        ))}
      </p>
    );
  }
  return (
    <p className="text-sm">
      <span className="text-slate-500">Answer: </span>
      <span className="font-semibold text-emerald-800">{question.type === "numeric" ? formatNumber(question.answer as number) : describeAnswer(question)}</span>
      {question.type === "numeric" || question.acceptedAnswers?.length ? <> · {accepted}</> : null}
    </p>
  );
}

export function QuestionPreview({ question }: { question: Question }) {
  const key = keyOf(question);
  return (
    <div>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
        {TYPE_LABEL[question.type]}
        {question.factKind ? ` · ${question.factKind}` : ""}
        {question.difficulty !== undefined ? ` · difficulty ${Math.round(question.difficulty * 100)}%` : ""}
      </p>
      <p className="mt-1 font-medium break-words" data-testid="question-prompt">{question.prompt}</p>
      {hasChoiceList(question) ? (
        <ul className="mt-2 space-y-1 text-sm">
          {question.choices!.map((c) => {
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
        <div className="mt-2">
          <KeyLine question={question} />
        </div>
      )}
    </div>
  );
}

/** One of a draft's other forms, in a few lines: its type, prompt and key. */
export function QuestionSummary({ question }: { question: Question }) {
  return (
    <div className="min-w-0 space-y-0.5">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{TYPE_LABEL[question.type]}</p>
      <p className="text-sm break-words text-slate-900" data-testid="form-prompt">{question.prompt}</p>
      <KeyLine question={question} />
    </div>
  );
}
