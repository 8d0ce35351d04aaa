import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { createQuestionAction } from "../../../_server/teach/teach-actions";
import { QuestionEditForm } from "../../../_components/question-edit-form";

export const metadata: Metadata = { title: "Write a question" };

const EMPTY = { type: "multiple_choice", prompt: "", name: "", choices: "", answer: "", tolerance: "", accepted: "", pairs: "", items: "", explanation: "", feedback: "", tags: "" } as const;

export default async function NewQuestionPage() {
  await requireTeacher("/teach/questions/new");
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm"><Link href="/teach/bank" className="text-brand-700 underline">Question bank</Link></p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">Write a question</h1>
      <p className="mt-1 text-sm text-slate-600">Questions you write are approved and ready for your quizzes.</p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <QuestionEditForm action={createQuestionAction} initial={{ ...EMPTY }} version={0} submitLabel="Add to my bank" />
      </div>
    </div>
  );
}
