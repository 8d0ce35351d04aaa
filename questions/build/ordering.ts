import type { Fact } from "../facts";
import type { Question } from "../schema";
import { shuffle } from "./common";

/** Put three or four of the article's years in chronological order, each with its sentence cue. */
export function buildOrdering(facts: readonly Fact[]): Question | undefined {
  const years = new Map<number, Fact>();
  for (const f of facts) {
    if (f.kind !== "date" || f.entityType !== "year" || f.value === undefined || f.values) continue;
    if (!years.has(f.value)) years.set(f.value, f);
  }
  if (years.size < 3) return undefined;
  const chosen = [...years.values()].slice(0, 4);
  const label = (f: Fact) => {
    const s = f.sentence.replace(f.answer, "…");
    return s.length > 140 ? `${s.slice(0, 137)}...` : s;
  };
  const ordered = [...chosen].sort((a, b) => a.value! - b.value!);
  const items = ordered.map(label);
  if (new Set(items).size !== items.length) return undefined;
  const first = ordered[0]!;
  return {
    type: "ordering",
    prompt: "Put these events from the article in chronological order, earliest first.",
    choices: shuffle(items, first.id),
    answer: items,
    explanation: ordered.map((f) => `${f.answer}: ${label(f)}`).join(" ") + ` The article says: "${first.sentence}"`,
    source: { sentence: first.sentence, start: first.start, end: first.end },
    factKind: "date",
    difficulty: 0.7,
    tags: ["date", "ordering"],
  };
}
