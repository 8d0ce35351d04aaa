import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "../_server/auth/session";
import { getPracticeSession, getPracticeSummary } from "../_server/practice/practice-queue";
import { describeDueIn } from "../_server/practice/practice-rating";
import { readerTime } from "../_server/time/reader-time";
import { PracticeSession } from "../_components/practice-session";
import { PracticeSummary } from "../_components/practice-summary";
import { plural } from "../_components/format";

export const metadata: Metadata = { title: "Practice" };

/** The daily practice: due questions one at a time, oldest due first. `done` counts this sitting's answers. */
export default async function PracticePage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requireUser("/practice");
  const done = Math.min(Math.max(Number.parseInt((await searchParams).done ?? "0", 10) || 0, 0), 10_000);
  const now = new Date();
  const [session, summary, local] = await Promise.all([getPracticeSession({ actor, now, limit: 1 }), getPracticeSummary({ actor, now }), readerTime()]);
  const current = session.cards[0];
  const total = done + session.dueNow;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Practice</h1>
        <p className="mt-1 text-sm text-slate-600">Questions you missed or found hard come back just before you would forget them.</p>
      </header>
      {current && (
        <div>
          <p className="flex items-baseline justify-between text-sm text-slate-600" data-testid="practice-progress">
            <span>
              <span className="font-semibold text-slate-900">{done + 1}</span> of {total} due
            </span>
            {done > 0 && <span>{plural(done, "answer")} so far</span>}
          </p>
          <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200" aria-hidden>
            <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.round((done / Math.max(total, 1)) * 100)}%` }} />
          </div>
        </div>
      )}
      <PracticeSession
        item={current ? { cardId: current.cardId, question: current.question, article: current.article } : null}
        nextHref={`/practice?done=${done + 1}`}
      >
        <section className="rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm sm:p-8" aria-labelledby="caught-up-heading">
          <p aria-hidden className="mx-auto grid h-12 w-12 place-items-center rounded-full bg-emerald-100 text-2xl text-emerald-700">✓</p>
          <h2 id="caught-up-heading" className="mt-3 text-xl font-bold tracking-tight">All caught up</h2>
          <p className="mt-2 text-slate-600">
            {done > 0 ? `You answered ${plural(done, "question")} in this practice. ` : ""}
            {summary.nextDue ? (
              <>
                Next practice on <time dateTime={summary.nextDue.toISOString()} className="font-medium text-slate-900">{local.dateTime(summary.nextDue)}</time> ({describeDueIn(summary.nextDue, now)}).
              </>
            ) : (
              "Nothing is waiting: questions you miss in a quiz will appear here."
            )}
          </p>
          <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 underline">Take a quiz</Link>
        </section>
      </PracticeSession>
      {!current && <PracticeSummary summary={summary} timeZone={local.zone} now={now} showLink={false} />}
    </div>
  );
}
