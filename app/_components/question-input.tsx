// The answer controls for one question, as plain form fields (works without JavaScript).
import type { LearnerQuestion } from "../_server/attempts/learner-view";
import type { LearnerResponse } from "@/questions/schema";
import { responseFieldName } from "../_server/attempts/form-responses";

const inputClass =
  "mt-2 block w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none";
const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 hover:border-brand-600 hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";

/** `saved` pre-fills what the learner already answered (resuming); `locked` freezes a checked answer. */
export function QuestionInput({ question, saved, locked = false }: { question: LearnerQuestion; saved?: LearnerResponse; locked?: boolean }) {
  const field = responseFieldName(question.id);
  const picked = (choice: string) => saved === choice || (Array.isArray(saved) && saved.includes(choice));
  const text = typeof saved === "string" || typeof saved === "number" ? String(saved) : undefined;
  const order = Array.isArray(saved) ? saved : [];
  const pairs = saved && typeof saved === "object" && !Array.isArray(saved) ? (saved as Record<string, string>) : {};
  const promptId = `prompt-${question.id}`;
  switch (question.type) {
    case "multiple_choice":
    case "multiple_response": {
      const multiple = question.type === "multiple_response";
      return (
        <fieldset aria-labelledby={promptId} className="mt-3 space-y-2">
          {multiple && <p className="text-sm text-slate-500">Choose all that apply.</p>}
          {question.choices?.map((choice, i) => (
            <label key={choice} className={optionClass}>
              <input type={multiple ? "checkbox" : "radio"} name={field} value={choice} defaultChecked={picked(choice)} disabled={locked} className="mt-1 accent-brand-600" id={`${field}-${i}`} />
              <span>{choice}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "true_false":
      return (
        <fieldset aria-labelledby={promptId} className="mt-3 flex gap-3">
          {(["true", "false"] as const).map((value) => (
            <label key={value} className={`${optionClass} min-w-28`}>
              <input type="radio" name={field} value={value} defaultChecked={saved === (value === "true")} disabled={locked} className="mt-1 accent-brand-600" />
              <span>{value === "true" ? "True" : "False"}</span>
            </label>
          ))}
        </fieldset>
      );
    case "numeric":
      return <input name={field} inputMode="decimal" autoComplete="off" aria-labelledby={promptId} className={inputClass} placeholder="A number" defaultValue={text} disabled={locked} />;
    case "short_answer":
    case "cloze":
      return <input name={field} type="text" autoComplete="off" aria-labelledby={promptId} className={inputClass} placeholder="Your answer" maxLength={200} defaultValue={text} disabled={locked} />;
    case "ordering":
      return (
        <ol className="mt-3 space-y-2">
          {question.choices?.map((_, position) => (
            <li key={position} className="flex items-center gap-2">
              <label htmlFor={`${field}-${position}`} className="w-16 text-sm text-slate-600">{ordinal(position + 1)}</label>
              <select id={`${field}-${position}`} name={responseFieldName(question.id, position)} className={inputClass.replace("mt-2 ", "")} defaultValue={order[position] ?? ""} disabled={locked}>
                <option value="" disabled>Choose…</option>
                {question.choices?.map((item) => <option key={item} value={item}>{item}</option>)}
              </select>
            </li>
          ))}
        </ol>
      );
    case "matching":
      return (
        <div className="mt-3 space-y-2">
          {question.matchLeft?.map((left, i) => (
            <div key={left} className="flex flex-wrap items-center gap-2">
              <input type="hidden" name={`${responseFieldName(question.id, i)}.left`} value={left} />
              <label htmlFor={`${field}-${i}`} className="min-w-40 font-medium">{left}</label>
              <select id={`${field}-${i}`} name={responseFieldName(question.id, i)} className={inputClass.replace("mt-2 ", "")} defaultValue={pairs[left] ?? ""} disabled={locked}>
                <option value="" disabled>Choose…</option>
                {question.matchRight?.map((right) => <option key={right} value={right}>{right}</option>)}
              </select>
            </div>
          ))}
        </div>
      );
  }
}

function ordinal(n: number): string {
  return ["1st", "2nd", "3rd"][n - 1] ?? `${n}th`;
}
