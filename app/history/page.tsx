import type { Metadata } from "next";
import { DataTable, Pager, pageNumber } from "../_components/ui";
import Link from "next/link";
import { formatPoints, percentOf } from "../_components/format";
import { formatDuration, formatPercent } from "../_components/duration";
import { requireUser } from "../_server/auth/session";
import { countMyAttempts, listMyAttempts } from "../_server/history/list-my-attempts";
import { getScoreHistory } from "../_server/history/get-score-history";
import { getPracticeSummary } from "../_server/practice/practice-queue";
import { PracticeSummary } from "../_components/practice-summary";
import { ScoreChart } from "./score-chart";
import { readerTime } from "../_server/time/reader-time";
import { AccuracySection, ClassStandingSection, QuizSummaries } from "./history-sections";

export const metadata: Metadata = { title: "My history" };

/** Rows of the "Every attempt" table per page. */
const ATTEMPTS_PER_PAGE = 25;

export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const actor = await requireUser("/history");
  const page = pageNumber((await searchParams).page);
  const local = await readerTime();
  const [attempts, total, history, review] = await Promise.all([
    listMyAttempts({ actor, limit: ATTEMPTS_PER_PAGE, offset: (page - 1) * ATTEMPTS_PER_PAGE }),
    countMyAttempts({ actor }),
    getScoreHistory({ actor }),
    getPracticeSummary({ actor }),
  ]);
  const mean = history.attempts.length ? history.attempts.reduce((s, a) => s + a.fraction, 0) / history.attempts.length : null;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">My history</h1>
        <p className="mt-1 text-sm text-slate-600">
          {history.attempts.length
            ? `${history.attempts.length} submitted attempt${history.attempts.length === 1 ? "" : "s"} at ${history.quizzes.length} quiz${history.quizzes.length === 1 ? "" : "zes"} · average ${formatPercent(mean ?? 0)}`
            : "Every quiz you take shows up here."}
        </p>
      </header>

      <PracticeSummary summary={review} timeZone={local.zone} />

      {history.attempts.length > 0 && (
        <section aria-labelledby="chart-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="chart-heading" className="mb-4 text-lg font-semibold">Scores over time</h2>
          <ScoreChart points={history.attempts} timeZone={local.zone} />
        </section>
      )}

      {history.quizzes.length > 0 && <QuizSummaries quizzes={history.quizzes} timeZone={local.zone} />}
      {history.factKinds.length > 0 && <AccuracySection factKinds={history.factKinds} tags={history.tags} />}
      {history.classes.length > 0 && <ClassStandingSection classes={history.classes} />}

      <section aria-labelledby="attempts-heading">
        <h2 id="attempts-heading" className="text-lg font-semibold">Every attempt</h2>
        <p className="mt-1 text-sm text-slate-600">Newest first.</p>
        {attempts.length === 0 && total === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            No attempts yet. <Link href="/" className="font-medium text-brand-700 underline">Take a quiz</Link>.
          </p>
        ) : (
          <DataTable columns={[{ label: "Quiz" }, { label: "Date" }, { label: "Time", align: "right" }, { label: "Score", align: "right" }]} className="mt-3" rows="roomy">
                {attempts.map((a) => {
                  const when = a.submittedAt ?? a.startedAt;
                  return (
                    <tr key={a.id}>
                      <td>
                        <Link href={`/attempts/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.quizTitle}</Link>
                      </td>
                      <td className="text-slate-600">
                        <time dateTime={when.toISOString()} className="tabular-nums">
                          <span className="whitespace-nowrap">{local.date(when)},</span>{" "}
                          <span className="whitespace-nowrap text-slate-500">{local.time(when)}</span>
                        </time>
                      </td>
                      <td className="text-right whitespace-nowrap tabular-nums text-slate-600" data-testid="history-time">
                        {a.seconds === null ? "–" : formatDuration(a.seconds)}
                      </td>
                      <td className="text-right tabular-nums" data-testid="history-score">
                        {a.status === "submitted" && a.score !== null ? (
                          <span className="font-semibold">
                            <span className="whitespace-nowrap">{`${formatPoints(a.score)} / ${formatPoints(a.maxScore)}`}</span>{" "}
                            <span className="whitespace-nowrap text-slate-500">{`${percentOf(a.score, a.maxScore)}%`}</span>
                          </span>
                        ) : (
                          <span className="text-amber-700">In progress</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
          </DataTable>
        )}
        <Pager label="Pages of attempts" page={page} pages={Math.ceil(total / ATTEMPTS_PER_PAGE)} href={(p) => `/history?page=${p}#attempts-heading`} />
      </section>
    </div>
  );
}
