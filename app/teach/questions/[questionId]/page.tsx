import type { Metadata } from "next";
import { orNotFound } from "../../../_server/http/or-not-found";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { getQuestionForEditing } from "../../../_server/bank/get-question-for-editing";
import { updateQuestionAction } from "../../../_server/teach/teach-actions";
import { questionToFormValues } from "../../../_server/bank/question-form";
import { QuestionEditForm } from "../../../_components/question-edit-form";

export const metadata: Metadata = { title: "Edit question" };

async function load(questionId: string) {
  const actor = await requireTeacher(`/teach/questions/${questionId}`);
  return orNotFound(getQuestionForEditing({ actor, questionId }));
}

export default async function EditQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  const q = await load(questionId);
  return (
    <div className="mx-auto max-w-2xl">
      {q.articleId && <p className="text-sm"><Link href={`/teach/articles/${q.articleId}#q-${q.id}`} className="text-brand-700 underline">Back to the article</Link></p>}
      <h1 className="mt-1 text-2xl font-bold tracking-tight">Edit question</h1>
      {q.question.source && (
        <blockquote className="mt-3 border-l-4 border-amber-200 pl-3 text-sm italic text-slate-600">“{q.question.source.sentence}”</blockquote>
      )}
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <QuestionEditForm action={updateQuestionAction.bind(null, q.id)} initial={questionToFormValues(q.question)} version={q.version} />
      </div>
    </div>
  );
}
