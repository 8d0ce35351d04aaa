import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { listApprovedQuestions, listMyTags } from "../../../_server/quizzes/create-quiz";
import { createQuizAction } from "../../../_server/teach/teach-actions";
import { getReaderTimeZone } from "../../../_server/time/reader-time";
import { QuizForm } from "../../../_components/quiz-form";

export const metadata: Metadata = { title: "Build a quiz" };

export default async function NewQuizPage() {
  const actor = await requireTeacher("/teach/quizzes/new");
  const [questions, tags, timeZone] = await Promise.all([listApprovedQuestions({ actor }), listMyTags({ actor }), getReaderTimeZone()]);
  const groups = new Map<string, { article: { id: string; title: string } | null; questions: { id: string; type: string; prompt: string }[] }>();
  for (const q of questions) {
    const key = q.article?.id ?? "none";
    if (!groups.has(key)) groups.set(key, { article: q.article, questions: [] });
    groups.get(key)!.questions.push({ id: q.id, type: q.type, prompt: q.prompt });
  }
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm"><Link href="/teach" className="text-brand-700 underline">Teach</Link></p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">Build a quiz</h1>
      {questions.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          You have no approved questions yet. <Link href="/teach/articles/new" className="font-medium text-brand-700 underline">Add an article</Link> and approve its best questions first.
        </p>
      ) : (
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <QuizForm action={createQuizAction} groups={[...groups.values()]} tags={tags} timeZone={timeZone} />
        </div>
      )}
    </div>
  );
}
