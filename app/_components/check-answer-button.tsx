"use client";
// "Check answer" is unavailable until the question has an answer: a blank check would lock the
// question as wrong and show the key (feedback during) or count as "Not quite" (review). The server
// refuses a blank check too (BlankAnswerError); this only saves the round trip and says why.
import { useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { responseFieldName } from "../_server/attempts/form-responses";

/** Whether the form holds an answer to this question, read from its fields as the server will. */
export function formHasAnswer(form: HTMLFormElement, questionId: string): boolean {
  const field = responseFieldName(questionId);
  for (const [name, value] of new FormData(form)) {
    // A matching question's left-hand items are fixed hidden fields, not answers.
    const ours = name === field || (name.startsWith(`${field}.`) && !name.endsWith(".left"));
    if (ours && typeof value === "string" && value.trim() !== "") return true;
  }
  return false;
}

/** Tracks whether the button's form holds an answer to the question; true until hydrated (the server decides then). */
function useHasAnswer(questionId: string) {
  const ref = useRef<HTMLButtonElement>(null);
  const [answered, setAnswered] = useState(true);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const update = () => setAnswered(formHasAnswer(form, questionId));
    update();
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    return () => {
      form.removeEventListener("input", update);
      form.removeEventListener("change", update);
    };
  }, [questionId]);
  return { ref, answered };
}

const HINT = "Give an answer first, then check it.";

export function CheckAnswerButton({
  questionId,
  formAction,
  className,
  wrapperClassName = "inline-flex flex-wrap items-center gap-x-3 gap-y-1",
  pendingLabel = "Checking…",
  children = "Check answer",
}: {
  questionId: string;
  formAction?: (form: FormData) => void | Promise<void>;
  className: string;
  wrapperClassName?: string;
  pendingLabel?: string;
  children?: React.ReactNode;
}) {
  const { ref, answered } = useHasAnswer(questionId);
  const { pending } = useFormStatus();
  const hintId = `check-hint-${questionId}`;
  return (
    <span className={wrapperClassName}>
      <button ref={ref} type="submit" formAction={formAction} disabled={!answered || pending} aria-describedby={answered ? undefined : hintId} className={className}>
        {pending ? pendingLabel : children}
      </button>
      {!answered && (
        <span id={hintId} className="text-sm text-slate-600" data-testid="check-hint">
          {HINT}
        </span>
      )}
    </span>
  );
}
