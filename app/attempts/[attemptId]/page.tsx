import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "../../_server/session";
import { NotFoundError } from "../../_server/errors";
import { getAttemptForTaking } from "../../_server/get-attempt-for-taking";
import { getAttemptResult } from "../../_server/get-attempt-result";
import { submitAttemptAction } from "../../_server/quiz-actions";
import { QuestionInput } from "../../_components/question-input";
import { ResultView } from "../../_components/result-view";
import { SubmitButton } from "../../_components/submit-button";

export const metadata: Metadata = { title: "Quiz attempt" };

/** One address for an attempt: the questions while it is open, the marked result once submitted. */
export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const actor = await requireUser(`/attempts/${attemptId}`);
  const result = await orNotFound(getAttemptResult({ attemptId, actor }));
  if (!("notSubmitted" in result)) return <ResultView result={result} />;
  const attempt = await orNotFound(getAttemptForTaking({ attemptId, actor }));
  return (
      <form action={submitAttemptAction.bind(null, attempt.id)} className="space-y-5">
        <header>
          <h1 className="text-2xl font-bold tracking-tight">{attempt.quiz.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {attempt.questions.length} questions. Answer what you can, then submit: your score is worked out on the server.
          </p>
        </header>
        <ol className="space-y-4">
          {attempt.questions.map((q, i) => (
            <li key={q.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <p id={`prompt-${q.id}`} className="font-semibold">
                <span className="text-slate-500">{i + 1}.</span> {q.prompt}
              </p>
              <QuestionInput question={q} />
            </li>
          ))}
        </ol>
        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
          <SubmitButton pendingLabel="Marking…" className="sm:w-auto sm:px-8">Submit answers</SubmitButton>
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
