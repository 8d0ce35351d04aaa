import type { Metadata } from "next";
import { plural } from "../../_components/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPublishedQuiz } from "../../_server/quizzes/get-published-quiz";
import { getCurrentUser } from "../../_server/auth/session";
import { startQuizAction, tryAsGuestAction } from "../../_server/attempts/quiz-actions";
import { SubmitButton } from "../../_components/submit-button";
import { formatDateTime, getReaderTimeZone } from "../../_server/time/reader-time";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<{ limit?: string; empty?: string }> }) {
  const { quizId } = await params;
  const { limit, empty } = await searchParams;
  const user = await getCurrentUser();
  const quiz = await getPublishedQuiz({ quizId, actor: user });
  if (!quiz) notFound();
  const timeZone = await getReaderTimeZone();
  return (
    <article className="mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <p className="text-sm font-medium text-slate-500">{plural(quiz.questionCount, "question")}{quiz.timeLimitSeconds ? ` · ${plural(Math.max(1, Math.round(quiz.timeLimitSeconds / 60)), "minute")}` : " · untimed"}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">{quiz.title}</h1>
      {quiz.description && <p className="mt-3 text-slate-700">{quiz.description}</p>}
      {quiz.articles.length > 0 && (
        <div className="mt-5 rounded-lg bg-slate-50 p-4 text-sm">
          <h2 className="font-semibold text-slate-700">Based on</h2>
          <ul className="mt-1 list-disc pl-5 text-slate-600">
            {quiz.articles.map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ul>
        </div>
      )}
      {limit && (
        <p role="alert" className="mt-5 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          You have used all the attempts this quiz allows. Your results are in <Link href="/history" className="font-semibold underline">your history</Link>.
        </p>
      )}
      {quiz.availability === "closed" && (
        <p role="status" className="mt-5 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="quiz-closed">
          This quiz closed{quiz.closeAt ? <> on <time dateTime={quiz.closeAt.toISOString()}>{formatDateTime(quiz.closeAt, timeZone)}</time></> : null}: it no longer takes attempts.
          {user && <> Your results are in <Link href="/history" className="font-semibold underline">your history</Link>.</>}
        </p>
      )}
      {quiz.availability === "not_open" && (
        <p role="status" className="mt-5 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="quiz-not-open">
          This quiz opens{quiz.openAt ? <> on <time dateTime={quiz.openAt.toISOString()}>{formatDateTime(quiz.openAt, timeZone)}</time></> : " later"}: it cannot be started yet.
        </p>
      )}
      {(quiz.questionCount === 0 || empty) && quiz.availability === "open" && (
        <p role="alert" className="mt-5 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This quiz has no questions to ask yet, so it cannot be started. Try again later.
        </p>
      )}
      <div className="mt-6">
        {quiz.questionCount === 0 || quiz.availability !== "open" ? null : user ? (
          <form action={startQuizAction.bind(null, quiz.id)}>
            <SubmitButton pendingLabel="Starting…">Start the quiz</SubmitButton>
          </form>
        ) : (
          <div className="space-y-4">
            {/* A visitor who is not signed in sees only quizzes open to everyone, guests included. */}
            <form action={tryAsGuestAction.bind(null, quiz.id)}>
              <SubmitButton pendingLabel="Starting…">Try it now, no account needed</SubmitButton>
            </form>
            <p className="text-slate-700">
              <Link href={`/sign-in?next=/quiz/${quiz.id}`} className="font-semibold text-brand-700 underline">Sign in</Link> or{" "}
              <Link href={`/sign-up?next=/quiz/${quiz.id}`} className="font-semibold text-brand-700 underline">create an account</Link>{" "}
              to keep your score in your history.
            </p>
          </div>
        )}
      </div>
    </article>
  );
}
