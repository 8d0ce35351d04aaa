import type { Metadata } from "next";
import { orNotFound } from "../../../_server/http/or-not-found";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { getImportJob } from "../../../_server/imports/get-import-job";
import { JobStatusBadge, ProgressBar } from "../../../_components/import-job";
import { AutoRefresh } from "../../../_components/auto-refresh";

export const metadata: Metadata = { title: "Feed import" };

type Job = Awaited<ReturnType<typeof getImportJob>>;

async function load(jobId: string): Promise<Job> {
  const actor = await requireTeacher(`/teach/imports/${jobId}`);
  return orNotFound(getImportJob({ actor, jobId }));
}

function Count({ label, value, tone }: { label: string; value: number; tone: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className={`mt-1 text-2xl font-bold ${tone}`}>{value}</dd>
    </div>
  );
}

export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const job = await load(jobId);
  const active = job.status === "running" || job.status === "queued";
  return (
    <div className="space-y-6">
      {active && <AutoRefresh />}
      <header>
        <p className="text-sm">
          <Link href="/teach" className="text-brand-700 underline">Teach</Link>
          <span aria-hidden className="text-slate-400"> / </span>
          <Link href="/teach/imports" className="text-brand-700 underline">Imports</Link>
        </p>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight">
          Feed import <JobStatusBadge status={job.status} />
        </h1>
        <p className="mt-1 break-all text-sm text-slate-600">{job.url}</p>
      </header>

      <section aria-labelledby="progress-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="progress-heading" className="font-semibold">Progress</h2>
          <p role="status" className="text-sm text-slate-600">
            {job.status === "done"
              ? `Finished: ${job.processed} of ${job.total} items.`
              : job.status === "failed"
                ? "The import stopped because of an error."
                : `${job.processed} of ${job.total} items so far. You can leave this page; the import carries on.`}
          </p>
        </div>
        <ProgressBar processed={job.processed} total={job.total} label="Import progress" />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Count label="Imported" value={job.done} tone="text-emerald-700" />
          <Count label="Already there" value={job.skipped} tone="text-slate-800" />
          <Count label="Failed" value={job.failed} tone={job.failed ? "text-red-700" : "text-slate-800"} />
          <Count label="Remaining" value={Math.max(0, job.total - job.processed)} tone="text-slate-800" />
        </dl>
      </section>

      {job.failures.length > 0 && (
        <section aria-labelledby="failures-heading">
          <h2 id="failures-heading" className="mb-3 text-lg font-semibold">Could not import</h2>
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-red-200 bg-white shadow-sm">
            {job.failures.map((f) => (
              <li key={f.item} className="px-4 py-3">
                <p className="font-medium text-slate-800">{f.title ?? f.item}</p>
                <p className="break-all text-xs text-slate-500">{f.item}</p>
                <p className="mt-1 text-sm text-red-800">{f.message}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="imported-heading">
        <h2 id="imported-heading" className="mb-3 text-lg font-semibold">Imported articles</h2>
        {job.imported.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            {active ? "None yet: the first articles appear here as they are read." : job.skipped > 0 ? "Nothing new: every item had been imported before." : "No articles were imported."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {job.imported.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <Link href={`/teach/articles/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.title}</Link>
                {a.publishedAt && <span className="text-xs text-slate-500">published {a.publishedAt.toISOString().slice(0, 10)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
