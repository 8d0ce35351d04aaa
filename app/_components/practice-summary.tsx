// What is waiting in the learner's practice queue: for the history page (and anywhere else that
// wants it). A server component; pass it the result of getPracticeSummary.
import Link from "next/link";
import type { PracticeSummary as Summary } from "../_server/practice/practice-queue";
import { describeDueIn } from "../_server/practice/practice-rating";
import { formatDateTime } from "../_server/time/reader-time";
import { plural } from "./format";

/** `timeZone`: the reader's (readerTime().zone), so the next due time reads as on every other page. */
export function PracticeSummary({ summary, timeZone, now = new Date(), showLink = true }: { summary: Summary; timeZone: string; now?: Date; showLink?: boolean }) {
  return (
    <section aria-labelledby="practice-summary-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="practice-summary">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="practice-summary-heading" className="font-semibold">Your practice queue</h2>
          <p className="mt-1 text-sm text-slate-600">
            {summary.total === 0
              ? "Questions you miss, or mark as hard, come back here just before you would forget them."
              : summary.dueNow > 0
                ? `${plural(summary.dueNow, "question")} due now.`
                : summary.nextDue
                  ? `Nothing due now. Next practice ${describeDueIn(summary.nextDue, now)}.`
                  : "Nothing due."}
          </p>
        </div>
        {showLink && summary.dueNow > 0 && (
          <Link href="/practice" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
            Practise now
          </Link>
        )}
      </div>
      {summary.total > 0 && (
        <dl className="mt-4 grid grid-cols-3 gap-3 text-center">
          <Stat label="due now" value={summary.dueNow} strong={summary.dueNow > 0} />
          <Stat label="next 24 hours" value={summary.dueToday} />
          <Stat label="in your queue" value={summary.total} />
        </dl>
      )}
      {summary.nextDue && summary.total > 0 && (
        <p className="mt-3 text-xs text-slate-500">
          Next practice: <time dateTime={summary.nextDue.toISOString()}>{formatDateTime(summary.nextDue, timeZone)}</time>
        </p>
      )}
    </section>
  );
}

function Stat({ label, value, strong = false }: { label: string; value: number; strong?: boolean }) {
  return (
    <div className={`rounded-lg px-2 py-2 ${strong ? "bg-brand-50" : "bg-slate-50"}`}>
      <dt className="text-xs text-slate-700">{label}</dt>
      <dd className={`text-xl font-bold tabular-nums ${strong ? "text-brand-700" : "text-slate-800"}`}>{value}</dd>
    </div>
  );
}

/** A count for the navigation bar: nothing when nothing is due. */
export function PracticeDueBadge({ dueNow }: { dueNow: number }) {
  if (dueNow <= 0) return null;
  return (
    <span className="ml-1 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white tabular-nums">
      {dueNow > 99 ? "99+" : dueNow}
      <span className="sr-only"> due</span>
    </span>
  );
}
