"use client";
import { ActionForm, FormMessage, SelectField, useFormAction, type FormActionFn } from "./form-fields";

export function RoleForm({ action, role, label, id }: { action: FormActionFn<undefined>; role: string; label: string; id: string }) {
  const [state, formAction, pending] = useFormAction(action, { role });
  const save = <button disabled={pending} className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">Save</button>;
  return (
    <ActionForm state={state} action={formAction} className="text-right">
      <SelectField name="role" id={`role-${id}`} label={label} hideLabel addon={save} rowClassName="flex items-center justify-end gap-2" selectClassName="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-invalid:border-red-500">
        <option value="learner">learner</option>
        <option value="teacher">teacher</option>
        <option value="admin">admin</option>
      </SelectField>
      <FormMessage message={state.message} plain className="mt-1" />
    </ActionForm>
  );
}
