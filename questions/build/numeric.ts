import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion } from "./common";
import { countQuestion, fillInTheBlank } from "./wording";

/**
 * A typed number. Only for plain written numbers (no scale word, no currency) so the expected
 * value is exactly the one in the sentence; big counts get a small tolerance.
 */
export function buildNumeric(f: Fact): Question | undefined {
  if (f.value === undefined || f.values) return undefined;
  if (!["count", "percentage", "date"].includes(f.kind)) return undefined;
  if (f.kind === "date" && f.entityType !== "year") return undefined;
  const m = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.exec(f.answer.replace(/ ?(?:%|percent|per cent|s)$/, ""));
  if (!m) return undefined;
  const value = Number(m[0].replace(/,/g, ""));
  if (value !== f.value) return undefined;
  const hedged = !!f.qualifier && /about|around|approximately|roughly|nearly|almost|some|estimated/i.test(f.qualifier);
  // "some 20 countries" is a round figure: a near guess is as right as the writer was.
  const tolerance =
    f.kind === "date" || !Number.isInteger(value) ? 0 : hedged && value >= 10 ? Math.max(1, Math.round(value * (value < 100 ? 0.1 : 0.05))) : value < 100 ? 0 : Math.round(value * 0.02);
  const unitHint = f.kind === "percentage" ? " (a percentage)" : f.kind === "date" ? " (a year)" : "";
  const direct = countQuestion(f);
  return {
    type: "numeric",
    prompt: direct ? `${direct} Answer with a number.` : `${fillInTheBlank(f, `Fill in the blank with a number${unitHint}:`)}`,
    answer: value,
    tolerance,
    difficulty: value >= 100 && tolerance === 0 ? 0.7 : 0.6,
    ...baseQuestion(f),
  };
}
