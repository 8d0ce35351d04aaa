"use client";
import { useState } from "react";
import type { QuestionFormValues } from "../_server/bank/question-form";
import { SubmitButton } from "./submit-button";
import { FieldError } from "./ui";
import { ActionForm, FormMessage, SelectField, TextAreaField, TextField, useFormAction, useFormFields, type FormActionFn } from "./form-fields";

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

// Part marks are written as Moodle's GIFT writes them, a percentage between % signs before the line.
const CHOICE_HINTS: Partial<Record<QuestionFormValues["type"], string>> = {
  multiple_choice: "One per line. Mark the correct one with a leading * (a * on several lines: each earns full marks). Start a line with a percentage, like %50%, for part of the marks.",
  multiple_response: "One per line. Mark the correct ones with a leading *: each wrong pick cancels a right one. Or start every correct line with its share, like %50%, adding up to 100%, and a wrong one with what it takes off, like %-50%.",
};

const ONE_PER_LINE = "Optional. One per line, as: answer | feedback. Shown to a learner who gave that answer, when answers are shown.";
const FEEDBACK_HINTS: Partial<Record<QuestionFormValues["type"], string>> = {
  multiple_choice: `${ONE_PER_LINE} Use the choice's text.`,
  multiple_response: `${ONE_PER_LINE} Use the choice's text.`,
  true_false: `${ONE_PER_LINE} Use true or false.`,
  numeric: `${ONE_PER_LINE} Use a number, or a range as 3 ± 2; * for any other number.`,
  short_answer: `${ONE_PER_LINE} Any answer, right or wrong; * for any other answer.`,
  cloze: `${ONE_PER_LINE} Any answer, right or wrong; * for any other answer.`,
};

/** One form for every question type; the fields shown follow the chosen type. */
export function QuestionEditForm({
  action,
  initial,
  version,
  submitLabel = "Save question",
}: {
  action: FormActionFn<undefined>;
  initial: QuestionFormValues;
  version: number;
  submitLabel?: string;
}) {
  const [state, formAction] = useFormAction(action, { ...initial, version: String(version) });
  return (
    <ActionForm state={state} action={formAction} className="space-y-5">
      <input type="hidden" name="version" value={String(state.values.version ?? version)} />
      <FormMessage message={state.message} />
      <QuestionFields />
      <SubmitButton pendingLabel="Saving…" className="sm:w-auto sm:px-6">{submitLabel}</SubmitButton>
    </ActionForm>
  );
}

/** Inside the keyed form: the chosen type starts from what was sent each time the action answers. */
function QuestionFields() {
  const { values, errors } = useFormFields();
  const [type, setType] = useState((values.type as QuestionFormValues["type"]) || "multiple_choice");
  return (
    <>
      <SelectField name="type" label="Type" onChange={(ev) => setType(ev.target.value as QuestionFormValues["type"])}>
        {TYPES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </SelectField>
      <TextAreaField name="prompt" label="Question" rows={3} hint={type === "cloze" ? "Mark the blank with _____ (five underscores)." : undefined} />
      <TextField name="name" label="Name" hint="Optional. A short name for your question bank (Moodle's question name); learners never see it." />
      {(type === "multiple_choice" || type === "multiple_response") && (
        <TextAreaField name="choices" label="Choices" rows={5} hint={CHOICE_HINTS[type]} />
      )}
      {type === "true_false" && (
        <fieldset aria-describedby={errors.answer ? "answer-error" : undefined}>
          <legend className="block text-sm font-medium text-slate-700">Answer</legend>
          <div className="mt-1 flex gap-4">
            {["true", "false"].map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input type="radio" name="answer" value={v} defaultChecked={values.answer === v} className="accent-brand-600" />
                {v === "true" ? "True" : "False"}
              </label>
            ))}
          </div>
          <FieldError id="answer-error" message={errors.answer} />
        </fieldset>
      )}
      {type === "numeric" && (
        <div className="grid gap-5 sm:grid-cols-2">
          {/* Text, not type="number": Chromium's number input reads "7,9" as 79 and says nothing. */}
          <TextField name="answer" label="Correct number" inputMode="decimal" />
          <TextField name="tolerance" label="Tolerance (±)" inputMode="decimal" hint="Answers this close count as right. 0 for exact." />
          <TextAreaField name="accepted" label="Numbers worth part of the marks" rows={2} className="sm:col-span-2" hint="Optional. One per line, as: %50% 80 ± 5 (half the marks for 75 to 85)." />
        </div>
      )}
      {(type === "short_answer" || type === "cloze") && (
        <>
          <TextField name="answer" label="Expected answer" hint="Case, spacing and punctuation are ignored when marking." />
          <TextAreaField name="accepted" label="Other accepted answers" rows={3} hint="One per line. Start a line with a percentage, like %50%, for an answer worth part of the marks." />
        </>
      )}
      {type === "ordering" && <TextAreaField name="items" label="Items in their correct order" rows={5} hint="One per line; learners see them shuffled." />}
      {type === "matching" && <TextAreaField name="pairs" label="Pairs" rows={5} hint="One per line, as: left -> right" />}
      {type !== "ordering" && type !== "matching" && (
        <TextAreaField name="feedback" label="Feedback for answers" rows={3} hint={FEEDBACK_HINTS[type]} />
      )}
      <TextAreaField name="explanation" label="Explanation" rows={3} hint="Shown with the answer after the quiz." />
      <TextField name="tags" label="Tags" hint="Comma-separated." />
    </>
  );
}
