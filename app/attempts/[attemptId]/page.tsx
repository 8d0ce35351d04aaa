import type { Metadata } from "next";
import { plural } from "../../_components/format";
import { notFound } from "next/navigation";
import { requireUser } from "../../_server/session";
import { NotFoundError } from "../../_server/errors";
import { getAttemptForTaking } from "../../_server/get-attempt-for-taking";
import { getAttemptResult } from "../../_server/get-attempt-result";
import { checkAnswerAction, saveAnswerAction, submitAttemptAction } from "../../_server/quiz-actions";
import { Autosave } from "../../_components/autosave";
import { Countdown } from "../../_components/countdown";
import { closeExpiredAttempt } from "../../_server/close-expired-attempt";
import { QuestionInput } from "../../_components/question-input";
import { ResultView } from "../../_components/result-view";
import { SubmitButton } from "../../_components/submit-button";

export const metadata: Metadata = { title: "Quiz attempt" };

/** One address for an attempt: the questions while it is open, the marked result once submitted. */
export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const actor = await requireUser(`/attempts/${attemptId}`);
  await orNotFound(closeExpiredAttempt({ attemptId, actor }));
  const result = await orNotFound(getAttemptResult({ attemptId, actor }));
  if (!("notSubmitted" in result)) return <ResultView result={result} guest={actor.isGuest} />;
  const attempt = await orNotFound(getAttemptForTaking({ attemptId, actor }));
  const save = saveAnswerAction.bind(null, attempt.id);
  return (
    <form id="attempt-form" action={submitAttemptAction.bind(null, attempt.id)} className="space-y-5">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{attempt.quiz.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {plural(attempt.questions.length, "question")}.{" "}
          {attempt.feedbackDuring ? "Check each answer to see if it is right; a checked answer is final." : "Answer what you can, then submit: your score is worked out on the server."}
        </p>
      </header>
      <ol className="space-y-4">
        {attempt.questions.map((q, i) => (
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
        ))}
      </ol>
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <SubmitButton pendingLabel="Marking…" className="sm:w-auto sm:px-8">Submit answers</SubmitButton>
        {attempt.deadlineAt && <Countdown deadline={attempt.deadlineAt.toISOString()} formId="attempt-form" />}
        {!attempt.feedbackDuring && <Autosave formId="attempt-form" save={save} />}
      </div>
    </form>
  );
}

async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
