"use client";
import { useActionState } from "react";
import type { RoleFormState } from "../_server/auth/admin-actions";

export function RoleForm({ action, role, label }: { action: (s: RoleFormState, f: FormData) => Promise<RoleFormState>; role: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center justify-end gap-2">
      <select name="role" defaultValue={role} aria-label={label} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
        <option value="learner">learner</option>
        <option value="teacher">teacher</option>
        <option value="admin">admin</option>
      </select>
      <button disabled={pending} className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">Save</button>
      {state.error && <p role="alert" className="w-full text-right text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
