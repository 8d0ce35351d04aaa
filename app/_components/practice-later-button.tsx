"use client";
// Under each marked question: missed ones are already in the learner's practice queue; right ones
// can be added with "This was hard — practise it later".
import { useActionState } from "react";
import Link from "next/link";
import { rateHardAction, type RateQuestionState } from "../_server/practice/practice-actions";

export function PracticeLater({ questionId, missed }: { questionId: string; missed: boolean }) {
  const [state, formAction, pending] = useActionState(rateHardAction, { status: "idle" } as RateQuestionState);
  if (missed) {
    return (
      <p className="mt-3 text-xs text-slate-500">
        <span aria-hidden>↻ </span>In your <Link href="/practice" className="font-medium text-brand-700 underline">practice queue</Link>
      </p>
    );
  }
  if (state.status === "added" || state.status === "already_queued") {
    return (
      <p role="status" className="mt-3 text-sm font-medium text-emerald-800">
        {state.status === "added" ? "Added to your practice queue." : "Already in your practice queue."}{" "}
        <Link href="/practice" className="text-brand-700 underline">Practice</Link>
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="questionId" value={questionId} />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-600 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70">
        {pending ? "Adding…" : "This was hard — practise it later"}
      </button>
      {state.status === "error" && <span role="alert" className="text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
