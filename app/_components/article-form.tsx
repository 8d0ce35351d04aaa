"use client";
import { SubmitButton } from "./submit-button";
import { refuseLargeFile } from "./file-size";
import { ARTICLE_UPLOAD_MAX_BYTES } from "../_server/articles/article-rules";
import { ActionForm, TextAreaField, TextField, useFormAction, useFormFields, type FormActionFn } from "./form-fields";
import { FieldError, inputClass } from "./ui";

export function ArticleForm({ action, maxUploadMb }: { action: FormActionFn<undefined>; maxUploadMb: number }) {
  const [state, formAction] = useFormAction(action);
  return (
    <ActionForm state={state} action={formAction} className="space-y-5">
      <TextField name="title" label="Title" hint="Optional for uploaded web pages: their own title is used." />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="source" label="Source (link or publication)" />
        <TextField name="publishedAt" label="Publication date" type="date" min="1900-01-01" hint="Lets Newsquiz turn “on Saturday” into a date." />
      </div>
      <TextAreaField name="text" label="Article text" rows={12} textareaClassName={inputClass} placeholder="Paste the article here, headline first." />
      <FileField maxUploadMb={maxUploadMb} />
      <SubmitButton pendingLabel="Reading the article and writing questions…" className="sm:w-auto sm:px-6">Make questions</SubmitButton>
    </ActionForm>
  );
}

/** A file input cannot be given a value back, so it shows only its error. */
function FileField({ maxUploadMb }: { maxUploadMb: number }) {
  const { errors } = useFormFields();
  return (
    <div>
      <label htmlFor="file" className="block text-sm font-medium text-slate-700">…or upload a file</label>
      <input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" className="mt-1 block text-sm" onChange={refuseLargeFile(ARTICLE_UPLOAD_MAX_BYTES)} aria-invalid={errors.file ? true : undefined} aria-describedby={[errors.file ? "file-error" : null, "file-hint"].filter(Boolean).join(" ")} />
      <p id="file-hint" className="mt-1 text-xs text-slate-500">.txt, .md or a saved web page (.html), up to {maxUploadMb} MB. A file replaces pasted text.</p>
      <FieldError id="file-error" message={errors.file} />
    </div>
  );
}
