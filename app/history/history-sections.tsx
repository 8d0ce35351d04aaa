// The score history's summaries: accuracy bars, per-quiz best/latest/grade, class standing.
import Link from "next/link";
import type { Accuracy, FactKindGroup, QuizSummary } from "../_server/history/score-history-stats";
import type { ClassStandings } from "../_server/history/get-score-history";
import { formatPoints } from "../_components/format";
import { formatDay, formatPercent } from "../_components/duration";

const GROUP_TEXT: Record<FactKindGroup, { label: string; hint: string }> = {
  people: { label: "People", hint: "meetings, who holds which office" },
  numbers: { label: "Numbers", hint: "counts, rates, money" },
  places: { label: "Places", hint: "where things happened" },
  dates: { label: "Dates", hint: "when things happened" },
  other: { label: "Other", hint: "everything else" },
};

const GRADING_TEXT: Record<QuizSummary["grading"], string> = {
  highest: "your highest attempt",
  latest: "your latest attempt",
  first: "your first attempt",
  average: "the average of your attempts",
};

function barTone(accuracy: number): string {
  if (accuracy >= 0.8) return "bg-emerald-500";
  if (accuracy >= 0.5) return "bg-brand-600";
  return "bg-amber-500";
}

function AccuracyList({ rows, label, testId }: { rows: { key: string; label: string; hint?: string; row: Accuracy }[]; label: string; testId: string }) {
  return (
    <ul aria-label={label} className="space-y-3" data-testid={testId}>
      {rows.map(({ key, label: name, hint, row }) => (
        <li key={key}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
            <span className="min-w-0 truncate">
              <span className="font-medium text-slate-800">{name}</span>
              {hint && <span className="ml-1.5 hidden text-xs text-slate-500 sm:inline">{hint}</span>}
            </span>
            <span className="tabular-nums text-slate-600">
              <span className="font-semibold text-slate-900">{formatPercent(row.accuracy)}</span>
              <span className="ml-1.5 text-xs">
                {/* Part marks count in the percentage: "40% · 0 of 1 right" read as a contradiction. */}
                {row.correct} of {row.answered} {Math.abs(row.accuracy * row.answered - row.correct) > 1e-6 ? "fully right" : "right"}
              </span>
            </span>
          </div>
          <div className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden>
            <div className={`h-full rounded-full ${barTone(row.accuracy)}`} style={{ width: `${Math.max(row.accuracy * 100, 1.5)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function AccuracySection({ factKinds, tags }: { factKinds: Accuracy[]; tags: Accuracy[] }) {
  return (
    <section aria-labelledby="accuracy-heading">
      <h2 id="accuracy-heading" className="text-lg font-semibold">Accuracy</h2>
      <p className="mt-1 text-sm text-slate-600">Share of the marks you earned, over every question whose marks you have seen (a quiz that keeps its answers back counts once it shows them).</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h3 className="mb-3 text-sm font-semibold text-slate-700">By kind of fact</h3>
          <AccuracyList
            label="Accuracy by kind of fact"
            testId="accuracy-kinds"
            rows={factKinds.map((row) => ({ key: row.key, ...GROUP_TEXT[row.key as FactKindGroup], row }))}
          />
        </div>
        <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h3 className="mb-3 text-sm font-semibold text-slate-700">By topic</h3>
          {tags.length === 0 ? (
            <p className="text-sm text-slate-600">None of the questions you answered had a topic tag.</p>
          ) : (
            <AccuracyList label="Accuracy by topic" testId="accuracy-tags" rows={tags.slice(0, 12).map((row) => ({ key: row.key, label: row.key, row }))} />
          )}
        </div>
      </div>
    </section>
  );
}

export function QuizSummaries({ quizzes, timeZone }: { quizzes: QuizSummary[]; timeZone: string }) {
  return (
    <section aria-labelledby="quizzes-heading">
      <h2 id="quizzes-heading" className="text-lg font-semibold">Your quizzes</h2>
      <ul className="quiz-cards mt-3 grid gap-3 sm:grid-cols-2">
        {quizzes.map((q) => (
          <li key={q.quizId} data-testid="quiz-summary">
            <div>
              <Link href={`/attempts/${q.latest.attemptId}`} title={q.quizTitle}>{q.quizTitle}</Link>
              <span>{`${q.attempts} attempt${q.attempts === 1 ? "" : "s"}`}</span>
            </div>
            <dl>
              <div>
                <dt>Best</dt>
                <dd>{formatPercent(q.best.fraction)}</dd>
                <dd>{`${formatPoints(q.best.score)} / ${formatPoints(q.best.maxScore)}`}</dd>
              </div>
              <div>
                <dt>Latest</dt>
                <dd>{formatPercent(q.latest.fraction)}</dd>
                <dd>{formatDay(q.latest.submittedAt, timeZone)}</dd>
              </div>
              <div className="grade">
                <dt>Grade</dt>
                <dd>{formatPercent(q.grade)}</dd>
              </div>
            </dl>
            <p>{`Grade: ${GRADING_TEXT[q.grading]}.`}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClassStandingSection({ classes }: { classes: ClassStandings[] }) {
  return (
    <section aria-labelledby="classes-heading">
      <h2 id="classes-heading" className="text-lg font-semibold">In your classes</h2>
      <p className="mt-1 text-sm text-slate-600">Your grade on each assigned quiz next to the middle grade of your classmates who took it.</p>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {classes.map((c) => (
          <li key={c.classId} className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="class-standing">
            <h3 className="font-semibold">{c.className}</h3>
            {c.quizzes.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No quizzes assigned yet.</p>
            ) : (
              <ul className="mt-3 space-y-4">
                {c.quizzes.map((q) => (
                  <li key={q.quizId}>
                    <p className="truncate text-sm font-medium text-slate-800">{q.quizTitle}</p>
                    <p className="text-sm tabular-nums text-slate-600">
                      You: <span className="font-semibold text-slate-900">{q.you === null ? "not taken yet" : formatPercent(q.you)}</span>
                      <span aria-hidden> · </span>class median: <span className="font-semibold text-slate-900">{q.median === null ? "too few grades yet" : formatPercent(q.median)}</span>
                    </p>
                    {(q.you !== null || q.median !== null) && (
                      <div className="relative mt-2 h-2.5 rounded-full bg-slate-100" aria-hidden>
                        {q.you !== null && <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.max(q.you * 100, 1.5)}%` }} />}
                        {q.median !== null && <div className="absolute -top-1 h-4.5 w-0.5 -translate-x-1/2 rounded bg-slate-800" style={{ left: `${q.median * 100}%` }} />}
                      </div>
                    )}
                    {q.median !== null && <p className="mt-1 text-xs text-slate-500">Median of {q.graded} learners&apos; grades (bar: you, line: median).</p>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
