"use client";
import type { FormActionFn } from "./form-fields";
import { ActionForm, FormMessage, SelectField, useFormAction } from "./form-fields";

export function RoleForm({ action, role, label, id }: { action: FormActionFn<undefined>; role: string; label: string; id: string }) {
  const [state, formAction, pending] = useFormAction(action, { role });
  return (
    <ActionForm state={state} action={formAction} className="flex flex-wrap items-start justify-end gap-2">
      <SelectField name="role" id={`role-${id}`} label={label} hideLabel selectClassName="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-invalid:border-red-500" className="min-w-0 text-right">
        <option value="learner">learner</option>
        <option value="teacher">teacher</option>
        <option value="admin">admin</option>
      </SelectField>
      <button disabled={pending} className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">Save</button>
      <FormMessage message={state.message} className="w-full px-2 py-0.5 text-right text-xs" />
    </ActionForm>
  );
}
