import type { Metadata } from "next";
import { orNotFound } from "../../../_server/http/or-not-found";
import { DataTable, Pager, pageNumber } from "../../../_components/ui";
import { plural } from "../../../_components/format";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { getQuizReport } from "../../../_server/quizzes/quiz-report";
import { previewQuizAction } from "../../../_server/attempts/quiz-actions";
import { startLiveGameAction } from "../../../_server/live/live-actions";
import { QuestionPreview } from "../../../_components/question-preview";
import { formatPoints, percentOf } from "../../../_components/format";
import { getQuizForManaging } from "../../../_server/quizzes/manage-quiz";
import { QuizManagePanel } from "./quiz-manage-panel";
import { AnswerBars } from "./answer-bars";
import { readerTime } from "../../../_server/time/reader-time";
import { listLiveGames } from "../../../_server/live/game-report";
import { PastLiveGames } from "../../../live/_components/past-games";

export const metadata: Metadata = { title: "Quiz report" };

const FLAG_TEXT: Record<string, string> = {
  too_easy: "Very easy: almost everyone got it right",
  too_hard: "Very hard: few got it right",
  negative_discrimination: "Strong learners did worse than weak ones: check the key",
  weak_discrimination: "Does not separate strong from weak learners",
};

async function load(quizId: string) {
  const actor = await requireTeacher(`/teach/quizzes/${quizId}`);
  return Promise.all([orNotFound(getQuizReport({ actor, quizId })), orNotFound(getQuizForManaging({ actor, quizId })), orNotFound(listLiveGames({ actor, quizId }))]);
}

const GRADING_TEXT: Record<string, string> = {
  highest: "highest attempt",
  latest: "latest attempt",
  first: "first attempt",
  average: "average of attempts",
};

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);

/** Learners per page of the grade table and the final grades (all of them are in the CSV). */
const LEARNERS_PER_PAGE = 50;

export default async function QuizReportPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<{ page?: string | string[]; empty?: string; saved?: string; live?: string }> }) {
  const { quizId } = await params;
  const [report, managed, liveGames] = await load(quizId);
  const time = await readerTime();
  const { empty, saved, live } = await searchParams;
  const mean = report.grades.length ? report.grades.reduce((s, g) => s + percentOf(g.score, g.maxScore), 0) / report.grades.length : null;
  // A page is a set of learners (in the order they first submitted): their attempts and their final grades.
  const pages = Math.ceil(report.finalGrades.length / LEARNERS_PER_PAGE);
  const page = Math.min(pageNumber((await searchParams).page), Math.max(1, pages));
  const finalGrades = report.finalGrades.slice((page - 1) * LEARNERS_PER_PAGE, page * LEARNERS_PER_PAGE);
  const onPage = new Set(finalGrades.map((f) => f.learner.id));
  const grades = report.grades.filter((g) => onPage.has(g.learner.id));
  const pager = (label: string) => <Pager label={label} page={page} pages={pages} href={(p) => `/teach/quizzes/${report.id}?page=${p}#grades-heading`} />;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm"><Link href="/teach" className="text-brand-700 underline">Teach</Link></p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">{report.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {report.learners} learner{report.learners === 1 ? "" : "s"} · {plural(report.grades.length, "submitted attempt")}{mean !== null ? ` · mean ${Math.round(mean)}%` : ""} · statistics use first attempts
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <form action={startLiveGameAction.bind(null, report.id)} className="flex items-center gap-1">
            <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Run live</button>
            <label htmlFor="live-seconds" className="sr-only">Time for each question in the live game</label>
            <select id="live-seconds" name="seconds" defaultValue="20" className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm text-slate-700">
              {[10, 20, 30, 60].map((s) => <option key={s} value={s}>{s} s a question</option>)}
            </select>
            <label className="flex items-center gap-1.5 px-1 text-sm text-slate-700">
              <input type="checkbox" name="streak" className="h-4 w-4" /> Streak bonus
            </label>
          </form>
          <form action={previewQuizAction.bind(null, report.id)}>
            <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Preview as a learner</button>
          </form>
          <a href={`/teach/quizzes/${report.id}/report`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Download grades (CSV)</a>
        </div>
      </header>

      {live === "empty" && <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">A live game needs at least one question it can ask: ordering and matching questions are left out of live games.</p>}

      <QuizManagePanel quiz={managed} notice={empty ? "empty" : saved ? "saved" : null} timeZone={time.zone} />

      <PastLiveGames quizId={report.id} games={liveGames} dateTime={time.dateTime} />

      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading" className="mb-3 text-lg font-semibold">Grades</h2>
        {report.grades.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Nobody has submitted this quiz yet.</p>
        ) : (
          <DataTable columns={[{ label: "Learner" }, { label: "Attempt" }, { label: "Submitted" }, { label: "Time" }, { label: "Score", align: "right" }]} rows="compact">
                {grades.map((g) => (
                  <tr key={g.attemptId}>
                    <td>{g.learner.name} <span className="text-slate-500">{g.learner.email}</span></td>
                    <td>{g.attemptNumber}</td>
                    <td className="text-slate-600">{time.dateTime(g.submittedAt)}</td>
                    <td className="text-slate-600">{`${Math.floor(g.seconds / 60)}m ${g.seconds % 60}s`}</td>
                    <td className="text-right font-semibold tabular-nums">{`${formatPoints(g.score)} / ${formatPoints(g.maxScore)} `}<span className="text-slate-500">{`${percentOf(g.score, g.maxScore)}%`}</span></td>
                  </tr>
                ))}
          </DataTable>
        )}
        {pager("Pages of the grade table")}
      </section>

      {finalGrades.length > 0 && (
        <section aria-labelledby="final-heading">
          <h2 id="final-heading" className="mb-3 text-lg font-semibold">Final grades <span className="text-sm font-normal text-slate-500">({GRADING_TEXT[report.grading]})</span></h2>
          <ul className="grade-cards grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {finalGrades.map((f) => (
              <li key={f.learner.id}>
                <span>{f.learner.name}</span>
                <span>{`${Math.round(f.grade * 100)}%`}</span>
              </li>
            ))}
          </ul>
          {pager("Pages of the final grades")}
        </section>
      )}

      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-3 text-lg font-semibold">Questions</h2>
        <ol className="space-y-4">
          {report.questions.map((q, i) => (
            <li key={q.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="item-report">
              <div className="flex flex-wrap items-start justify-between gap-4">
                <div className="min-w-0 flex-1 basis-64">
                  <p className="text-sm text-slate-500">{`Question ${i + 1}`}</p>
                  <QuestionPreview question={q.question} />
                </div>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                  <dt className="text-slate-500">Facility</dt>
                  <dd className="text-right font-semibold tabular-nums">{pct(q.stats.facility)}</dd>
                  <dt className="text-slate-500">Discrimination</dt>
                  <dd className="text-right font-semibold tabular-nums">{q.stats.discrimination === null ? "–" : q.stats.discrimination.toFixed(2)}</dd>
                </dl>
              </div>
              {q.stats.flags.length > 0 && (
                <ul className="mt-3 flex flex-wrap gap-2">
                  {q.stats.flags.map((f) => (
                    <li key={f} className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${f === "negative_discrimination" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-800"}`}>{FLAG_TEXT[f]}</li>
                  ))}
                </ul>
              )}
              {q.distribution.length > 0 && <AnswerBars answers={q.distribution} attempts={q.stats.attempts} />}
              <Link href={`/teach/quizzes/${report.id}/regrade/${q.id}`} className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">Fix the key and regrade</Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
