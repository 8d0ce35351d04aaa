import type { Metadata } from "next";
import { orNotFound } from "../../_server/http/or-not-found";
import { plural } from "../../_components/format";
import { requireUser } from "../../_server/auth/session";
import { viewAttempt } from "../../_server/attempts/view-attempt";
import { checkAnswerAction, goToQuestionAction, saveAnswerAction, submitAttemptAction } from "../../_server/attempts/quiz-actions";
import { Autosave } from "../../_components/autosave";
import { Countdown } from "../../_components/countdown";
import { QuestionInput } from "../../_components/question-input";
import { ResultView } from "../../_components/result-view";
import { SubmitButton } from "../../_components/submit-button";

export const metadata: Metadata = { title: "Quiz attempt" };

/** One address for an attempt: the questions while it is open, the marked result once submitted. */
export default async function AttemptPage({ params, searchParams }: { params: Promise<{ attemptId: string }>; searchParams: Promise<{ q?: string }> }) {
  const { attemptId } = await params;
  const { q: screenParam } = await searchParams;
  const actor = await requireUser(`/attempts/${attemptId}`);
  const view = await orNotFound(viewAttempt({ attemptId, actor }));
  if ("result" in view) return <ResultView result={view.result} guest={actor.isGuest} />;
  const attempt = view.taking;
  const save = saveAnswerAction.bind(null, attempt.id);
  const total = attempt.questions.length;
  // One question per screen: which one (1-based, from ?q=), else the whole quiz.
  const screen = attempt.onePerScreen ? Math.min(Math.max(1, Number(screenParam) || 1), total) : null;
  const shown = screen === null ? attempt.questions : attempt.questions.slice(screen - 1, screen);
  const current = screen === null ? null : attempt.questions[screen - 1]!;
  const answered = attempt.questions.filter((q) => q.saved !== undefined).length;
  return (
    <form id="attempt-form" action={submitAttemptAction.bind(null, attempt.id)} className="space-y-5">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{attempt.quiz.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {plural(attempt.questions.length, "question")}.{" "}
          {attempt.feedbackDuring ? "Check each answer to see if it is right; a checked answer is final." : "Answer what you can, then submit: your score is worked out on the server."}
        </p>
      </header>
      {screen !== null && <input type="hidden" name="screen" value={screen} />}
      {screen !== null && (
        <div>
          <div className="mb-1 flex justify-between text-sm text-slate-600">
            <span>Question {screen} of {total}</span>
            <span>{answered} answered</span>
          </div>
          <progress value={screen} max={total} aria-label={`Question ${screen} of ${total}`} className="h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600" />
        </div>
      )}
      <ol className="space-y-4" start={screen ?? 1}>
        {shown.map((q, shownIndex) => {
          const i = (screen ?? 1) - 1 + shownIndex;
          return (
          <li key={q.id} id={`q-${q.id}`} data-question-id={q.id} className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <p id={`prompt-${q.id}`} className="font-semibold">
              <span className="text-slate-500">{i + 1}.</span> {q.prompt}
            </p>
            <QuestionInput question={q} saved={q.saved} locked={Boolean(q.feedback)} />
            {attempt.feedbackDuring && !q.feedback && (
              <button formAction={checkAnswerAction.bind(null, attempt.id, q.id)} className="mt-3 rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50">
                Check answer
              </button>
            )}
            {q.feedback && (
              <div role="status" className={`mt-3 rounded-lg border px-3 py-2 text-sm ${q.feedback.fraction >= 1 ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900"}`}>
                <p className="font-semibold">{q.feedback.fraction >= 1 ? "Correct" : q.feedback.fraction > 0 ? "Partly correct" : "Not quite"}: {q.feedback.correctAnswer}</p>
                {q.feedback.sourceSentence && <p className="mt-1 italic">“{q.feedback.sourceSentence}”</p>}
              </div>
            )}
          </li>
          );
        })}
      </ol>
      {current && screen !== null && (
        <nav aria-label="Questions" className="flex flex-wrap items-center justify-between gap-3">
          <button formAction={goToQuestionAction.bind(null, attempt.id, current.id, screen - 1)} disabled={screen === 1} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50 disabled:opacity-40">
            ← Previous
          </button>
          {screen < total && (
            <button formAction={goToQuestionAction.bind(null, attempt.id, current.id, screen + 1)} className="rounded-md bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700">
              Next →
            </button>
          )}
        </nav>
      )}
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <SubmitButton pendingLabel="Marking…" className="sm:w-auto sm:px-8">Submit answers</SubmitButton>
        {attempt.deadlineAt && <Countdown deadline={attempt.deadlineAt.toISOString()} formId="attempt-form" />}
        {!attempt.feedbackDuring && <Autosave formId="attempt-form" save={save} />}
      </div>
    </form>
  );
}

