// Human-readable answers and responses for the result page.
import type { LearnerResponse, Question } from "@/questions/schema";
import { numberFormat } from "../../_components/cached-format";

export function describeAnswer(question: Question): string {
  const a = question.answer;
  switch (question.type) {
    case "true_false":
      return a ? "True" : "False";
    case "numeric":
      return question.tolerance ? `${formatNumber(a as number)} (± ${formatNumber(question.tolerance)})` : formatNumber(a as number);
    case "matching":
      return (a as { left: string; right: string }[]).map((p) => `${p.left} → ${p.right}`).join("; ");
    case "ordering":
      return (a as string[]).join(" → ");
    case "multiple_response":
      return (a as string[]).join("; ");
    default:
      return String(a);
  }
}

export function describeResponse(question: Question, response: LearnerResponse | undefined): string {
  if (response === undefined || response === null || response === "") return "No answer";
  if (typeof response === "boolean") return response ? "True" : "False";
  if (typeof response === "number") return formatNumber(response);
  if (Array.isArray(response)) return response.join(question.type === "ordering" ? " → " : "; ");
  if (typeof response === "object") return Object.entries(response).map(([l, r]) => `${l} → ${r}`).join("; ");
  return response;
}

// One formatter for every number: toLocaleString with options builds a new one per call, which
// was the largest single cost of a 500-learner report's answer lists (decision 030).
const NUMBER_FORMAT = numberFormat("en-US", { maximumFractionDigits: 4 });

/** A number as answers and keys show it ("20,878", "0.1235"); the question previews use it too. */
export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}
