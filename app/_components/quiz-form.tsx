"use client";
import { useActionState } from "react";
import type { QuizFormState } from "../_server/teach-actions";
import { SubmitButton } from "./submit-button";
import { FieldError, FormError, inputClass } from "./ui";

interface Group {
  article: { id: string; title: string } | null;
  questions: { id: string; type: string; prompt: string }[];
}

export function QuizForm({ action, groups }: { action: (s: QuizFormState, f: FormData) => Promise<QuizFormState>; groups: Group[] }) {
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  const picked = new Set(state.values?.questionIds ?? groups.flatMap((g) => g.questions.map((q) => q.id)));
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormError message={e.form} />
      <div>
        <label htmlFor="title" className="block text-sm font-medium text-slate-700">Title</label>
        <input id="title" name="title" defaultValue={state.values?.title ?? groups[0]?.article?.title ?? ""} className={inputClass} aria-invalid={e.title ? true : undefined} aria-describedby={e.title ? "title-error" : undefined} />
        <FieldError id="title-error" message={e.title} />
      </div>
      <div>
        <label htmlFor="description" className="block text-sm font-medium text-slate-700">Description</label>
        <textarea id="description" name="description" rows={2} defaultValue={state.values?.description} className={inputClass} aria-describedby={e.description ? "description-error" : undefined} />
        <FieldError id="description-error" message={e.description} />
      </div>
      <div className="max-w-xs">
        <label htmlFor="timeLimitMinutes" className="block text-sm font-medium text-slate-700">Time limit in minutes</label>
        <input id="timeLimitMinutes" name="timeLimitMinutes" inputMode="numeric" defaultValue={state.values?.timeLimitMinutes} placeholder="No limit" className={inputClass} aria-invalid={e.timeLimitMinutes ? true : undefined} aria-describedby={e.timeLimitMinutes ? "timeLimitMinutes-error" : undefined} />
        <FieldError id="timeLimitMinutes-error" message={e.timeLimitMinutes} />
      </div>
      <fieldset aria-describedby={e.questionIds ? "questionIds-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Questions (your approved ones)</legend>
        <FieldError id="questionIds-error" message={e.questionIds} />
        <div className="mt-2 space-y-4">
          {groups.map((g) => (
            <div key={g.article?.id ?? "none"} className="rounded-lg border border-slate-200">
              <p className="border-b border-slate-100 bg-slate-50 px-3 py-2 text-sm font-semibold">{g.article?.title ?? "Written by hand"}</p>
              <ul className="divide-y divide-slate-100">
                {g.questions.map((q) => (
                  <li key={q.id}>
                    <label className="flex cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-slate-50">
                      <input type="checkbox" name="questionId" value={q.id} defaultChecked={picked.has(q.id)} className="mt-0.5 h-4 w-4 accent-brand-600" />
                      <span>{q.prompt}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Publishing…" className="sm:w-auto sm:px-6">Publish quiz</SubmitButton>
        <button type="submit" name="publish" value="draft" className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-700 hover:bg-slate-50">Save as draft</button>
      </div>
    </form>
  );
}
