import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../_server/auth/session";
import { listTeacherClasses } from "../../_server/classes/classes";
import { createClassAction } from "../../_server/classes/class-actions";
import { SingleFieldForm } from "../../_components/single-field-form";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const actor = await requireTeacher("/teach/classes");
  const classes = await listTeacherClasses({ actor });
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm"><Link href="/teach" className="text-brand-700 underline">Teach</Link></p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">Classes</h1>
        <p className="mt-1 text-sm text-slate-600">Learners join with the class code; quizzes you assign appear on their Classes page.</p>
      </header>
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <SingleFieldForm action={createClassAction} name="name" label="New class" submitLabel="Create class" placeholder="e.g. Year 10 current affairs" />
      </div>
      {classes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No classes yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {classes.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <Link href={`/teach/classes/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.name}</Link>
              <p className="text-sm text-slate-600">
                code <span className="font-mono font-semibold tracking-wider text-slate-800">{c.joinCode}</span> · {c.memberCount} learners · {c.quizCount} quizzes
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
