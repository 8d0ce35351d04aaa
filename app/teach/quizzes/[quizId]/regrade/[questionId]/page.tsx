import type { Metadata } from "next";
import { orNotFound } from "../../../../../_server/http/or-not-found";
import Link from "next/link";
import { requireTeacher } from "../../../../../_server/auth/session";
import { getQuestionToRegrade } from "../../../../../_server/bank/regrade-question";
import { regradeQuestionAction } from "../../../../../_server/teach/teach-actions";
import { questionToFormValues } from "../../../../../_server/bank/question-form";
import { QuestionEditForm } from "../../../../../_components/question-edit-form";

export const metadata: Metadata = { title: "Regrade question" };

export default async function RegradePage({ params }: { params: Promise<{ quizId: string; questionId: string }> }) {
  const { quizId, questionId } = await params;
  const actor = await requireTeacher(`/teach/quizzes/${quizId}/regrade/${questionId}`);
  const q = await orNotFound(getQuestionToRegrade({ actor, quizId, questionId }));
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href={`/teach/quizzes/${quizId}`} className="text-brand-700 underline">Back to the report</Link></p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">Fix the key and regrade</h1>
      <p className="mt-2 text-sm text-slate-600">Saving re-marks every answer already given to this question, in every quiz that uses it, and updates those scores.</p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <QuestionEditForm action={regradeQuestionAction.bind(null, quizId, questionId)} initial={questionToFormValues(q.question)} version={q.version} submitLabel="Save and regrade" />
      </div>
    </div>
  );
}
