// The report of one live game, for the quiz's teacher: who played and how they did, and per
// question what the room answered, how many got it right and how long they took.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "../../../../../_server/auth/session";
import { orNotFound } from "../../../../../_server/http/or-not-found";
import { getLiveGameReport } from "../../../../../_server/live/game-report";
import { readerTime } from "../../../../../_server/time/reader-time";
import { DataTable } from "../../../../../_components/ui";

export const metadata: Metadata = { title: "Live game report" };

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
const seconds = (x: number | null) => (x === null ? "–" : `${x.toFixed(1)} s`);

export default async function LiveGameReportPage({ params }: { params: Promise<{ quizId: string; gameId: string }> }) {
  const { quizId, gameId } = await params;
  const actor = await requireTeacher(`/teach/quizzes/${quizId}/live/${gameId}`);
  const report = await orNotFound(getLiveGameReport({ actor, gameId }));
  // The quiz in the address must be the game's: another quiz's id makes no page.
  if (report.quiz.id !== quizId) notFound();
  const time = await readerTime();
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm"><Link href={`/teach/quizzes/${quizId}`} className="text-brand-700 underline">Back to {report.quiz.title}</Link></p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">Live game: {report.quiz.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {report.endedAt ? `Played ${time.dateTime(report.endedAt)}` : "Still running"} · {report.players.length} player{report.players.length === 1 ? "" : "s"} · {report.secondsPerQuestion} s a question · streak bonus {report.streakBonus ? "on" : "off"}
        </p>
      </header>

      <section aria-labelledby="players-heading">
        <h2 id="players-heading" className="mb-3 text-lg font-semibold">Players</h2>
        {report.players.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Nobody played this game.</p>
        ) : (
          <DataTable columns={[{ label: "Rank", align: "right" }, { label: "Nickname" }, { label: "Right", align: "right" }, { label: "Score", align: "right" }]}>
            {report.players.map((p) => (
              <tr key={p.nickname} className="border-b border-slate-100 last:border-0" data-testid="report-player">
                <td className="px-3 py-2 text-right tabular-nums sm:px-4">{p.rank}</td>
                <td className="px-3 py-2 font-medium sm:px-4">{p.nickname}</td>
                <td className="px-3 py-2 text-right tabular-nums sm:px-4">{p.correct} of {report.questions.length}</td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums sm:px-4">
                  {p.score}
                  {p.bonus > 0 && <span className="block text-xs font-normal text-slate-600">incl. +{p.bonus} streak</span>}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="mb-3 text-lg font-semibold">Questions</h2>
        <ol className="space-y-4">
          {report.questions.map((q) => {
            const most = Math.max(1, ...q.distribution.map((d) => d.count));
            return (
              <li key={q.index} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="report-question">
                <div className="flex flex-wrap items-start justify-between gap-4">
                  {/* At least 16rem for the question, so on a phone the figures go below it. */}
                  <div className="min-w-0 flex-[1_1_16rem]">
                    <p className="text-sm text-slate-600">Question {q.index + 1}</p>
                    <p className="mt-1 font-medium">{q.prompt}</p>
                    {q.correctAnswer !== null && <p className="mt-1 text-sm text-slate-700">Answer: <strong>{q.correctAnswer}</strong></p>}
                  </div>
                  <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                    <dt className="text-slate-600">Right</dt>
                    <dd className="text-right font-semibold tabular-nums" data-testid="percent-right">{pct(q.facility)}</dd>
                    <dt className="text-slate-600">Answered</dt>
                    <dd className="text-right font-semibold tabular-nums">{q.answered} of {report.players.length}</dd>
                    <dt className="text-slate-600">Average time</dt>
                    <dd className="text-right font-semibold tabular-nums" data-testid="average-time">{seconds(q.averageSeconds)}</dd>
                  </dl>
                </div>
                <table className="mt-4 w-full text-sm">
                  <caption className="sr-only">Answers to question {q.index + 1}</caption>
                  <thead className="sr-only">
                    <tr><th scope="col">Answer</th><th scope="col">Share</th><th scope="col">Players</th></tr>
                  </thead>
                  <tbody>
                    {q.distribution.map((d) => (
                      <tr key={d.label} data-testid="report-answer">
                        <th scope="row" className={`max-w-[14rem] truncate py-0.5 pr-3 text-left font-normal ${d.correct ? "font-semibold text-emerald-800" : "text-slate-700"}`}>
                          {d.correct ? <span aria-label="right answer">✓ </span> : null}{d.label}
                        </th>
                        <td className="w-full py-0.5" aria-hidden>
                          <span className="block h-2.5 overflow-hidden rounded-full bg-slate-100">
                            <span className={`block h-full ${d.correct ? "bg-emerald-500" : "bg-slate-400"}`} style={{ width: `${Math.round((d.count / most) * 100)}%` }} />
                          </span>
                        </td>
                        <td className="py-0.5 pl-3 text-right tabular-nums text-slate-700">{d.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
