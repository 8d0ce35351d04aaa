"use client";
import { useRef } from "react";
import { useFormStatus } from "react-dom";
import { useAttemptProgress } from "./attempt-progress";

/**
 * "Submit answers", asking first: a dialog with how many questions are unanswered and flagged, so
 * a stray tap (on a phone the button sits under the thumb) marks nothing. Without JavaScript the
 * button submits at once. The countdown submits with requestSubmit(), which does not ask: time's up.
 */
export function SubmitAttemptButton({
  attemptId,
  savedIds,
  questions,
  prominent = true,
}: {
  attemptId: string;
  savedIds: string[];
  questions: { id: string; number: number }[];
  /** False on the screens of a one-per-screen quiz before the last: Next is the way on. */
  prominent?: boolean;
}) {
  const { pending } = useFormStatus();
  const dialog = useRef<HTMLDialogElement>(null);
  const progress = useAttemptProgress(attemptId, savedIds);
  const unanswered = questions.filter((q) => !(progress?.answered(q.id) ?? savedIds.includes(q.id)));
  const flagged = questions.filter((q) => progress?.flagged(q.id));
  const look = prominent
    ? "bg-brand-600 text-white shadow-sm hover:bg-brand-700"
    : "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50";
  return (
    <>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        aria-haspopup="dialog"
        onClick={(event) => {
          event.preventDefault();
          dialog.current?.showModal();
        }}
        className={`rounded-md px-5 py-2.5 font-semibold disabled:cursor-wait disabled:opacity-70 sm:px-8 ${look}`}
      >
        {pending ? "Marking…" : "Submit answers"}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="submit-dialog-title"
        aria-describedby="submit-dialog-summary"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id="submit-dialog-title" className="text-lg font-bold">Submit your answers?</h2>
        <div id="submit-dialog-summary" className="mt-3 space-y-2 text-sm text-slate-700">
          <p data-testid="submit-summary">
            {unanswered.length === 0
              ? `All ${questions.length} questions are answered.`
              : `${questions.length - unanswered.length} of ${questions.length} questions answered; ${unanswered.length} not answered (${numbers(unanswered)}).`}
            {flagged.length > 0 && ` ${flagged.length} flagged for later (${numbers(flagged)}).`}
          </p>
          <p>Once submitted, your answers are marked and can no longer be changed.</p>
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">
            Keep answering
          </button>
          <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70">
            {pending ? "Marking…" : "Submit now"}
          </button>
        </div>
      </dialog>
    </>
  );
}

function numbers(questions: { number: number }[]): string {
  const list = questions.map((q) => q.number);
  return list.length === 1 ? `question ${list[0]}` : `questions ${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}
