"use client";
import { useActionState } from "react";
import type { ArticleFormState } from "../_server/teach/teach-actions";
import { SubmitButton } from "./submit-button";
import { refuseLargeFile } from "./file-size";
import { ARTICLE_UPLOAD_MAX_BYTES } from "../_server/articles/article-rules";
import { FieldError, FormError, inputClass } from "./ui";

export function ArticleForm({ action, maxUploadMb }: { action: (s: ArticleFormState, f: FormData) => Promise<ArticleFormState>; maxUploadMb: number }) {
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values;
  const describe = (name: string, hint?: boolean) => [e[name as keyof typeof e] ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormError message={e.form} />
      <div>
        <label htmlFor="title" className="block text-sm font-medium text-slate-700">Title</label>
        <input id="title" name="title" defaultValue={v?.title} className={inputClass} aria-invalid={e.title ? true : undefined} aria-describedby={describe("title", true)} />
        <p id="title-hint" className="mt-1 text-xs text-slate-500">Optional for uploaded web pages: their own title is used.</p>
        <FieldError id="title-error" message={e.title} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="source" className="block text-sm font-medium text-slate-700">Source (link or publication)</label>
          <input id="source" name="source" defaultValue={v?.source} className={inputClass} aria-describedby={describe("source")} />
          <FieldError id="source-error" message={e.source} />
        </div>
        <div>
          <label htmlFor="publishedAt" className="block text-sm font-medium text-slate-700">Publication date</label>
          <input id="publishedAt" name="publishedAt" type="date" defaultValue={v?.publishedAt} className={inputClass} aria-invalid={e.publishedAt ? true : undefined} aria-describedby={describe("publishedAt", true)} />
          <p id="publishedAt-hint" className="mt-1 text-xs text-slate-500">Lets Newsquiz turn “on Saturday” into a date.</p>
          <FieldError id="publishedAt-error" message={e.publishedAt} />
        </div>
      </div>
      <div>
        <label htmlFor="text" className="block text-sm font-medium text-slate-700">Article text</label>
        <textarea id="text" name="text" rows={12} defaultValue={v?.text} className={`${inputClass} font-serif`} aria-invalid={e.text ? true : undefined} aria-describedby={describe("text")} placeholder="Paste the article here, headline first." />
        <FieldError id="text-error" message={e.text} />
      </div>
      <div>
        <label htmlFor="file" className="block text-sm font-medium text-slate-700">…or upload a file</label>
        <input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="mt-1 block text-sm" onChange={refuseLargeFile(ARTICLE_UPLOAD_MAX_BYTES)} aria-invalid={e.file ? true : undefined} aria-describedby={describe("file", true)} />
        <p id="file-hint" className="mt-1 text-xs text-slate-500">.txt, .md or a saved web page (.html), up to {maxUploadMb} MB. A file replaces pasted text.</p>
        <FieldError id="file-error" message={e.file} />
      </div>
      <SubmitButton pendingLabel="Reading the article and writing questions…" className="sm:w-auto sm:px-6">Make questions</SubmitButton>
    </form>
  );
}
