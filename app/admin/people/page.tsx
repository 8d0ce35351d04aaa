import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "../../_server/auth/session";
import { listPeople } from "../../_server/auth/people";
import { changeRoleAction, createInviteAction } from "../../_server/auth/admin-actions";
import { RoleForm } from "../../_components/role-form";
import { InviteForm } from "../../_components/invite-form";
import { inputClass, DataTable } from "../../_components/ui";
import { readerTime } from "../../_server/time/reader-time";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireUser("/admin/people");
  if (actor.role !== "admin") notFound();
  const { q } = await searchParams;
  const [people, local] = await Promise.all([listPeople({ actor, query: q }), readerTime()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">People</h1>
        <p className="mt-1 text-sm text-slate-600">Everyone with an account, newest first. Roles take effect at once.</p>
      </header>
      <section aria-labelledby="invite-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="invite-heading" className="font-semibold">Invite a teacher</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">The link makes whoever accepts it a teacher. It works once.</p>
        <InviteForm action={createInviteAction} />
      </section>
      <form method="get" role="search" className="flex max-w-md items-end gap-2">
        <div className="flex-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">Find by name or email</label>
          <input id="q" name="q" defaultValue={q} className={inputClass} />
        </div>
        <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Search</button>
      </form>
      <DataTable columns={[{ label: "Name" }, { label: "Email" }, { label: "Joined" }, { label: "Role", align: "right" }]}>
            {people.map((p) => (
              <tr key={p.id} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-3 font-medium">{p.name}{p.id === actor.id ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}</td>
                <td className="px-4 py-3 text-slate-600">{p.email}</td>
                <td className="px-4 py-3 text-slate-600">{local.date(p.createdAt)}</td>
                <td className="px-4 py-3"><RoleForm action={changeRoleAction.bind(null, p.id)} role={p.role} label={`Role of ${p.name}`} id={p.id} /></td>
              </tr>
            ))}
      </DataTable>
    </div>
  );
}
