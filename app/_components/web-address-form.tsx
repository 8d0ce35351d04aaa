"use client";
import { SubmitButton } from "./submit-button";
import { inputClass } from "./ui";
import { ActionForm, TextField, useFormAction, type FormActionFn } from "./form-fields";

/** One web-address field and a button: fetching an article, or starting a feed import. */
export function WebAddressForm({
  action,
  id,
  label,
  hint,
  submitLabel,
  pendingLabel,
}: {
  action: FormActionFn<undefined>;
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <ActionForm state={state} action={formAction} className="space-y-3">
      <TextField
        name="url"
        id={id}
        label={label}
        hint={hint}
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://"
        inputClassName={`${inputClass} mt-0! sm:flex-1`}
        rowClassName="mt-1 flex flex-col gap-3 sm:flex-row sm:items-start"
        addon={<SubmitButton pendingLabel={pendingLabel} className="sm:w-auto sm:shrink-0 sm:px-5">{submitLabel}</SubmitButton>}
      />
    </ActionForm>
  );
}
