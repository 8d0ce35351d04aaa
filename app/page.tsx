import Link from "next/link";
import { plural } from "./_components/format";
import { listPublishedQuizzes } from "./_server/quizzes/list-published-quizzes";
import { getCurrentUser } from "./_server/auth/session";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const quizzes = await listPublishedQuizzes({ actor: await getCurrentUser() });
  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-900 px-6 py-10 text-white shadow">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">How well do you know this week&apos;s news?</h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Every question comes from a real news article and links back to the sentence it was built from. Take a quiz, see
          what you missed and why.
        </p>
      </section>
      <section aria-labelledby="quizzes-heading">
        <h2 id="quizzes-heading" className="mb-4 text-xl font-semibold">Available quizzes</h2>
        {quizzes.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No quizzes are published yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {quizzes.map((quiz) => (
              <li key={quiz.id} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <div className="mb-2 flex items-center gap-2 text-xs font-medium uppercase tracking-wide text-slate-500">
                  {quiz.isDemo && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-800">Demo</span>}
                  <span>{plural(quiz.questionCount, "question")}</span>
                </div>
                <h3 className="text-lg font-semibold leading-snug">{quiz.title}</h3>
                {quiz.description && <p className="mt-1 flex-1 text-sm text-slate-600">{quiz.description}</p>}
                <Link
                  href={`/quiz/${quiz.id}`}
                  className="mt-4 inline-block self-start rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
                  aria-label={`Open quiz: ${quiz.title}`}
                >
                  Take the quiz
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
