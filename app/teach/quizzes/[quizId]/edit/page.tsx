import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../../../_server/auth/session";
import { orNotFound } from "../../../../_server/http/or-not-found";
import { getQuizForManaging } from "../../../../_server/quizzes/manage-quiz";
import { updateQuizSettingsAction } from "../../../../_server/teach/quiz-manage-actions";
import { getReaderTimeZone } from "../../../../_server/time/reader-time";
import { instantToField } from "../../../../_server/time/zoned-field";
import { QuizSettingsForm } from "../../../../_components/quiz-settings-form";

export const metadata: Metadata = { title: "Quiz settings" };


export default async function EditQuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const actor = await requireTeacher(`/teach/quizzes/${quizId}/edit`);
  const quiz = await orNotFound(getQuizForManaging({ actor, quizId }));
  // The dates as the teacher's clock reads them: the form's action reads them back in the same zone.
  const timeZone = await getReaderTimeZone();
  const initial = {
    title: quiz.title,
    description: quiz.description,
    visibility: quiz.visibility,
    timeLimitMinutes: quiz.settings.timeLimitSeconds ? String(Math.round(quiz.settings.timeLimitSeconds / 60)) : "",
    attemptsAllowed: quiz.settings.attemptsAllowed ? String(quiz.settings.attemptsAllowed) : "",
    grading: quiz.settings.grading,
    review: quiz.settings.review,
    openAt: instantToField(quiz.openAt, timeZone),
    closeAt: instantToField(quiz.closeAt, timeZone),
  };
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm"><Link href={`/teach/quizzes/${quiz.id}`} className="text-brand-700 underline">Back to the quiz</Link></p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">Quiz settings</h1>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <QuizSettingsForm action={updateQuizSettingsAction.bind(null, quiz.id)} initial={initial} attempts={quiz.attempts} timeZone={timeZone} />
      </div>
    </div>
  );
}
