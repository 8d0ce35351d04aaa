import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../_server/auth/session";
import { listImportJobs } from "../../_server/imports/get-import-job";
import { startFeedImportAction } from "../../_server/imports/import-actions";
import { FEED_MAX_ITEMS } from "../../_server/imports/import-rules";
import { WebAddressForm } from "../../_components/web-address-form";
import { JobStatusBadge, ProgressBar } from "../../_components/import-job";
import { AutoRefresh } from "../../_components/auto-refresh";
import { readerTime } from "../../_server/time/reader-time";

export const metadata: Metadata = { title: "Import a feed" };

export default async function ImportsPage() {
  const actor = await requireTeacher("/teach/imports");
  const [jobs, local] = await Promise.all([listImportJobs({ actor }), readerTime()]);
  const anyRunning = jobs.some((j) => j.status === "running" || j.status === "queued");
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm"><Link href="/teach" className="text-brand-700 underline">Teach</Link></p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">Import a feed</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every new item in an RSS or Atom feed becomes an article with draft questions. Items you imported before are skipped, so you can import the same feed again next week.
        </p>
      </header>

      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <WebAddressForm
          action={startFeedImportAction}
          id="feed-url"
          label="Feed address (RSS or Atom)"
          hint={`Up to ${FEED_MAX_ITEMS} items per import. The import keeps going if you leave this page.`}
          submitLabel="Start import"
          pendingLabel="Reading the feed…"
        />
      </div>

      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading" className="mb-3 text-lg font-semibold">Recent imports</h2>
        {anyRunning && <AutoRefresh everyMs={3000} />}
        {jobs.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No imports yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {jobs.map((job) => (
              <li key={job.id} className="space-y-2 px-4 py-3">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0">
                    <Link href={`/teach/imports/${job.id}`} className="block truncate font-medium text-brand-700 hover:underline">{job.url}</Link>
                    <p className="text-xs text-slate-500">
                      Started {local.dateTime(job.createdAt)}{job.ownerName ? ` · by ${job.ownerName}` : ""}
                    </p>
                  </div>
                  <p className="flex items-center gap-3 text-sm text-slate-600">
                    <span>
                      <span className="font-semibold text-slate-800">{job.done}</span> imported · {job.skipped} skipped · {job.failed} failed
                    </span>
                    <JobStatusBadge status={job.status} />
                  </p>
                </div>
                <ProgressBar processed={job.processed} total={job.total} label={`Progress of ${job.url}`} size="sm" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
