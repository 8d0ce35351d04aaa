import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../../../_server/auth/session";
import { orNotFound } from "../../../../_server/http/or-not-found";
import { getQuizQuestionsForEditing } from "../../../../_server/quizzes/quiz-questions";
import { editQuizQuestionsAction } from "../../../../_server/teach/quiz-manage-actions";
import { TYPE_LABEL } from "../../../../_components/question-preview";
import { plural } from "../../../../_components/format";

export const metadata: Metadata = { title: "Quiz questions" };

const DONE_TEXT: Record<string, string> = {
  added: "Added to the quiz.",
  removed: "Removed from the quiz.",
  moved: "Moved.",
};

const ERROR_TEXT: Record<string, string> = {
  empty: "A published quiz needs a question to ask: add another first, or unpublish the quiz.",
  "not-yours": "Only your own approved questions can go into a quiz. Reload the page and try again.",
  "none-ticked": "Tick the questions to add first.",
  unreadable: "That change could not be read. Reload the page and try again.",
};

const typeLabel = (type: string) => TYPE_LABEL[type as keyof typeof TYPE_LABEL] ?? type;
const small = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40";

/** A quiz's own questions after it is made: reorder, remove, add from the teacher's approved questions. */
export default async function QuizQuestionsPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<{ done?: string; error?: string }> }) {
  const { quizId } = await params;
  const { done, error } = await searchParams;
  const actor = await requireTeacher(`/teach/quizzes/${quizId}/questions`);
  const quiz = await orNotFound(getQuizQuestionsForEditing({ actor, quizId }));
  const action = editQuizQuestionsAction.bind(null, quiz.id);
  const current = quiz.questions.map((q) => <input key={q.id} type="hidden" name="questionId" value={q.id} />);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <p className="text-sm"><Link href={`/teach/quizzes/${quiz.id}`} className="text-brand-700 underline">Back to the quiz</Link></p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight">Questions of “{quiz.title}”</h1>
        <p className="mt-1 text-sm text-slate-600">
          {plural(quiz.questions.length, "question")} in this order{quiz.draws > 0 ? `, then ${plural(quiz.draws, "random draw")}` : ""}. {quiz.status === "published" ? "The quiz is published: learners who start it from now on get the list as it is here." : "The quiz is a draft."}
        </p>
      </header>

      {quiz.attempts > 0 && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="attempts-warning">
          {plural(quiz.attempts, "attempt")} {quiz.attempts === 1 ? "has" : "have"} been made{quiz.inProgress > 0 ? ` (${quiz.inProgress} still in progress)` : ""}.{" "}
          {quiz.attempts === 1 ? "It keeps" : "They keep"} the questions {quiz.attempts === 1 ? "it was" : "they were"} given, with their answers and scores: a change here applies only to attempts started from now on.
          A learner who tries again gets the new list, so a grade from several attempts may mix the two. A removed question stays in the report for the attempts that answered it.
        </p>
      )}
      {done && DONE_TEXT[done] && <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{DONE_TEXT[done]}</p>}
      {error && ERROR_TEXT[error] && <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{ERROR_TEXT[error]}</p>}

      <section aria-labelledby="in-quiz-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="in-quiz-heading" className="font-semibold">In this quiz</h2>
        {quiz.questions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No questions of its own{quiz.draws > 0 ? ": it asks only its random draws." : " yet."}</p>
        ) : (
          <form action={action}>
            {current}
            <ol className="mt-3 divide-y divide-slate-100">
              {quiz.questions.map((q, i) => (
                <li key={q.id} id={`q-${q.id}`} className="flex scroll-mt-24 flex-wrap items-start gap-x-3 gap-y-2 py-3">
                  <span className="w-6 shrink-0 pt-0.5 text-sm tabular-nums text-slate-500">{i + 1}.</span>
                  <div className="min-w-0 flex-1 basis-60">
                    <p className="break-words text-sm font-medium text-slate-900" data-testid="quiz-question-prompt">{q.prompt}</p>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {typeLabel(q.type)}{q.points !== 1 ? ` · ${q.points} points` : ""}{q.article ? ` · ${q.article}` : ""}{q.status !== "approved" ? ` · ${q.status}` : ""}
                    </p>
                  </div>
                  <div className="flex shrink-0 gap-2">
                    <button name="op" value={`up:${q.id}`} disabled={i === 0} className={small} aria-label={`Move question ${i + 1} up`}>Up</button>
                    <button name="op" value={`down:${q.id}`} disabled={i === quiz.questions.length - 1} className={small} aria-label={`Move question ${i + 1} down`}>Down</button>
                    <button name="op" value={`remove:${q.id}`} className={`${small} text-red-800`} aria-label={`Remove question ${i + 1}`}>Remove</button>
                  </div>
                </li>
              ))}
            </ol>
          </form>
        )}
      </section>

      <section aria-labelledby="add-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="add-heading" className="scroll-mt-24 font-semibold">Add questions</h2>
        {quiz.candidates.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            Every approved question of yours is in this quiz. Approve more in <Link href="/teach/bank" className="font-medium text-brand-700 underline">your question bank</Link>.
          </p>
        ) : (
          <form action={action} className="mt-2">
            {current}
            <p className="text-sm text-slate-600">Your approved questions, newest article first. Ticked ones go at the end of the quiz.</p>
            <ul className="mt-3 max-h-[28rem] divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
              {quiz.candidates.map((q) => (
                <li key={q.id}>
                  <label className="flex cursor-pointer items-start gap-3 px-3 py-2 hover:bg-slate-50">
                    <input type="checkbox" name="add" value={q.id} className="mt-1 h-4 w-4 shrink-0 accent-brand-600" />
                    <span className="min-w-0">
                      <span className="block break-words text-sm text-slate-900">{q.prompt}</span>
                      <span className="block text-xs text-slate-500">{typeLabel(q.type)}{q.article ? ` · ${q.article}` : ""}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <button name="op" value="add" className="mt-3 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Add ticked questions</button>
          </form>
        )}
      </section>
    </div>
  );
}
