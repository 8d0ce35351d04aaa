"use client";
import { useActionState } from "react";
import type { ImportFormState } from "../_server/teach/teach-actions";
import { SubmitButton } from "./submit-button";
import { refuseLargeFile } from "./file-size";
import { BANK_IMPORT_MAX_BYTES } from "../_server/articles/article-rules";
import { FieldError } from "./ui";

export function ImportForm({ action }: { action: (s: ImportFormState, f: FormData) => Promise<ImportFormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">GIFT (Moodle) or Newsquiz JSON file</label>
      <input id="import-file" name="file" type="file" accept=".txt,.gift,.json,text/plain,application/json" className="block text-sm" onChange={refuseLargeFile(BANK_IMPORT_MAX_BYTES)} aria-describedby={state.errors?.file ? "import-file-error" : undefined} />
      <FieldError id="import-file-error" message={state.errors?.file} />
      <SubmitButton pendingLabel="Importing…" className="sm:w-auto sm:px-5">Import</SubmitButton>
      {state.result && (
        <div role="status" className="rounded-md bg-slate-50 p-3 text-sm">
          <p className="font-semibold text-emerald-800">Imported {state.result.imported} question{state.result.imported === 1 ? "" : "s"}.</p>
          {state.result.problems.length > 0 && (
            <>
              <p className="mt-2 font-medium text-amber-800">Skipped {state.result.problems.length}:</p>
              <ul className="mt-1 max-h-48 list-disc overflow-y-auto pl-5 text-slate-700">
                {state.result.problems.map((p, i) => <li key={i}>line {p.line}: {p.message}</li>)}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
