"use client";
import { useActionState } from "react";
import type { WebAddressFormState } from "../_server/imports/import-actions";
import { SubmitButton } from "./submit-button";
import { FieldError, FormError, inputClass } from "./ui";

/** One web-address field and a button: fetching an article, or starting a feed import. */
export function WebAddressForm({
  action,
  id,
  label,
  hint,
  submitLabel,
  pendingLabel,
}: {
  action: (s: WebAddressFormState, f: FormData) => Promise<WebAddressFormState>;
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const error = state.errors?.url;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormError message={state.errors?.form} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
        <div className="mt-1 flex flex-col gap-3 sm:flex-row sm:items-start">
          <input
            id={id}
            name="url"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            defaultValue={state.values?.url}
            className={`${inputClass} mt-0! sm:flex-1`}
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
          />
          <SubmitButton pendingLabel={pendingLabel} className="sm:w-auto sm:shrink-0 sm:px-5">{submitLabel}</SubmitButton>
        </div>
        <FieldError id={`${id}-error`} message={error} />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>
      </div>
    </form>
  );
}
