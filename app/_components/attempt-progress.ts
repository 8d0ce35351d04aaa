// What the question navigator and the submit confirmation know about an attempt in this browser:
// which questions the learner has flagged for later, and which now hold an answer.
//
// Flags are the learner's own reminders and change no mark, so they stay in the browser
// (localStorage, per attempt) rather than costing a request each; a flag lost with the browser
// loses nothing that counts. Answers are the server's business: `saved` (from the page) says what
// it holds, and the fields on screen say what the learner has given since.
import { useSyncExternalStore } from "react";

const CHANGED = "newsquiz:attempt-progress";
const flagKey = (attemptId: string) => `newsquiz:flags:${attemptId}`;

/** Flags per attempt, mirrored to localStorage (kept here too: storage can be off or full). */
const flags = new Map<string, Set<string>>();
/** Answered or not, per "attemptId:questionId", as the fields on screen last said. */
const answeredOnScreen = new Map<string, boolean>();

function flagsOf(attemptId: string): Set<string> {
  let set = flags.get(attemptId);
  if (!set) {
    set = new Set();
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(flagKey(attemptId)) ?? "[]");
      if (Array.isArray(stored)) for (const id of stored) if (typeof id === "string") set.add(id);
    } catch {}
    flags.set(attemptId, set);
  }
  return set;
}

function changed() {
  window.dispatchEvent(new Event(CHANGED));
}

export function toggleFlag(attemptId: string, questionId: string): void {
  const set = flagsOf(attemptId);
  if (!set.delete(questionId)) set.add(questionId);
  try {
    localStorage.setItem(flagKey(attemptId), JSON.stringify([...set]));
  } catch {}
  changed();
}

export function noteAnswered(attemptId: string, questionId: string, answered: boolean): void {
  const key = `${attemptId}:${questionId}`;
  if (answeredOnScreen.get(key) === answered) return;
  answeredOnScreen.set(key, answered);
  changed();
}

/** Whether one question's fields on screen hold an answer (any choice picked or text typed). */
export function fieldsHoldAnswer(question: Element): boolean {
  // Ordering and matching keep their answer in hidden fields, written once one is given.
  if (question.querySelector("input[data-answer-part]")) return true;
  for (const field of question.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input:not([type=hidden]), select")) {
    if (field instanceof HTMLInputElement && (field.type === "radio" || field.type === "checkbox")) {
      if (field.checked) return true;
    } else if (field.value.trim() !== "" && field.getAttribute("aria-invalid") !== "true") return true; // "not a number" is no answer
  }
  return false;
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export interface AttemptProgress {
  flagged(questionId: string): boolean;
  answered(questionId: string): boolean;
}

/**
 * The attempt's progress in this browser, or null while rendering on the server and hydrating
 * (flags live only here, so the first render must not depend on them).
 */
export function useAttemptProgress(attemptId: string, savedIds: readonly string[]): AttemptProgress | null {
  // A string snapshot: equal when nothing changed, so React re-renders only on a real change.
  const snapshot = useSyncExternalStore(
    subscribe,
    () => JSON.stringify([[...flagsOf(attemptId)], [...answeredOnScreen]]),
    () => null,
  );
  if (snapshot === null) return null;
  const [flaggedIds, onScreen] = JSON.parse(snapshot) as [string[], [string, boolean][]];
  const flaggedSet = new Set(flaggedIds);
  const live = new Map(onScreen);
  const saved = new Set(savedIds);
  return {
    flagged: (id) => flaggedSet.has(id),
    answered: (id) => live.get(`${attemptId}:${id}`) ?? saved.has(id),
  };
}
