import type { Metadata } from "next";
import Link from "next/link";
import { QUESTION_TYPES } from "@/questions/schema";
import { requireTeacher } from "../../_server/auth/session";
import { listBankQuestions } from "../../_server/bank/list-bank-questions";
import { importQuestionsAction } from "../../_server/teach/teach-actions";
import { QuestionPreview } from "../../_components/question-preview";
import { ImportForm } from "../../_components/import-form";
import { StatusBadge, inputClass } from "../../_components/ui";
import { originText } from "../../_components/question-origin";

export const metadata: Metadata = { title: "Question bank" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function BankPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireTeacher("/teach/bank");
  const params = await searchParams;
  const bank = await listBankQuestions({
    actor,
    filter: { q: one(params.q), type: one(params.type), status: one(params.status), tag: one(params.tag), articleId: one(params.articleId), from: one(params.from), to: one(params.to), page: Number(one(params.page) ?? 1) },
  });
  const f = bank.filter;
  // A day the calendar does not have ("2026-13-45") is left out of the filter, and said so.
  const ignoredDays = (["from", "to"] as const).flatMap((key) => (one(params[key]) && !f[key] ? [one(params[key])!] : []));
  const pageLink = (page: number) => `/teach/bank?${new URLSearchParams(Object.entries({ ...f, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm"><Link href="/teach" className="text-brand-700 underline">Teach</Link></p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">Question bank</h1>
          <p className="mt-1 text-sm text-slate-600">{bank.total} question{bank.total === 1 ? "" : "s"}{f.q || f.type || f.status || f.tag || f.articleId || f.from || f.to ? (bank.total === 1 ? " matches" : " match") : ""}.</p>
        </div>
        <Link href="/teach/questions/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Write a question</Link>
      </header>

      {ignoredDays.length > 0 && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {ignoredDays.map((d) => `“${d.slice(0, 40)}”`).join(" and ")} {ignoredDays.length === 1 ? "is not a date" : "are not dates"}, so the filter leaves {ignoredDays.length === 1 ? "it" : "them"} out. Pick a day from the calendar.
        </p>
      )}

      <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end" role="search" aria-label="Filter questions">
        <div>
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">Text</label>
          <input id="q" name="q" defaultValue={f.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="type" className="block text-sm font-medium text-slate-700">Type</label>
          <select id="type" name="type" defaultValue={f.type ?? ""} className={inputClass}>
            <option value="">Any</option>
            {QUESTION_TYPES.map((t) => <option key={t} value={t}>{t.replace("_", " ")}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-700">Status</label>
          <select id="status" name="status" defaultValue={f.status ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="draft">draft</option>
            <option value="approved">approved</option>
            <option value="rejected">rejected</option>
          </select>
        </div>
        <div>
          <label htmlFor="tag" className="block text-sm font-medium text-slate-700">Tag</label>
          <select id="tag" name="tag" defaultValue={f.tag ?? ""} className={inputClass}>
            <option value="">Any</option>
            {bank.tags.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Filter</button>
        <div className="sm:col-span-2">
          <label htmlFor="articleId" className="block text-sm font-medium text-slate-700">Article</label>
          <select id="articleId" name="articleId" defaultValue={f.articleId ?? ""} className={inputClass}>
            <option value="">Any</option>
            {bank.articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium text-slate-700">Added from</label>
          <input id="from" name="from" type="date" defaultValue={f.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium text-slate-700">to</label>
          <input id="to" name="to" type="date" defaultValue={f.to} className={inputClass} />
        </div>
      </form>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="list-heading">
          <form id="export" method="get" action="/teach/bank/export" className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm shadow-sm">
            <h2 id="list-heading" className="mr-auto font-semibold">Questions</h2>
            <span className="text-slate-500">Export checked (or all) as</span>
            <button name="format" value="gift" className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold text-slate-700 hover:bg-slate-50">GIFT</button>
            <button name="format" value="json" className="rounded-md border border-slate-300 px-3 py-1.5 font-semibold text-slate-700 hover:bg-slate-50">JSON</button>
          </form>
          {bank.questions.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No questions here yet.</p>
          ) : (
            <ol className="space-y-3">
              {bank.questions.map((q) => (
                <li key={q.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                  <div className="flex items-start gap-3">
                    <input type="checkbox" name="id" value={q.id} form="export" aria-label={`Select: ${q.question.prompt.slice(0, 80)}`} className="mt-1.5 h-4 w-4 accent-brand-600" />
                    <div className="min-w-0 flex-1">
                      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                        <StatusBadge status={q.status} />
                        {q.article ? <Link href={`/teach/articles/${q.article.id}#q-${q.id}`} className="underline">{q.article.title}</Link> : <span data-testid="question-origin">{originText(q.origin)}</span>}
                        {q.question.tags?.map((t) => <span key={t} className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-700">{t}</span>)}
                      </div>
                      <QuestionPreview question={q.question} />
                      <Link href={`/teach/questions/${q.id}`} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">Edit</Link>
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          )}
          {bank.pages > 1 && (
            <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
              {f.page > 1 && <Link href={pageLink(f.page - 1)} className="text-brand-700 underline">Previous</Link>}
              <span className="text-slate-600">Page {f.page} of {bank.pages}</span>
              {f.page < bank.pages && <Link href={pageLink(f.page + 1)} className="text-brand-700 underline">Next</Link>}
            </nav>
          )}
        </section>
        <aside className="space-y-2 self-start rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="font-semibold">Import</h2>
          <p className="text-sm text-slate-600">Moodle GIFT files: categories become tags. Questions that cannot be read are listed by line.</p>
          <ImportForm action={importQuestionsAction} />
        </aside>
      </div>
    </div>
  );
}
