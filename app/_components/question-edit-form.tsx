"use client";
import { useActionState, useState } from "react";
import type { QuestionFormState } from "../_server/teach/teach-actions";
import type { QuestionFormValues } from "../_server/bank/question-form";
import { SubmitButton } from "./submit-button";
import { FieldError, FormError, inputClass } from "./ui";

const TYPES: [QuestionFormValues["type"], string][] = [
  ["multiple_choice", "Multiple choice"],
  ["multiple_response", "Select all that apply"],
  ["true_false", "True/false"],
  ["numeric", "Number (with tolerance)"],
  ["short_answer", "Short answer"],
  ["cloze", "Fill the blank"],
  ["ordering", "Ordering"],
  ["matching", "Matching"],
];

/** One form for every question type; the fields shown follow the chosen type. */
export function QuestionEditForm({
  action,
  initial,
  version,
  submitLabel = "Save question",
}: {
  action: (s: QuestionFormState, f: FormData) => Promise<QuestionFormState>;
  initial: QuestionFormValues;
  version: number;
  submitLabel?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const values = state.values ?? initial;
  const [type, setType] = useState(values.type);
  const e = state.errors ?? {};
  const field = (name: keyof QuestionFormValues, label: string, opts: { rows?: number; hint?: string } = {}) => {
    const describedBy = [e[name] ? `${name}-error` : null, opts.hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
    const common = { id: name, name, defaultValue: values[name], className: inputClass, "aria-invalid": e[name] ? true : undefined, "aria-describedby": describedBy };
    return (
      <div>
        <label htmlFor={name} className="block text-sm font-medium text-slate-700">{label}</label>
        {opts.rows ? <textarea rows={opts.rows} {...common} /> : <input {...common} />}
        {opts.hint && <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">{opts.hint}</p>}
        <FieldError id={`${name}-error`} message={e[name]} />
      </div>
    );
  };
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="version" value={version} />
      <FormError message={e.form} />
      {state.saved && <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Saved.</p>}
      <div>
        <label htmlFor="type" className="block text-sm font-medium text-slate-700">Type</label>
        <select id="type" name="type" value={type} onChange={(ev) => setType(ev.target.value as QuestionFormValues["type"])} className={inputClass}>
          {TYPES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      {field("prompt", "Question", { rows: 3, hint: type === "cloze" ? "Mark the blank with _____ (five underscores)." : undefined })}
      {(type === "multiple_choice" || type === "multiple_response") && field("choices", "Choices", { rows: 5, hint: "One per line. Mark the correct one" + (type === "multiple_response" ? "s" : "") + " with a leading *." })}
      {type === "true_false" && (
        <fieldset>
          <legend className="block text-sm font-medium text-slate-700">Answer</legend>
          <div className="mt-1 flex gap-4">
            {["true", "false"].map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input type="radio" name="answer" value={v} defaultChecked={values.answer === v} className="accent-brand-600" />
                {v === "true" ? "True" : "False"}
              </label>
            ))}
          </div>
          <FieldError id="answer-error" message={e.answer} />
        </fieldset>
      )}
      {type === "numeric" && (
        <div className="grid gap-5 sm:grid-cols-2">
          {field("answer", "Correct number")}
          {field("tolerance", "Tolerance (±)", { hint: "Answers this close count as right. 0 for exact." })}
        </div>
      )}
      {(type === "short_answer" || type === "cloze") && (
        <>
          {field("answer", "Expected answer", { hint: "Case, spacing and punctuation are ignored when marking." })}
          {field("accepted", "Other accepted answers", { rows: 3, hint: "One per line." })}
        </>
      )}
      {type === "ordering" && field("items", "Items in their correct order", { rows: 5, hint: "One per line; learners see them shuffled." })}
      {type === "matching" && field("pairs", "Pairs", { rows: 5, hint: "One per line, as: left -> right" })}
      {field("explanation", "Explanation", { rows: 3, hint: "Shown with the answer after the quiz." })}
      {field("tags", "Tags", { hint: "Comma-separated." })}
      <SubmitButton pendingLabel="Saving…" className="sm:w-auto sm:px-6">{submitLabel}</SubmitButton>
    </form>
  );
}
