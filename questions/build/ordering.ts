import type { Fact } from "../facts";
import type { Question } from "../schema";
import { shuffle } from "./common";

/** A window of the sentence around its gap, cut at word boundaries, so a label stays readable. */
export function clip(s: string, gap: number, max = 140): string {
  if (s.length <= max) return s;
  let a = Math.max(0, gap - Math.floor(max / 2));
  let b = Math.min(s.length, a + max);
  a = Math.max(0, b - max);
  if (a > 0) a = s.indexOf(" ", a) + 1;
  if (b < s.length) b = s.lastIndexOf(" ", b);
  return `${a > 0 ? "…" : ""}${s.slice(a, b).replace(/[,;:]$/, "")}${b < s.length ? "…" : ""}`;
}

/** Put three or four of the article's years in chronological order, each with its sentence cue. */
export function buildOrdering(facts: readonly Fact[]): Question | undefined {
  const years = new Map<number, Fact>();
  const sentences = new Set<number>();
  for (const f of facts) {
    if (f.kind !== "date" || f.entityType !== "year" || f.value === undefined || f.values || !/^\d{4}$/.test(f.answer)) continue;
    // One year per sentence: two blanks cut from one sentence give each other away.
    if (years.has(f.value) || sentences.has(f.sentenceIndex) || f.context) continue;
    years.set(f.value, f);
    sentences.add(f.sentenceIndex);
  }
  if (years.size < 3) return undefined;
  const chosen = [...years.values()].slice(0, 4);
  const GAP = "[year]";
  const label = (f: Fact) => {
    const at = f.answerStart - f.start;
    const s = f.sentence.slice(0, at) + GAP + f.sentence.slice(f.answerEnd - f.start);
    return clip(s, at);
  };
  const ordered = [...chosen].sort((a, b) => a.value! - b.value!);
  const items = ordered.map(label);
  if (new Set(items).size !== items.length) return undefined;
  const first = ordered[0]!;
  return {
    type: "ordering",
    prompt: "Put these events from the article in chronological order, earliest first. Each [year] stands for the year the article gives.",
    choices: shuffle(items, first.id),
    answer: items,
    explanation: ordered.map((f) => `${f.answer}: ${label(f)}`).join(" ") + ` The article says: "${first.sentence}"`,
    source: { sentence: first.sentence, start: first.start, end: first.end },
    factKind: "date",
    difficulty: 0.7,
    tags: ["date", "ordering"],
  };
}
