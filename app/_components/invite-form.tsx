"use client";
import type { Invitation } from "../_server/auth/admin-actions";
import { useFormAction, type FormActionFn } from "./form-fields";

export function InviteForm({ action }: { action: FormActionFn<Invitation> }) {
  const [state, formAction, pending] = useFormAction(action);
  const invitation = state.data;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="role" value="teacher" />
      <button disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">Create a teacher invitation</button>
      {invitation && (
        <div role="status" className="rounded-md bg-slate-50 p-3 text-sm">
          <p>Send this link to the teacher. It works once and expires on <time dateTime={invitation.expiresAt}>{invitation.expiresText}</time>; it is not shown again.</p>
          <p className="mt-2 break-all font-mono text-xs" data-testid="invite-link">{invitation.link}</p>
        </div>
      )}
    </form>
  );
}
