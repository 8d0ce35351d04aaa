import type { Metadata } from "next";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { createArticleAction } from "../../../_server/teach/teach-actions";
import { ARTICLE_UPLOAD_MAX_BYTES } from "../../../_server/articles/article-rules";
import { ArticleForm } from "../../../_components/article-form";
import { fetchArticleAction } from "../../../_server/imports/import-actions";
import { WebAddressForm } from "../../../_components/web-address-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requireTeacher("/teach/articles/new");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight">Add an article</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Newsquiz extracts its facts and drafts questions for you to check. Nothing is shown to learners until you approve it.</p>
      <section aria-labelledby="from-web-heading" className="mb-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="from-web-heading" className="mb-3 font-semibold">From the web</h2>
        <WebAddressForm
          action={fetchArticleAction}
          id="article-url"
          label="Article address (URL)"
          hint="Newsquiz reads the article out of the page and keeps its title, address and publication date."
          submitLabel="Fetch article"
          pendingLabel="Fetching and writing questions…"
        />
        <p className="mt-3 text-sm text-slate-600">
          Many articles at once? <Link href="/teach/imports" className="font-medium text-brand-700 underline">Import a news feed</Link>.
        </p>
      </section>
      <h2 className="mb-3 font-semibold">…or paste or upload it</h2>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <ArticleForm action={createArticleAction} maxUploadMb={ARTICLE_UPLOAD_MAX_BYTES / 1024 / 1024} />
      </div>
    </div>
  );
}
