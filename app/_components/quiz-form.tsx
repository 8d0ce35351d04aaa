"use client";
import { SubmitButton } from "./submit-button";
import { FieldError, inputClass } from "./ui";
import { zoneHint } from "./zone-hint";
import { ActionForm, CheckboxField, NumberField, SelectField, TextAreaField, TextField, useFormAction, useFormFields, type FormActionFn } from "./form-fields";

interface Group {
  article: { id: string; title: string } | null;
  questions: { id: string; type: string; prompt: string }[];
}

export function QuizForm({ action, groups, tags, timeZone }: { action: FormActionFn<undefined>; groups: Group[]; tags: string[]; timeZone: string }) {
  const [state, formAction] = useFormAction(action, { title: groups[0]?.article?.title ?? "" });
  return (
    <ActionForm state={state} action={formAction} className="space-y-6">
      <QuizFields groups={groups} tags={tags} timeZone={timeZone} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Publishing…" className="sm:w-auto sm:px-6">Publish quiz</SubmitButton>
        <button type="submit" name="publish" value="draft" className="rounded-md border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-700 hover:bg-slate-50">Save as draft</button>
      </div>
    </ActionForm>
  );
}

function QuizFields({ groups, tags, timeZone }: { groups: Group[]; tags: string[]; timeZone: string }) {
  const { values, errors, answered } = useFormFields();
  const articles = groups.flatMap((g) => (g.article ? [g.article] : []));
  // Nothing is ticked until the teacher ticks it (as in draft review); after an answer, what they ticked.
  const picked = new Set(answered ? [values.questionId ?? []].flat() : []);
  return (
    <>
      <TextField name="title" label="Title" />
      <TextAreaField name="description" label="Description" rows={2} />
      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-700">Settings</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name="timeLimitMinutes" label="Time limit in minutes" min={1} max={600} step={1} placeholder="No limit" badInputMessage="Enter the time limit in whole minutes, in figures (like 20), or leave it empty for no limit." />
          <NumberField name="attemptsAllowed" label="Attempts allowed" min={1} max={100} step={1} placeholder="Unlimited" badInputMessage="Enter how many attempts in figures (like 3), or leave it empty for unlimited." />
          <SelectField name="grading" label="Grade from" defaultValue="highest">
            <option value="highest">the highest attempt</option>
            <option value="latest">the latest attempt</option>
            <option value="first">the first attempt</option>
            <option value="average">the average of attempts</option>
          </SelectField>
          <SelectField name="review" label="Show answers and explanations" defaultValue="after_submit">
            <option value="during">after each answer (answers lock once checked)</option>
            <option value="after_submit">right after submitting</option>
            <option value="after_close">after the quiz closes</option>
            <option value="score_only">never (score only)</option>
          </SelectField>
          <SelectField name="pageLayout" label="Show questions" defaultValue="all">
            <option value="all">all on one page</option>
            <option value="one">one per screen, with a progress bar</option>
          </SelectField>
          <div />
          <TextField name="openAt" label="Opens" type="datetime-local" hint={zoneHint(timeZone)} />
          <TextField name="closeAt" label="Closes" type="datetime-local" hint={zoneHint(timeZone)} />
        </div>
        <div className="mt-4 flex flex-wrap gap-6 text-sm">
          <CheckboxField name="shuffleQuestions" label="Shuffle questions" defaultChecked={false} />
          <CheckboxField name="shuffleChoices" label="Shuffle choices" defaultChecked />
        </div>
        {(tags.length > 0 || articles.length > 0) && (
          <div className="mt-4 flex flex-wrap items-end gap-x-2 gap-y-3 text-sm">
            <NumberField name="drawCount" label="Also draw at random" errorKey="draws" min={1} max={50} step={1} placeholder="0" inputClassName={inputClass.replace("w-full", "w-20")} badInputMessage="Enter how many questions to draw, in figures (like 5)." />
            <SelectField name="drawFrom" label="approved questions from" className="min-w-48 flex-1 sm:max-w-sm">
              <option value="">—</option>
              {tags.length > 0 && <optgroup label="Tag">{tags.map((t) => <option key={t} value={`tag:${t}`}>{t}</option>)}</optgroup>}
              {articles.length > 0 && <optgroup label="Article">{articles.map((a) => <option key={a.id} value={`article:${a.id}`}>{a.title}</option>)}</optgroup>}
            </SelectField>
            <p className="pb-2.5 text-slate-500">for each attempt.</p>
          </div>
        )}
      </fieldset>
      <fieldset aria-describedby={errors.questionIds ? "questionIds-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Questions (your approved ones)</legend>
        <FieldError id="questionIds-error" message={errors.questionIds} />
        <div className="mt-2 space-y-4">
          {groups.map((g) => (
            <div key={g.article?.id ?? "none"} className="rounded-lg border border-slate-200">
              <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-100 bg-slate-50 px-3 py-2">
                <p className="text-sm font-semibold">{g.article?.title ?? "Not from an article (written or imported)"}</p>
                <TickAll label={`Tick all ${g.questions.length}`} />
              </div>
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
    </>
  );
}

/** Ticks every question of its group (the box around it): a shortcut, never done in advance. */
function TickAll({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="text-sm font-medium text-brand-700 underline hover:text-brand-800"
      onClick={(event) => {
        const group = event.currentTarget.closest("div.rounded-lg");
        group?.querySelectorAll<HTMLInputElement>('input[name="questionId"]').forEach((box) => (box.checked = true));
      }}
    >
      {label}
    </button>
  );
}
