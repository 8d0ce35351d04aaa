"use client";
import { SubmitButton } from "./submit-button";
import { FieldError } from "./ui";
import { zoneHint } from "./zone-hint";
import { ActionForm, CheckboxField, NumberField, SelectField, TextAreaField, TextField, useFormAction, useFormFields, type FormActionFn } from "./form-fields";
import type { FormValues } from "../_server/forms/form-action";
import { attemptsSoFar } from "./format";

type AttemptCounts = { submitted: number; inProgress: number };

/** A quiz's settings after it is made. `attempts`: the learners' attempts a change would touch; `timeZone`: whose clock its dates are on. */
export function QuizSettingsForm({ action, initial, attempts, timeZone }: { action: FormActionFn<undefined>; initial: FormValues; attempts: AttemptCounts; timeZone: string }) {
  const [state, formAction] = useFormAction(action, initial);
  return (
    <ActionForm state={state} action={formAction} className="space-y-6">
      <SettingsFields attempts={attempts} timeZone={timeZone} />
      <SubmitButton pendingLabel="Saving…" className="sm:w-auto sm:px-6">Save settings</SubmitButton>
    </ActionForm>
  );
}

function SettingsFields({ attempts: counts, timeZone }: { attempts: AttemptCounts; timeZone: string }) {
  const { errors } = useFormFields();
  const attempts = counts.submitted + counts.inProgress;
  return (
    <>
      <TextField name="title" label="Title" />
      <TextAreaField name="description" label="Description" rows={2} />
      <SelectField name="visibility" label="Who can see and take it" hint="A classes-only quiz is hidden from everyone else, even with its link.">
        <option value="public">everyone, guests included</option>
        <option value="learners">signed-in learners</option>
        <option value="classes">only the classes it is assigned to</option>
      </SelectField>
      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-700">Attempts and grading</legend>
        {attempts > 0 && (
          <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="attempts-warning">
            {attemptsSoFar(counts)} so far. A change here applies to {attempts === 1 ? "it" : "them"} too: grades are worked out again and learners see answers by the new rule.
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name="timeLimitMinutes" label="Time limit in minutes" min={1} max={600} step={1} placeholder="No limit" badInputMessage="Enter the time limit in whole minutes, in figures (like 20), or leave it empty for no limit." />
          <NumberField name="attemptsAllowed" label="Attempts allowed" min={1} max={100} step={1} placeholder="Unlimited" badInputMessage="Enter how many attempts in figures (like 3), or leave it empty for unlimited." />
          <SelectField name="grading" label="Grade from">
            <option value="highest">the highest attempt</option>
            <option value="latest">the latest attempt</option>
            <option value="first">the first attempt</option>
            <option value="average">the average of attempts</option>
          </SelectField>
          <SelectField name="review" label="Show answers and explanations">
            <option value="during">after each answer (answers lock once checked)</option>
            <option value="after_submit">right after submitting</option>
            <option value="after_close">after the quiz closes</option>
            <option value="score_only">never (score only)</option>
          </SelectField>
          <TextField name="openAt" label="Opens" type="datetime-local" hint={zoneHint(timeZone)} />
          <TextField name="closeAt" label="Closes" type="datetime-local" hint={zoneHint(timeZone)} />
        </div>
        {attempts > 0 && (
          <div className="mt-4 text-sm" aria-describedby={errors.confirmed ? "confirmed-error" : undefined}>
            <CheckboxField name="confirmed" label="I understand: the change applies to attempts already made" />
            <FieldError id="confirmed-error" message={errors.confirmed} />
          </div>
        )}
      </fieldset>
    </>
  );
}
