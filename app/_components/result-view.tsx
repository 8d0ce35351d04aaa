import Link from "next/link";
import { formatDateTime } from "../_server/time/reader-time";
import { formatPoints, percentOf } from "./format";
import { YourAnswerFeedback } from "./answer-feedback";
import type { AttemptResult } from "../_server/attempts/get-attempt-result";
import { PracticeLater } from "./practice-later-button";
import { FocusOnArrival } from "./focus-on-arrival";

/** `timeZone`: the reader's (getReaderTimeZone), for the submission time. */
export function ResultView({ result, guest = false, timeZone }: { result: AttemptResult; guest?: boolean; timeZone: string }) {
  const percent = percentOf(result.score, result.maxScore);
  return (
    <div className="space-y-6">
      <FocusOnArrival targetId="score-heading" />
      <section className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="score-heading">
        {result.preview && <PreviewNotice />}
        <p className="text-sm font-medium text-slate-500">Your result</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">{result.quiz.title}</h1>
        {result.endedByTime && (
          <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
            Time&apos;s up: your answers were submitted when the time ran out. Answers saved in time are marked.
          </p>
        )}
        <p id="score-heading" tabIndex={-1} className="mt-4 text-4xl font-bold text-brand-700" data-testid="score">
          {formatPoints(result.score)} / {formatPoints(result.maxScore)}
          <span className="ml-3 text-xl font-semibold text-slate-500">{percent}%</span>
        </p>
        <p className="mt-2 text-sm text-slate-600">Submitted <time dateTime={result.submittedAt.toISOString()}>{formatDateTime(result.submittedAt, timeZone)}</time></p>
        {!result.answersShown && <p className="mt-2 text-sm text-amber-800">Your teacher will show the correct answers later.</p>}
        {guest && (
          <p className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
            You are trying Newsquiz as a guest. <Link href="/sign-up?next=/history" className="font-semibold underline">Create an account</Link> and this score moves into your history.
          </p>
        )}
        <div className="mt-4 flex gap-4 text-sm font-medium">
          <Link href={`/quiz/${result.quiz.id}`} className="text-brand-700 underline">Try again</Link>
          <Link href="/history" className="text-brand-700 underline">My history</Link>
        </div>
      </section>
      <ol className="space-y-4">
        {result.questions.map((q, i) => {
          // Marks per question are held back with the answers: on a true/false question one is the answer.
          const verdict = q.fraction === null ? "Marked" : q.fraction >= 1 ? "Correct" : q.fraction > 0 ? "Partly correct" : "Incorrect";
          const tone =
            q.fraction === null
              ? "border-slate-300 bg-slate-50 text-slate-700"
              : q.fraction >= 1
                ? "border-emerald-300 bg-emerald-50 text-emerald-800"
                : q.fraction > 0
                  ? "border-amber-300 bg-amber-50 text-amber-800"
                  : "border-red-300 bg-red-50 text-red-800";
          return (
            <li key={q.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex items-start justify-between gap-4">
                <h2 className="font-semibold"><span className="text-slate-500">{i + 1}.</span> {q.prompt}</h2>
                <span className={`shrink-0 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${tone}`}>
                  {q.earned === null ? `${verdict} · out of ${formatPoints(q.points)}` : `${verdict} · ${formatPoints(q.earned)}/${formatPoints(q.points)}`}
                </span>
              </div>
              <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                <dt className="text-slate-500">Your answer</dt>
                <dd>{q.yourAnswer}</dd>
                {q.correctAnswer !== null && (
                  <>
                    <dt className="text-slate-500">Correct answer</dt>
                    <dd className="font-medium">{q.correctAnswer}</dd>
                  </>
                )}
              </dl>
              <YourAnswerFeedback feedback={q.forYourAnswer} />
              {q.explanation && <p className="mt-3 text-sm text-slate-700">{q.explanation}</p>}
              {q.sourceSentence && (
                <figure className="mt-3 border-l-4 border-brand-100 pl-3 text-sm">
                  <blockquote className="italic text-slate-600">“{q.sourceSentence}”</blockquote>
                  {q.article && (
                    <figcaption className="mt-1 text-xs text-slate-500">
                      From{" "}
                      {q.article.source && /^https?:\/\//.test(q.article.source) ? (
                        <a href={q.article.source} className="underline" rel="noopener noreferrer">{q.article.title}</a>
                      ) : (
                        <span>{q.article.title}</span>
                      )}
                    </figcaption>
                  )}
                </figure>
              )}
              {!result.preview && result.answersShown && <PracticeLater questionId={q.id} missed={(q.fraction ?? 0) < 1} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** A teacher's preview, on its questions and on its result alike. */
export function PreviewNotice() {
  return (
    <p className="mb-4 rounded-md border border-violet-300 bg-violet-50 px-3 py-2 text-sm font-medium text-violet-900" data-testid="preview-banner">
      Preview: you are taking this quiz as a learner would. This attempt counts nowhere: not in reports, grades or history.
    </p>
  );
}
