// Part marks in the question form, written the way Moodle's GIFT writes them, as a prefix on the
// line they belong to (docs/decisions/027):
//   choices:  "*Paris" full marks; "%50% Lyon" half; "%-25% Berlin" a quarter off; plain: nothing
//   accepted: "%50% Fenmarsh" (typed answers) or "%50% 80 ± 5" (numbers): answers worth part
// A "%" at both ends keeps a choice that itself starts with a figure ("50% of voters") a choice.
import type { Question } from "@/questions/schema";
import { percentToFraction } from "@/questions/formats/gift/grades";
import { readFormNumber } from "../forms/form-number";

type Result<T> = { ok: T } | { error: string };
type PartialAnswer = NonNullable<Question["partialAnswers"]>[number];

const PERCENT = /^%\s*([+-]?[\d.,]+)\s*%\s*/;

/** A percentage as the form shows it: at most three decimals ("33.333", "-25", "12.5"). */
export function formatPercent(fraction: number): string {
  return String(Math.round(fraction * 100 * 1000) / 1000);
}

/** A line's leading "%n%", if any, and the rest of the line. */
export function takePercent(line: string): Result<{ fraction: number | undefined; rest: string }> {
  const m = PERCENT.exec(line);
  if (!m) return { ok: { fraction: undefined, rest: line } };
  const n = readFormNumber(m[1]!);
  if (n === null || !Number.isFinite(n) || n < -100 || n > 100) return { error: `"${m[0].trim()}" is not a percentage from -100% to 100% (write %50%).` };
  return { ok: { fraction: percentToFraction(n), rest: line.slice(m[0].length).trim() } };
}

export interface ChoiceLine {
  text: string;
  /** "*": marked correct (full marks). */
  starred: boolean;
  /** "%n%": the credit written for it. */
  fraction: number | undefined;
}

export function readChoiceLine(line: string): Result<ChoiceLine> {
  const starred = line.startsWith("*");
  const body = starred ? line.slice(1).trim() : line;
  const taken = takePercent(body);
  if ("error" in taken) return taken;
  if (starred && taken.ok.fraction !== undefined) return { error: `Use either * or a percentage on a line, not both ("${line.slice(0, 40)}").` };
  return { ok: { text: taken.ok.rest, starred, fraction: taken.ok.fraction } };
}

/** Multiple choice: one or more full-mark choices, others worth their percentage or nothing. */
export function choiceCredit(lines: readonly ChoiceLine[]): Result<Pick<Question, "answer" | "choiceWeights">> {
  const weights = lines.map((l) => (l.starred ? 1 : (l.fraction ?? 0)));
  const full = lines.filter((_, i) => weights[i]! >= 1);
  if (!full.length) return { error: "Mark the correct choice with a leading * (several * if several are fully right)." };
  const plainKey = full.length === 1 && weights.every((w) => w === 0 || w === 1);
  return { ok: { answer: full[0]!.text, ...(plainKey ? {} : { choiceWeights: weights }) } };
}

/**
 * Select all that apply: "*" marks the right choices (each wrong pick cancels a right one), or
 * every choice has its own percentage, the right ones adding up to 100%.
 */
export function responseCredit(lines: readonly ChoiceLine[]): Result<Pick<Question, "answer" | "choiceWeights">> {
  if (lines.every((l) => l.fraction === undefined)) {
    const right = lines.filter((l) => l.starred).map((l) => l.text);
    return right.length ? { ok: { answer: right } } : { error: "Mark the correct choices with a leading *." };
  }
  if (lines.some((l) => l.starred)) return { error: "With percentages, give each correct choice its percentage (like %50%) instead of a *." };
  const weights = lines.map((l) => l.fraction ?? 0);
  const total = weights.filter((w) => w > 0).reduce((sum, w) => sum + w, 0);
  if (Math.abs(total - 1) > 1e-4) return { error: `The correct choices' percentages add up to ${formatPercent(total)}%: make them add up to 100%.` };
  return { ok: { answer: lines.filter((_, i) => weights[i]! > 0).map((l) => l.text), choiceWeights: weights } };
}

/** The choices field's lines for a choice question: "*", "%n%" or nothing before each choice. */
export function choicesToLines(q: Question): string[] {
  const choices = q.choices ?? [];
  if (q.type === "multiple_response") {
    const right = new Set(q.answer as string[]);
    if (!q.choiceWeights) return choices.map((c) => (right.has(c) ? `*${c}` : c));
    return choices.map((c, i) => (q.choiceWeights![i] ? `%${formatPercent(q.choiceWeights![i]!)}% ${c}` : c));
  }
  return choices.map((c, i) => {
    const w = c === q.answer ? 1 : (q.choiceWeights?.[i] ?? 0);
    return w >= 1 ? `*${c}` : w ? `%${formatPercent(w)}% ${c}` : c;
  });
}

const PART_MARKS = "A percentage must be more than 0% and less than 100%: an answer without one earns full marks.";

/** Short answer and cloze: the accepted lines, those with a percentage worth part of the marks. */
export function readTypedAccepted(lines: readonly string[]): Result<{ accepted: string[]; partial: PartialAnswer[] }> {
  const accepted: string[] = [];
  const partial: PartialAnswer[] = [];
  for (const line of lines) {
    const taken = takePercent(line);
    if ("error" in taken) return taken;
    const { fraction, rest } = taken.ok;
    if (!rest) return { error: `Write the answer after its percentage ("${line.slice(0, 40)}").` };
    if (fraction === undefined) accepted.push(rest);
    else if (fraction <= 0 || fraction >= 1) return { error: PART_MARKS };
    else partial.push({ answer: rest, fraction });
  }
  return { ok: { accepted, partial } };
}

/** Numbers: each line "%50% 80" or "%50% 80 ± 5". */
export function readNumericPartial(lines: readonly string[]): Result<PartialAnswer[]> {
  const partial: PartialAnswer[] = [];
  for (const line of lines) {
    const taken = takePercent(line);
    if ("error" in taken) return taken;
    const { fraction, rest } = taken.ok;
    if (fraction === undefined) return { error: `Start each line with the part of the marks it earns, like %50% 80 ± 5 ("${line.slice(0, 40)}").` };
    if (fraction <= 0 || fraction >= 1) return { error: "A percentage must be more than 0% and less than 100%." };
    const [value = "", tolerance = ""] = rest.split("±").map((p) => p.trim());
    const n = readFormNumber(value);
    const t = tolerance ? readFormNumber(tolerance) : 0;
    if (n === null || !Number.isFinite(n) || t === null || !Number.isFinite(t) || t < 0) return { error: `"${rest.slice(0, 40)}" is not a number (write 80, or 80 ± 5).` };
    partial.push({ answer: n, fraction, ...(t ? { tolerance: t } : {}) });
  }
  return { ok: partial };
}

/** The accepted field's lines for answers worth part of the marks. */
export function partialToLines(q: Question): string[] {
  return (q.partialAnswers ?? []).map((p) => {
    const answer = typeof p.answer === "number" && p.tolerance ? `${p.answer} ± ${p.tolerance}` : String(p.answer);
    return `%${formatPercent(p.fraction)}% ${answer}`;
  });
}
