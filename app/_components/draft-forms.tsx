"use client";
// The review page's draft forms: switching a draft to another of its forms, and drafting more.
// The forms' contents are rendered on the server; these hold the action state and pending looks.
import { useFormStatus } from "react-dom";
import type { DraftedMore } from "../_server/articles/draft-actions";
import { useFormAction, type FormActionFn } from "./form-fields";

/**
 * A small submit button, disabled while its form is sent; the one that was pressed (of several
 * named buttons in one form) says it is working.
 */
export function PendingButton({ children, pendingLabel, className = "", ...rest }: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string }) {
  const { pending, data } = useFormStatus();
  const pressed = pending && (rest.name === undefined || data?.get(rest.name) === String(rest.value));
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`disabled:cursor-wait disabled:opacity-60 ${className}`} {...rest}>
      {pressed ? pendingLabel : children}
    </button>
  );
}

/** Wraps a draft's other forms, each with a `variant` submit button, in one form. */
export function SwitchFormForm({ action, version, children }: { action: FormActionFn<undefined>; version: number; children: React.ReactNode }) {
  const [state, formAction] = useFormAction(action);
  // Only a hand-made (or stale) form fails the schema: the buttons always send a version and a variant.
  const error = state.errors.form ?? (Object.keys(state.errors).length ? "Choose one of the other forms. Reload the page if the buttons do nothing." : undefined);
  return (
    <form action={formAction}>
      <input type="hidden" name="version" value={version} />
      {children}
      {error && (
        <p role="alert" className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}

/** "Draft more questions", with how many were added (or that there was nothing left to draft). */
export function DraftMoreForm({ action }: { action: FormActionFn<DraftedMore> }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <PendingButton pendingLabel="Drafting…" className="rounded-md border border-brand-600 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
        Draft more questions
      </PendingButton>
      <p role="status" className="text-sm text-slate-700">
        {state.message}
        {state.data?.firstId && (
          <>
            {" "}
            <a href={`#q-${state.data.firstId}`} className="font-medium text-brand-700 underline">
              Go to the first
            </a>
          </>
        )}
      </p>
    </form>
  );
}
