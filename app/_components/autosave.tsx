"use client";
import { useEffect, useRef, useState } from "react";
import type { SaveAnswerState } from "../_server/attempts/quiz-actions";
import { readResponse } from "../_server/attempts/form-responses";
import type { QuestionType } from "@/questions/schema";

export interface AutosaveQuestion {
  id: string;
  type: QuestionType;
  /** Ordering and matching: how many fields make the answer. */
  partCount: number;
}

/**
 * Saves each answer as it is given: listens to its form's changes and sends the changed
 * question's fields to the server. The form still submits without it (no JavaScript needed).
 */
export function Autosave({ formId, attemptId, questions, save }: { formId: string; attemptId: string; questions: AutosaveQuestion[]; save: (questionId: string, form: FormData) => Promise<SaveAnswerState> }) {
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [message, setMessage] = useState("");
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const pending = timers.current;
    const fieldsOf = (questionId: string) => {
      const mine = new FormData();
      for (const [key, value] of new FormData(form)) if (key === `q.${questionId}` || key.startsWith(`q.${questionId}.`)) mine.append(key, value);
      return mine;
    };
    const send = async (questionId: string) => {
      pending.delete(questionId);
      setStatus("saving");
      try {
        const result = await save(questionId, fieldsOf(questionId));
        setStatus(result.ok ? "saved" : "error");
        setMessage(result.ok ? "" : (result.error ?? "Could not save."));
      } catch {
        setStatus("error");
        setMessage("Could not reach the server: your answers are kept in the page and sent when you submit.");
      }
    };
    /**
     * The page is going away (closed, reloaded, left, or hidden on a phone, which may then kill
     * it) with typing not yet sent. A server action's request would be cancelled with the page;
     * a keepalive request outlives it, so these go to the JSON API (same answer, same checks).
     */
    const flush = () => {
      for (const [questionId, timer] of pending) {
        clearTimeout(timer);
        const question = questions.find((q) => q.id === questionId);
        const response = question && readResponse(fieldsOf(questionId), question);
        // A cleared answer has no JSON form; the one saved before stays (and the form still counts at submit).
        if (response === undefined) continue;
        void fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`, {
          method: "PUT",
          keepalive: true,
          headers: { "content-type": "application/json" },
          // A draft: with feedback during the attempt only "Check answer" checks (decision 032).
          body: JSON.stringify({ response, check: false }),
        }).catch(() => {});
      }
      pending.clear();
    };
    const onEvent = (event: Event) => {
      const target = event.target as HTMLElement | null;
      const questionId = target?.closest<HTMLElement>("[data-question-id]")?.dataset.questionId;
      // Only the questions given to save (a checked answer, with feedback during, is final).
      if (!questionId || !questions.some((q) => q.id === questionId)) return;
      clearTimeout(pending.get(questionId));
      // Typing waits for a pause; clicks and selections save at once.
      const delay = event.type === "input" ? 800 : 0;
      pending.set(questionId, setTimeout(() => void send(questionId), delay));
    };
    // Any submission (Submit, Next) carries the fields on screen itself: nothing left to flush.
    const onSubmit = () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    // Typing done before this script ran (a slow phone, a busy page) fired no event here: a field
    // that no longer holds what the server sent is waiting to be saved.
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select")) {
      const questionId = field.closest<HTMLElement>("[data-question-id]")?.dataset.questionId;
      // A field without a name posts nothing (matching's menus, which write hidden fields): not an answer.
      if (!questionId || !field.name || pending.has(questionId) || !questions.some((q) => q.id === questionId) || !changedSinceLoad(field)) continue;
      pending.set(questionId, setTimeout(() => void send(questionId), 0));
    }
    form.addEventListener("change", onEvent);
    form.addEventListener("input", onEvent);
    form.addEventListener("submit", onSubmit);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", flush);
    return () => {
      form.removeEventListener("change", onEvent);
      form.removeEventListener("input", onEvent);
      form.removeEventListener("submit", onSubmit);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", flush);
      // Leaving within the app (a link, the next screen) unmounts this: send what is waiting.
      flush();
    };
  }, [formId, attemptId, questions, save]);

  return (
    <p aria-live="polite" className={`text-sm ${status === "error" ? "text-red-700" : "text-slate-500"}`} data-testid="autosave-status">
      {status === "saving" ? "Saving…" : status === "saved" ? "All answers saved" : status === "error" ? message : "Answers are saved as you go"}
    </p>
  );
}

/** Whether a field holds something other than what the page was served with. */
function changedSinceLoad(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((o) => o.selected !== o.defaultSelected);
  if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) return field.checked !== field.defaultChecked;
  if (field instanceof HTMLInputElement && (field.type === "hidden" || field.type === "submit" || field.type === "button")) return false;
  return field.value !== field.defaultValue;
}
