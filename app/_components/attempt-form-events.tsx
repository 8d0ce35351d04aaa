"use client";
import { useEffect } from "react";
import { fieldsHoldAnswer, noteAnswered } from "./attempt-progress";

/**
 * What the attempt form does with the keyboard and focus once JavaScript runs:
 * - Enter in an answer field saves that answer (one per screen: and goes to the next question). It
 *   never submits the quiz: the browser's "implicit submission" would press the form's first
 *   submit button, which is Submit, Check or Previous depending on the layout.
 * - Each answer given updates the question navigator.
 * - One per screen: a new screen puts focus on its question, not on the page body.
 */
export function AttemptFormEvents({ formId, attemptId, currentQuestionId }: { formId: string; attemptId: string; currentQuestionId?: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || event.isComposing || event.defaultPrevented) return;
      const field = event.target;
      if (!(field instanceof HTMLInputElement) || !field.closest("[data-question-id]")) return;
      event.preventDefault();
      // Next saves this screen's answer on the server on its way.
      const next = form.querySelector<HTMLButtonElement>("button[data-next-question]");
      if (next) next.click();
      // Autosave sends a changed answer at once (typing alone waits for a pause).
      else field.dispatchEvent(new Event("change", { bubbles: true }));
    };
    const onAnswer = (event: Event) => {
      const question = (event.target as Element | null)?.closest<HTMLElement>("[data-question-id]");
      if (question?.dataset.questionId) noteAnswered(attemptId, question.dataset.questionId, fieldsHoldAnswer(question));
    };
    form.addEventListener("keydown", onKeyDown);
    form.addEventListener("input", onAnswer);
    form.addEventListener("change", onAnswer);
    return () => {
      form.removeEventListener("keydown", onKeyDown);
      form.removeEventListener("input", onAnswer);
      form.removeEventListener("change", onAnswer);
    };
  }, [formId, attemptId]);

  useEffect(() => {
    if (!currentQuestionId) return;
    const question = document.getElementById(`q-${currentQuestionId}`);
    // Not if the learner is already in it (a quick tap before this ran).
    if (question?.contains(document.activeElement)) return;
    document.getElementById(`prompt-${currentQuestionId}`)?.focus();
  }, [currentQuestionId]);

  return null;
}
