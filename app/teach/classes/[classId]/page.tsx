import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { getClassForTeacher } from "../../../_server/classes/classes";
import { getTeachingOverview } from "../../../_server/teach/get-teaching-overview";
import { assignQuizAction } from "../../../_server/classes/class-actions";
import { orNotFound } from "../../../_server/http/or-not-found";
import { StatusBadge, inputClass } from "../../../_components/ui";

export const metadata: Metadata = { title: "Class" };

async function load(classId: string) {
  const actor = await requireTeacher(`/teach/classes/${classId}`);
  const [cls, overview] = await Promise.all([orNotFound(getClassForTeacher({ actor, classId })), getTeachingOverview({ actor })]);
  return { cls, quizzes: overview.quizzes };
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { cls, quizzes } = await load(classId);
  const assigned = new Set(cls.assignments.map((a) => a.quiz.id));
  const assignable = quizzes.filter((q) => !assigned.has(q.id));
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm"><Link href="/teach/classes" className="text-brand-700 underline">Classes</Link></p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">{cls.name}</h1>
        <p className="mt-2 text-sm text-slate-600">
          Class code: <span className="rounded bg-slate-100 px-2 py-1 font-mono text-lg font-bold tracking-widest text-slate-900" data-testid="join-code">{cls.joinCode}</span>
          <span className="ml-2">Learners enter it on their Classes page.</span>
        </p>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="quizzes-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="quizzes-heading" className="font-semibold">Assigned quizzes</h2>
          {assignable.length > 0 && (
            <form action={assignQuizAction.bind(null, cls.id)} className="mt-3 flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1">
                <label htmlFor="quizId" className="block text-sm text-slate-700">Assign a quiz</label>
                <select id="quizId" name="quizId" className={inputClass}>
                  {assignable.map((q) => <option key={q.id} value={q.id}>{q.title}</option>)}
                </select>
              </div>
              <button className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Assign</button>
            </form>
          )}
          {cls.assignments.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">No quizzes assigned yet.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {cls.assignments.map((a) => (
                <li key={a.quiz.id} className="flex items-center justify-between gap-2 py-2">
                  <Link href={`/quiz/${a.quiz.id}`} className="text-brand-700 hover:underline">{a.quiz.title}</Link>
                  <StatusBadge status={a.quiz.status} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="members-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="members-heading" className="font-semibold">Learners ({cls.members.length})</h2>
          {cls.members.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">Nobody has joined yet.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {cls.members.map((m) => (
                <li key={m.user.id} className="flex justify-between gap-2 py-2">
                  <span>{m.user.name}</span>
                  <span className="text-slate-500">{m.user.email}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
