// A teacher's view of a question: prompt, choices with the key marked, and for typed answers what
// the grader accepts (other accepted wordings, a number's tolerance); and a compact one for the
// other forms of a draft.
import type { Question } from "@/questions/schema";
import { describeAnswer, formatNumber } from "../_server/attempts/answer-text";

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
/** A year is written as a year ("2029"), any other number with separators ("20,878"). */
const formatFigure = (n: number, question: Question) => (question.factKind === "date" && Number.isInteger(n) ? String(n) : formatNumber(n));
const formatShare = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

/** A choice's own credit when the question weighs its choices (null: the key alone decides). */
function weightOf(q: Question, i: number): number | null {
  if (!q.choiceWeights) return null;
  return q.type === "multiple_choice" && q.choices?.[i] === q.answer ? 1 : (q.choiceWeights[i] ?? 0);
}

/** Right: the key's choices, and with weights every choice earning full marks (multiple choice) or any (multiple response). */
function isRight(q: Question, key: unknown[], i: number): boolean {
  const w = weightOf(q, i);
  if (w === null) return key.includes(q.choices![i]);
  return q.type === "multiple_choice" ? w >= 1 : w > 0;
}

/** " (50%)" after a choice worth part of the marks, or one that takes some off. */
function ShareMark({ q, i }: { q: Question; i: number }) {
  const w = weightOf(q, i);
  if (w === null || w === 0 || (q.type === "multiple_choice" && w >= 1)) return null;
  return <span className={w < 0 ? "font-normal text-red-700" : "font-normal text-amber-800"}> ({formatShare(w)})</span>;
}

/** Typed answers and numbers worth part of the marks. */
function PartMarks({ question }: { question: Question }) {
  if (!question.partialAnswers?.length) return null;
  return (
    <span className="text-slate-600">
      {" · part marks for "}
      {question.partialAnswers.map((p, i) => (
        <span key={i}>
          {i > 0 && ", "}
          <q className="font-medium text-slate-800">{typeof p.answer === "number" ? `${formatNumber(p.answer)}${p.tolerance ? ` ± ${formatNumber(p.tolerance)}` : ""}` : p.answer}</q> ({formatShare(p.fraction)})
        </span>
      ))}
    </span>
  );
}

/** What a typed answer's grader takes besides the key: other wordings, or a number's range. */
function Accepted({ question }: { question: Question }) {
  if (question.type === "numeric" && typeof question.answer === "number") {
    const tolerance = question.tolerance ?? 0;
    return (
      <span className="text-slate-600">
        {tolerance > 0 ? `accepts ${formatFigure(question.answer - tolerance, question)} to ${formatFigure(question.answer + tolerance, question)}` : "exact number only"}
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
            {isRight(question, key, i) ? (
              <strong className="font-semibold text-emerald-800">
                {c}
                <span className="sr-only"> (correct)</span>
                <ShareMark q={question} i={i} />
              </strong>
            ) : (
              <>
                {c}
                <ShareMark q={question} i={i} />
              </>
            )}
          </span>
        ))}
      </p>
    );
  }
  return (
    <p className="text-sm">
      <span className="text-slate-500">Answer: </span>
      <span className="font-semibold text-emerald-800">{question.type === "numeric" ? formatFigure(question.answer as number, question) : describeAnswer(question)}</span>
      {question.type === "numeric" || question.acceptedAnswers?.length ? <> · {accepted}</> : null}
      <PartMarks question={question} />
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
      {question.name && <p className="mt-1 text-sm font-semibold text-slate-600" data-testid="question-name">{question.name}</p>}
      <p className="mt-1 font-medium break-words" data-testid="question-prompt">{question.prompt}</p>
      {hasChoiceList(question) ? (
        <ul className="mt-2 space-y-1 text-sm">
          {question.choices!.map((c, i) => {
            const right = isRight(question, key, i);
            return (
              <li key={c} className={right ? "font-semibold text-emerald-800" : "text-slate-700"}>
                <span aria-hidden>{right ? "✓ " : "· "}</span>
                {c}
                {right && <span className="sr-only"> (correct)</span>}
                <ShareMark q={question} i={i} />
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
