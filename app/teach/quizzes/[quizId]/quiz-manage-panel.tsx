import Link from "next/link";
import type { getQuizForManaging } from "../../../_server/quizzes/manage-quiz";
import { closeQuizNowAction, setQuizPublishedAction } from "../../../_server/teach/quiz-manage-actions";
import { VISIBILITY_TEXT } from "../../../_server/quizzes/quiz-visibility";
import { plural } from "../../../_components/format";
import { formatDateTime } from "../../../_server/time/reader-time";

type ManagedQuiz = Awaited<ReturnType<typeof getQuizForManaging>>;

const secondary = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50";

/** The quiz's state and what its owner can do with it: settings, publish or unpublish, close now. */
export function QuizManagePanel({ quiz, notice, timeZone }: { quiz: ManagedQuiz; notice: "empty" | "saved" | null; timeZone: string }) {
  const state = quiz.status !== "published" ? "Draft: learners cannot see it" : quiz.closed ? "Closed" : "Published";
  return (
    <section aria-labelledby="manage-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="manage-heading" className="text-lg font-semibold">Quiz settings</h2>
      {notice === "saved" && <p role="status" className="mt-2 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Settings saved.</p>}
      {notice === "empty" && (
        <p role="alert" className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">This quiz has no questions to ask, so it cannot be published.</p>
      )}
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">State</dt>
        <dd className="font-semibold" data-testid="quiz-state">{state}</dd>
        <dt className="text-slate-500">Who can see it</dt>
        <dd data-testid="quiz-visibility">{VISIBILITY_TEXT[quiz.visibility] ?? VISIBILITY_TEXT.public}</dd>
        <dt className="text-slate-500">Questions</dt>
        <dd>{quiz.questionCount === 0 ? "None to ask yet: it is not listed" : plural(quiz.questionCount, "question")}</dd>
        {quiz.openAt && !quiz.closed && (
          <>
            <dt className="text-slate-500">Opens</dt>
            <dd><time dateTime={quiz.openAt.toISOString()}>{formatDateTime(quiz.openAt, timeZone)}</time></dd>
          </>
        )}
        {quiz.closeAt && (
          <>
            <dt className="text-slate-500">{quiz.closed ? "Closed" : "Closes"}</dt>
            <dd><time dateTime={quiz.closeAt.toISOString()}>{formatDateTime(quiz.closeAt, timeZone)}</time></dd>
          </>
        )}
      </dl>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href={`/teach/quizzes/${quiz.id}/edit`} className={secondary}>Edit settings</Link>
        <Link href={`/teach/quizzes/${quiz.id}/questions`} className={secondary}>Edit questions</Link>
        <form action={setQuizPublishedAction.bind(null, quiz.id, quiz.status !== "published")}>
          <button className={secondary}>{quiz.status === "published" ? "Unpublish" : "Publish"}</button>
        </form>
        {quiz.status === "published" && !quiz.closed && (
          <form action={closeQuizNowAction.bind(null, quiz.id)}>
            <button className={secondary}>Close now</button>
          </form>
        )}
      </div>
    </section>
  );
}
