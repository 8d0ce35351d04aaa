"use client";
import { useActionState } from "react";
import type { SimpleFormState } from "../_server/classes/class-actions";
import { SubmitButton } from "./submit-button";
import { FieldError, inputClass } from "./ui";

/** A one-field form (class name, join code) with its error or confirmation. */
export function SingleFieldForm({
  action,
  name,
  label,
  submitLabel,
  placeholder,
}: {
  action: (s: SimpleFormState, f: FormData) => Promise<SimpleFormState>;
  name: string;
  label: string;
  submitLabel: string;
  placeholder?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">{label}</label>
      <div className="flex flex-wrap gap-2">
        <input id={name} name={name} defaultValue={state.value} placeholder={placeholder} className={`${inputClass} mt-0 max-w-xs`} aria-invalid={state.error ? true : undefined} aria-describedby={state.error ? `${name}-error` : undefined} />
        <div><SubmitButton pendingLabel="…" className="px-5">{submitLabel}</SubmitButton></div>
      </div>
      <FieldError id={`${name}-error`} message={state.error} />
      {state.message && <p role="status" className="text-sm font-medium text-emerald-800">{state.message}</p>}
    </form>
  );
}
