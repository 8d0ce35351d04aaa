import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion } from "./common";
import type { Pools } from "./distractors";
import { directQuestion, fillInTheBlank } from "./wording";

/** Other spellings a grader should accept: surname alone, without "the", digits without commas. */
export function acceptedVariants(f: Fact): string[] {
  const out = new Set<string>();
  const a = f.answer;
  if (f.entityType === "person") {
    const parts = a.split(" ");
    if (parts.length > 1) out.add(parts[parts.length - 1]!);
    if (f.role) out.add(`${f.role} ${a}`);
  }
  if (/^the /i.test(a)) out.add(a.replace(/^the /i, ""));
  if (/\d,\d{3}/.test(a)) out.add(a.replace(/(\d),(?=\d{3})/g, "$1"));
  if (f.kind === "percentage") {
    const n = /[\d.]+/.exec(a)?.[0];
    if (n) for (const v of [`${n}%`, `${n} percent`, `${n} per cent`, n]) out.add(v);
  }
  if (f.kind === "count" && f.unit && f.unit !== "years old") out.add(`${a} ${f.unit}`);
  // A span of years ("1910–45") is typed many ways: with a hyphen, with "to", with the end year in full.
  if (f.kind === "date" && f.values?.length === 2) {
    const [from, to] = f.values as [number, number];
    const short = /[-–—](\d{2})$/.test(a) ? String(to % 100).padStart(2, "0") : String(to);
    for (const end of new Set([String(to), short])) for (const sep of ["-", "–", " to "]) out.add(`${from}${sep}${end}`);
  }
  out.delete(a);
  return [...out];
}

/** A typed answer, for people, places, roles and names (numbers go to numeric). */
export function buildShortAnswer(f: Fact, pools?: Pools): Question | undefined {
  if (f.entityType === "list" || f.kind === "count" || f.kind === "percentage" || f.kind === "money") return undefined;
  if (f.answer.split(" ").length > 8) return undefined;
  const direct = directQuestion(f, pools);
  const prompt = direct ?? fillInTheBlank(f);
  const accepted = acceptedVariants(f);
  return {
    type: "short_answer",
    prompt: `${prompt} Type your answer.`,
    answer: f.answer,
    ...(accepted.length ? { acceptedAnswers: accepted } : {}),
    difficulty: direct ? 0.65 : 0.75,
    ...baseQuestion(f),
  };
}
