"use client";
import { useEffect, useRef, useState } from "react";
import type { SaveAnswerState } from "../_server/attempts/quiz-actions";

/**
 * Saves each answer as it is given: listens to its form's changes and sends the changed
 * question's fields to the server. The form still submits without it (no JavaScript needed).
 */
export function Autosave({ formId, save }: { formId: string; save: (questionId: string, form: FormData) => Promise<SaveAnswerState> }) {
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [message, setMessage] = useState("");
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const pending = timers.current;
    const send = async (questionId: string) => {
      const all = new FormData(form);
      const mine = new FormData();
      for (const [key, value] of all) if (key === `q.${questionId}` || key.startsWith(`q.${questionId}.`)) mine.append(key, value);
      setStatus("saving");
      try {
        const result = await save(questionId, mine);
        setStatus(result.ok ? "saved" : "error");
        setMessage(result.ok ? "" : (result.error ?? "Could not save."));
      } catch {
        setStatus("error");
        setMessage("Could not reach the server: your answers are kept in the page and sent when you submit.");
      }
    };
    const onEvent = (event: Event) => {
      const target = event.target as HTMLElement | null;
      const questionId = target?.closest<HTMLElement>("[data-question-id]")?.dataset.questionId;
      if (!questionId) return;
      clearTimeout(pending.get(questionId));
      // Typing waits for a pause; clicks and selections save at once.
      const delay = event.type === "input" ? 800 : 0;
      pending.set(questionId, setTimeout(() => void send(questionId), delay));
    };
    form.addEventListener("change", onEvent);
    form.addEventListener("input", onEvent);
    return () => {
      form.removeEventListener("change", onEvent);
      form.removeEventListener("input", onEvent);
      for (const t of pending.values()) clearTimeout(t);
    };
  }, [formId, save]);

  return (
    <p aria-live="polite" className={`text-sm ${status === "error" ? "text-red-700" : "text-slate-500"}`} data-testid="autosave-status">
      {status === "saving" ? "Saving…" : status === "saved" ? "All answers saved" : status === "error" ? message : "Answers are saved as you go"}
    </p>
  );
}
