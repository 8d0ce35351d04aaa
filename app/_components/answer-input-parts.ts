// Small pieces the answer controls share (question-input, ordering-input, matching-input).

export const inputClass =
  "mt-2 block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none";
export const selectClass = inputClass.replace("mt-2 ", "");
export const moveButtonClass =
  "flex h-10 w-10 items-center justify-center rounded-md border border-slate-300 bg-white text-lg text-slate-700 hover:bg-slate-50 disabled:opacity-40";

export function ordinal(n: number): string {
  return ["1st", "2nd", "3rd"][n - 1] ?? `${n}th`;
}

/**
 * Tells the attempt form that an answer changed. Drag and drop and the move buttons write hidden
 * fields, which fire no events of their own; autosave and the question navigator listen for these
 * ("input" waits for a pause before saving, as typing does; "change" saves at once).
 */
export function announceAnswerChange(inside: Element | null, how: "change" | "input"): void {
  inside?.dispatchEvent(new Event(how, { bubbles: true }));
}
