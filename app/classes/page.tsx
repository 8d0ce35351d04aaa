import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../_server/auth/session";
import { listMyClasses } from "../_server/classes/classes";
import { joinClassAction } from "../_server/classes/class-actions";
import { SingleFieldForm } from "../_components/single-field-form";

export const metadata: Metadata = { title: "My classes" };

export default async function MyClassesPage() {
  const actor = await requireUser("/classes");
  const classes = await listMyClasses({ actor });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">My classes</h1>
        <p className="mt-1 text-sm text-slate-600">Quizzes your teachers assign show up here.</p>
      </header>
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <SingleFieldForm action={joinClassAction} name="code" label="Join a class with its code" submitLabel="Join" placeholder="e.g. K7M2Q9XA" />
      </div>
      {classes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">You are not in a class yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="font-semibold">{c.name}</h2>
              <p className="text-xs text-slate-500">Teacher: {c.teacher}</p>
              {c.quizzes.length === 0 ? (
                <p className="mt-3 text-sm text-slate-600">No quizzes assigned yet.</p>
              ) : (
                <ul className="mt-3 space-y-1 text-sm">
                  {c.quizzes.map((q) => (
                    <li key={q.id}><Link href={`/quiz/${q.id}`} className="font-medium text-brand-700 hover:underline">{q.title}</Link></li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
