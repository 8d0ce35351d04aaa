"use client";
// The review page's draft forms: switching a draft to another of its forms, and drafting more.
// The forms' contents are rendered on the server; these hold the action state and pending looks.
import { useEffect, useSyncExternalStore } from "react";
import { useFormStatus } from "react-dom";
import type { DraftedMore } from "../_server/articles/draft-actions";
import { ActionForm, FormMessage, useFormAction, type FormActionFn } from "./form-fields";

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

/**
 * "Draft more questions", with how many were added (or that there was nothing left to draft).
 * `available` is the article's stored answer to "could another request add any?": the button shows
 * only while it is yes, after a reload too. The form stays mounted without it, so the message of
 * the request that used the last drafts up stays on the page.
 */
export function DraftMoreForm({ action, available }: { action: FormActionFn<DraftedMore>; available: boolean }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {available && !state.data?.exhausted && (
        <PendingButton pendingLabel="Drafting…" className="rounded-md border border-brand-600 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          Draft more questions
        </PendingButton>
      )}
      <p role="status" className="text-sm text-slate-700">
        {state.message}
        {state.data?.firstHref && (
          <>
            {" "}
            <a href={state.data.firstHref} className="font-medium text-brand-700 underline">
              Go to the first
            </a>
          </>
        )}
      </p>
    </form>
  );
}

const BULK_FORM_ID = "bulk";
const TICKS_CHANGED = "bulk-ticks-changed";
const tickBoxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form=${BULK_FORM_ID}]`)];

/** The tick boxes live in server-rendered cards: the DOM is the store, read as "ticked/shown". */
function subscribeToTicks(onChange: () => void) {
  const onInput = (event: Event) => {
    if (event.target instanceof HTMLInputElement && event.target.form?.id === BULK_FORM_ID) onChange();
  };
  document.addEventListener("change", onInput);
  document.addEventListener(TICKS_CHANGED, onChange);
  return () => {
    document.removeEventListener("change", onInput);
    document.removeEventListener(TICKS_CHANGED, onChange);
  };
}
const tickSnapshot = () => {
  const boxes = tickBoxes();
  return `${boxes.filter((b) => b.checked).length}/${boxes.length}`;
};
/** Nothing is ticked in the server's HTML. */
const serverTickSnapshot = () => "0/0";

function setTicks(checked: boolean) {
  for (const box of tickBoxes()) box.checked = checked;
  document.dispatchEvent(new Event(TICKS_CHANGED));
}

/**
 * The review page's bar for the ticked questions: select all or none on the page shown, how many
 * are ticked, and Approve/Reject for those only. The tick boxes sit in each question's card and
 * join this form by its id; nothing is ticked until the teacher ticks it.
 */
export function BulkStatusForm({ action, pageKey, children }: { action: FormActionFn<undefined>; pageKey: string; children: React.ReactNode }) {
  const [state, formAction] = useFormAction(action);
  const [checked, shown] = useSyncExternalStore(subscribeToTicks, tickSnapshot, serverTickSnapshot).split("/").map(Number);
  // After an answer, those acted on are no longer ticked; a new page of cards is counted afresh.
  useEffect(() => {
    if (state.round > 0) setTicks(false);
    else document.dispatchEvent(new Event(TICKS_CHANGED));
  }, [pageKey, state.round]);
  const tickAll = setTicks;
  const small = "rounded-md border border-slate-300 bg-white px-2.5 py-1 font-medium text-slate-700 hover:bg-slate-50";
  return (
    <ActionForm state={state} action={formAction} id={BULK_FORM_ID} showFormError={false} className="mb-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <div className="mr-auto">{children}</div>
        <button type="button" className={small} onClick={() => tickAll(true)}>
          Select all<span className="sr-only"> on this page</span>
        </button>
        <button type="button" className={small} onClick={() => tickAll(false)}>
          Select none
        </button>
        <p aria-live="polite" className="tabular-nums text-slate-600" data-testid="ticked-count">
          {checked} of {shown} ticked
        </p>
        <PendingButton name="status" value="approved" pendingLabel="Approving…" className="rounded-md bg-emerald-700 px-3 py-1.5 font-semibold text-white hover:bg-emerald-800">
          Approve ticked
        </PendingButton>
        <PendingButton name="status" value="rejected" pendingLabel="Rejecting…" className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold text-slate-700 hover:bg-slate-50">
          Reject ticked
        </PendingButton>
      </div>
      {state.errors.form && (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {state.errors.form}
        </p>
      )}
      <FormMessage message={state.message} plain className="mt-2" />
    </ActionForm>
  );
}
