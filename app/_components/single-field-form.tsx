"use client";
import { SubmitButton } from "./submit-button";
import { inputClass } from "./ui";
import { ActionForm, FormMessage, TextField, useFormAction, type FormActionFn } from "./form-fields";

/** A one-field form (class name, join code) with its error or confirmation. */
export function SingleFieldForm({
  action,
  name,
  label,
  submitLabel,
  placeholder,
}: {
  action: FormActionFn<undefined>;
  name: string;
  label: string;
  submitLabel: string;
  placeholder?: string;
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <ActionForm state={state} action={formAction} className="space-y-2">
      <TextField
        name={name}
        label={label}
        placeholder={placeholder}
        inputClassName={`${inputClass} mt-0 max-w-xs`}
        rowClassName="mt-1 flex flex-wrap gap-2"
        addon={<div><SubmitButton pendingLabel="…" className="px-5">{submitLabel}</SubmitButton></div>}
      />
      <FormMessage message={state.message} plain />
    </ActionForm>
  );
}
