import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../_server/auth/session";
import { getTeachingOverview } from "../_server/teach/get-teaching-overview";
import { StatusBadge } from "../_components/ui";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const actor = await requireTeacher();
  const { articles, quizzes } = await getTeachingOverview({ actor });
  return (
    <div className="space-y-10">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Teach</h1>
          <p className="mt-1 text-sm text-slate-600">Turn articles into questions, check the drafts, and publish quizzes.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/teach/articles/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Add an article</Link>
          <Link href="/teach/imports" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Import a feed</Link>
          <Link href="/teach/classes" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Classes</Link>
          <Link href="/teach/bank" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Question bank</Link>
          <Link href="/teach/quizzes/new" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Build a quiz</Link>
        </div>
      </header>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="mb-3 text-lg font-semibold">Articles</h2>
        {articles.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            No articles yet. <Link href="/teach/articles/new" className="font-medium text-brand-700 underline">Add one</Link> and Newsquiz drafts questions from it.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {articles.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <Link href={`/teach/articles/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.title}</Link>
                  <p className="text-xs text-slate-500">Added {a.createdAt.toISOString().slice(0, 10)}{a.publishedAt ? ` · published ${a.publishedAt.toISOString().slice(0, 10)}` : ""}</p>
                </div>
                <p className="text-sm text-slate-600">
                  <span className="font-semibold text-slate-800">{a.drafts}</span> to check · <span className="font-semibold text-emerald-700">{a.approved}</span> approved · {a.rejected} rejected
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="quizzes-heading">
        <h2 id="quizzes-heading" className="mb-3 text-lg font-semibold">Quizzes</h2>
        {quizzes.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No quizzes yet. Approve some questions, then build a quiz.</p>
        ) : (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {quizzes.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <Link href={`/teach/quizzes/${q.id}`} className="font-medium text-brand-700 hover:underline">{q.title}</Link>
                <p className="flex items-center gap-3 text-sm text-slate-600">
                  {q.questionCount} questions · {q.attemptCount} attempts <StatusBadge status={q.status} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
