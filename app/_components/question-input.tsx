// The answer controls for one question, as plain form fields (works without JavaScript). Ordering
// and matching are moved by hand with JavaScript, and fall back to menus without it.
import type { LearnerQuestion } from "../_server/attempts/learner-view";
import type { LearnerResponse } from "@/questions/schema";
import { responseFieldName } from "../_server/attempts/form-responses";
import { inputClass } from "./answer-input-parts";
import { OrderingInput } from "./ordering-input";
import { MatchingInput } from "./matching-input";
import { NumberInput } from "./number-input";

const optionClass =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 hover:border-brand-600 hover:bg-brand-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";

/** `saved` pre-fills what the learner already answered (resuming); `locked` freezes a checked answer. */
export function QuestionInput({ question, saved, locked = false }: { question: LearnerQuestion; saved?: LearnerResponse; locked?: boolean }) {
  const field = responseFieldName(question.id);
  const picked = (choice: string) => saved === choice || (Array.isArray(saved) && saved.includes(choice));
  const text = typeof saved === "string" || typeof saved === "number" ? String(saved) : undefined;
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
      return <NumberInput name={field} promptId={promptId} className={inputClass} defaultValue={text} disabled={locked} />;
    case "short_answer":
    case "cloze":
      return <input name={field} type="text" autoComplete="off" aria-labelledby={promptId} className={inputClass} placeholder="Your answer" maxLength={200} defaultValue={text} disabled={locked} />;
    case "ordering":
      return <OrderingInput questionId={question.id} items={question.choices ?? []} saved={Array.isArray(saved) ? saved : undefined} locked={locked} promptId={promptId} />;
    case "matching":
      return <MatchingInput questionId={question.id} left={question.matchLeft ?? []} options={question.matchRight ?? []} saved={pairs} locked={locked} promptId={promptId} />;
  }
}
