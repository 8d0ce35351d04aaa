"use client";
import { useState } from "react";
import type { ImportResult } from "../_server/teach/teach-actions";
import { SubmitButton } from "./submit-button";
import { refuseLargeFile } from "./file-size";
import { BANK_IMPORT_MAX_BYTES } from "../_server/articles/article-rules";
import { FieldError } from "./ui";
import { ActionForm, useFormAction, type FormActionFn } from "./form-fields";

const REFUSED_AS_TOO_LARGE = `The server refused the upload as too large; the limit is ${BANK_IMPORT_MAX_BYTES / 1024 / 1024} MB. Split the file and import the parts.`;

/**
 * The import action, but an upload the server refuses before the action runs (413 over its body
 * limit, say from a browser that skipped the size check) becomes a message on the field rather
 * than the framework's error page.
 */
function keepingThePage(action: FormActionFn<ImportResult>): FormActionFn<ImportResult> {
  return async (state, form) => {
    try {
      return await action(state, form);
    } catch {
      return { ...state, errors: { file: REFUSED_AS_TOO_LARGE }, round: state.round + 1 };
    }
  };
}

export function ImportForm({ action }: { action: FormActionFn<ImportResult> }) {
  const [state, formAction] = useFormAction(keepingThePage(action));
  // Said as soon as a file over the limit is chosen (the form will not send it), until the action
  // answers: the fields are mounted afresh then, the file gone.
  const [tooLarge, setTooLarge] = useState<{ message: string; round: number }>();
  const error = (tooLarge?.round === state.round ? tooLarge.message : undefined) ?? state.errors.file;
  const result = state.data;
  return (
    <ActionForm state={state} action={formAction} className="space-y-3">
      <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">GIFT (Moodle) or Newsquiz JSON file</label>
      <input id="import-file" name="file" type="file" accept=".txt,.gift,.json,text/plain,application/json" className="block text-sm" onChange={refuseLargeFile(BANK_IMPORT_MAX_BYTES, (message) => setTooLarge(message ? { message, round: state.round } : undefined))} aria-invalid={error ? true : undefined} aria-describedby={error ? "import-file-error" : undefined} />
      <FieldError id="import-file-error" message={error} />
      <SubmitButton pendingLabel="Importing…" className="sm:w-auto sm:px-5">Import</SubmitButton>
      {result && (
        <div role="status" className="rounded-md bg-slate-50 p-3 text-sm">
          <p className="font-semibold text-emerald-800">Imported {result.imported} question{result.imported === 1 ? "" : "s"}.</p>
          {result.problems.length > 0 && (
            <>
              <p className="mt-2 font-medium text-amber-800">Skipped {result.problems.length}:</p>
              <ul className="mt-1 max-h-48 list-disc overflow-y-auto pl-5 text-slate-700">
                {result.problems.map((p, i) => <li key={i}>line {p.line}: {p.message}</li>)}
              </ul>
            </>
          )}
        </div>
      )}
    </ActionForm>
  );
}
