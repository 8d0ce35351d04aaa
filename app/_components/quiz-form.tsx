"use client";
import { useActionState } from "react";
import type { QuizFormState } from "../_server/teach/teach-actions";
import { SubmitButton } from "./submit-button";
import { FieldError, FormError, inputClass } from "./ui";

interface Group {
  article: { id: string; title: string } | null;
  questions: { id: string; type: string; prompt: string }[];
}

export function QuizForm({ action, groups, tags }: { action: (s: QuizFormState, f: FormData) => Promise<QuizFormState>; groups: Group[]; tags: string[] }) {
  const articles = groups.flatMap((g) => (g.article ? [g.article] : []));
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values;
  const describedBy = (name: keyof NonNullable<QuizFormState["errors"]>) => (e[name] ? `${name}-error` : undefined);
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
      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-700">Settings</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="timeLimitMinutes" className="block text-sm font-medium text-slate-700">Time limit in minutes</label>
            <input id="timeLimitMinutes" name="timeLimitMinutes" inputMode="numeric" defaultValue={v?.timeLimitMinutes} placeholder="No limit" className={inputClass} aria-invalid={e.timeLimitMinutes ? true : undefined} aria-describedby={describedBy("timeLimitMinutes")} />
            <FieldError id="timeLimitMinutes-error" message={e.timeLimitMinutes} />
          </div>
          <div>
            <label htmlFor="attemptsAllowed" className="block text-sm font-medium text-slate-700">Attempts allowed</label>
            <input id="attemptsAllowed" name="attemptsAllowed" inputMode="numeric" defaultValue={v?.attemptsAllowed} placeholder="Unlimited" className={inputClass} aria-invalid={e.attemptsAllowed ? true : undefined} aria-describedby={describedBy("attemptsAllowed")} />
            <FieldError id="attemptsAllowed-error" message={e.attemptsAllowed} />
          </div>
          <div>
            <label htmlFor="grading" className="block text-sm font-medium text-slate-700">Grade from</label>
            <select id="grading" name="grading" defaultValue={v?.grading || "highest"} className={inputClass}>
              <option value="highest">the highest attempt</option>
              <option value="latest">the latest attempt</option>
              <option value="first">the first attempt</option>
              <option value="average">the average of attempts</option>
            </select>
          </div>
          <div>
            <label htmlFor="review" className="block text-sm font-medium text-slate-700">Show answers and explanations</label>
            <select id="review" name="review" defaultValue={v?.review || "after_submit"} className={inputClass}>
              <option value="during">after each answer (answers lock once checked)</option>
              <option value="after_submit">right after submitting</option>
              <option value="after_close">after the quiz closes</option>
              <option value="score_only">never (score only)</option>
            </select>
          </div>
          <div>
            <label htmlFor="pageLayout" className="block text-sm font-medium text-slate-700">Show questions</label>
            <select id="pageLayout" name="pageLayout" defaultValue={v?.pageLayout || "all"} className={inputClass}>
              <option value="all">all on one page</option>
              <option value="one">one per screen, with a progress bar</option>
            </select>
          </div>
          <div />
          <div>
            <label htmlFor="openAt" className="block text-sm font-medium text-slate-700">Opens</label>
            <input id="openAt" name="openAt" type="datetime-local" defaultValue={v?.openAt} className={inputClass} />
          </div>
          <div>
            <label htmlFor="closeAt" className="block text-sm font-medium text-slate-700">Closes</label>
            <input id="closeAt" name="closeAt" type="datetime-local" defaultValue={v?.closeAt} className={inputClass} aria-invalid={e.closeAt ? true : undefined} aria-describedby={describedBy("closeAt")} />
            <FieldError id="closeAt-error" message={e.closeAt} />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap gap-6 text-sm">
          <label className="flex items-center gap-2"><input type="checkbox" name="shuffleQuestions" defaultChecked={v ? Boolean(v.shuffleQuestions) : false} className="h-4 w-4 accent-brand-600" /> Shuffle questions</label>
          <label className="flex items-center gap-2"><input type="checkbox" name="shuffleChoices" defaultChecked={v ? Boolean(v.shuffleChoices) : true} className="h-4 w-4 accent-brand-600" /> Shuffle choices</label>
        </div>
        {(tags.length > 0 || articles.length > 0) && (
          <div className="mt-4 flex flex-wrap items-end gap-2 text-sm">
            <div>
              <label htmlFor="drawCount" className="block font-medium text-slate-700">Also draw at random</label>
              <input id="drawCount" name="drawCount" inputMode="numeric" defaultValue={v?.drawCount} placeholder="0" className={inputClass.replace("w-full", "w-20")} aria-describedby={describedBy("draws")} />
            </div>
            <div className="min-w-0 max-w-sm flex-1">
              <label htmlFor="drawFrom" className="block font-medium text-slate-700">approved questions from</label>
              <select id="drawFrom" name="drawFrom" defaultValue={v?.drawFrom} className={inputClass}>
                <option value="">—</option>
                {tags.length > 0 && <optgroup label="Tag">{tags.map((t) => <option key={t} value={`tag:${t}`}>{t}</option>)}</optgroup>}
                {articles.length > 0 && <optgroup label="Article">{articles.map((a) => <option key={a.id} value={`article:${a.id}`}>{a.title}</option>)}</optgroup>}
              </select>
            </div>
            <p className="pb-2 text-slate-500">for each attempt.</p>
            <FieldError id="draws-error" message={e.draws} />
          </div>
        )}
      </fieldset>
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
