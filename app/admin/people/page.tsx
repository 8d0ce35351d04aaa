import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "../../_server/auth/session";
import { listPeople } from "../../_server/auth/people";
import { changeRoleAction, createInviteAction } from "../../_server/auth/admin-actions";
import { RoleForm } from "../../_components/role-form";
import { InviteForm } from "../../_components/invite-form";
import { inputClass, DataTable } from "../../_components/ui";
import { readerTime } from "../../_server/time/reader-time";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ q?: string; guests?: string }> }) {
  const actor = await requireUser("/admin/people");
  if (actor.role !== "admin") notFound();
  const { q, guests: guestsParam } = await searchParams;
  const guests = guestsParam === "1";
  const [{ people, guestsHidden }, local] = await Promise.all([listPeople({ actor, query: q, guests }), readerTime()]);
  const withGuests = `?${new URLSearchParams({ ...(q ? { q } : {}), guests: "1" })}`;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">People</h1>
        <p className="mt-1 text-sm text-slate-600">
          Everyone with an account, newest first{guests ? ", guests included" : ""}. Roles take effect at once.
        </p>
      </header>
      <section aria-labelledby="invite-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="invite-heading" className="font-semibold">Invite a teacher</h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">The link makes whoever accepts it a teacher. It works once.</p>
        <InviteForm action={createInviteAction} />
      </section>
      <form method="get" role="search" className="flex max-w-xl flex-wrap items-end gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">Find by name or email</label>
          <input id="q" name="q" defaultValue={q} className={inputClass} />
        </div>
        <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
          <input type="checkbox" name="guests" value="1" defaultChecked={guests} className="h-4 w-4" />
          Show guest accounts
        </label>
        <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Search</button>
      </form>
      {guestsHidden > 0 && (
        <p className="text-sm text-slate-600" data-testid="guests-hidden">
          {guestsHidden === 1 ? "1 guest account is" : `${guestsHidden} guest accounts are`} hidden: visitors who tried a quiz without signing up.{" "}
          <Link href={withGuests} className="font-medium text-brand-700 underline">Show them</Link>
        </p>
      )}
      <DataTable columns={[{ label: "Name" }, { label: "Email" }, { label: "Joined" }, { label: "Role", align: "right" }]}>
            {people.map((p) => (
              <tr key={p.id} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-3 font-medium">
                  {p.name}
                  {p.id === actor.id ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}
                  {p.isGuest ? <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">guest</span> : null}
                </td>
                <td className="px-4 py-3 text-slate-600">{p.email}</td>
                <td className="px-4 py-3 text-slate-600">{local.date(p.createdAt)}</td>
                <td className="px-4 py-3"><RoleForm action={changeRoleAction.bind(null, p.id)} role={p.role} label={`Role of ${p.name}`} id={p.id} /></td>
              </tr>
            ))}
      </DataTable>
    </div>
  );
}
