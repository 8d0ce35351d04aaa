import type { Metadata } from "next";
import { requireTeacher } from "../../../_server/session";
import { createArticleAction } from "../../../_server/teach-actions";
import { ARTICLE_UPLOAD_MAX_BYTES } from "../../../_server/article-rules";
import { ArticleForm } from "../../../_components/article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireTeacher("/teach/articles/new");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Add an article</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Newsquiz extracts its facts and drafts questions for you to review. Nothing is shown to learners until you approve it.</p>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <ArticleForm action={createArticleAction} maxUploadMb={ARTICLE_UPLOAD_MAX_BYTES / 1024 / 1024} />
      </div>
    </div>
  );
}
