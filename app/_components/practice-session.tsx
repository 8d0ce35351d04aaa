"use client";
// One practice question at a time: answer it, see the feedback (which the server sends only after
// marking the answer), then move on. Works without JavaScript too: the form posts, the page comes
// back with the feedback, and "Next" is a plain link.
import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import type { LearnerQuestion } from "../_server/attempts/learner-view";
import { answerPracticeAction, type PracticeAnswerState } from "../_server/practice/practice-actions";
import { YourAnswerFeedback } from "./answer-feedback";
import { QuestionInput } from "./question-input";
import { CheckAnswerButton } from "./check-answer-button";

export interface PracticeSessionItem {
  cardId: string;
  question: LearnerQuestion;
  article: { title: string } | null;
}

const VERDICT = {
  right: { label: "Correct", tone: "border-emerald-300 bg-emerald-50 text-emerald-900" },
  partly: { label: "Partly correct", tone: "border-amber-300 bg-amber-50 text-amber-900" },
  wrong: { label: "Not quite", tone: "border-red-300 bg-red-50 text-red-900" },
} as const;

export function PracticeSession({ item, nextHref, children }: { item: PracticeSessionItem | null; nextHref: string; children: React.ReactNode }) {
  const [state, formAction] = useActionState(answerPracticeAction, { status: "idle" } as PracticeAnswerState);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const router = useRouter();

  if (state.status === "answered" && state.answeredAt !== dismissed) {
    const f = state.feedback;
    const verdict = VERDICT[f.verdict];
    return (
      <section aria-labelledby="feedback-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <p className="font-semibold">{f.prompt}</p>
        <div role="status" className={`mt-4 rounded-lg border px-4 py-3 ${verdict.tone}`}>
          <h2 id="feedback-heading" className="font-semibold">{verdict.label}</h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
            <dt className="opacity-80">Your answer</dt>
            <dd>{f.yourAnswer}</dd>
            <dt className="opacity-80">Correct answer</dt>
            <dd className="font-semibold" data-testid="practice-correct-answer">{f.correctAnswer}</dd>
          </dl>
        </div>
        <YourAnswerFeedback feedback={f.forYourAnswer} className="mt-4" />
        {f.explanation && <p className="mt-4 text-sm text-slate-700">{f.explanation}</p>}
        {f.sourceSentence && (
          <blockquote className="mt-3 border-l-4 border-brand-100 pl-3 text-sm italic text-slate-600">“{f.sourceSentence}”</blockquote>
        )}
        <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
          <p className="text-sm text-slate-600" data-testid="practice-next-due">
            Next practice <span className="font-medium text-slate-900">{f.nextDueIn}</span>
            <span className="block text-xs text-slate-500 sm:ml-1 sm:inline">({f.nextDueOn})</span>
          </p>
          <a
            href={nextHref}
            onClick={(event) => {
              event.preventDefault();
              setDismissed(state.answeredAt);
              router.push(nextHref);
              // The layout (and the due count in the navigation) only re-renders on a refresh.
              router.refresh();
            }}
            className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Next
          </a>
        </div>
      </section>
    );
  }

  if (!item) return <>{children}</>;
  const q = item.question;
  return (
    <form action={formAction} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <input type="hidden" name="cardId" value={item.cardId} />
      {item.article && <p className="text-sm text-slate-500">From “{item.article.title}”</p>}
      <p id={`prompt-${q.id}`} className="mt-1 font-semibold">{q.prompt}</p>
      <QuestionInput question={q} />
      {state.status === "error" && (
        <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>
      )}
      <div className="mt-5 flex flex-col gap-3 border-t border-slate-100 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <label className="flex items-center gap-2 text-sm text-slate-600">
          <input type="checkbox" name="self" value="easy" className="accent-brand-600" />
          Easy for me: if I am right, ask less often
        </label>
        <CheckAnswerButton
          questionId={q.id}
          wrapperClassName="flex flex-col gap-1 sm:flex-row-reverse sm:items-center sm:gap-3"
          className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400 sm:w-auto sm:px-8"
        />
      </div>
    </form>
  );
}
