import { countries } from "../data";
import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, norm, shuffle } from "./common";
import type { Pools } from "./distractors";
import { blankedPassage } from "./wording";

/** "Select all that apply" over a list fact: the listed items plus same-type wrong items. */
export function buildMultipleResponse(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType !== "list" || !f.items || f.items.length < 2) return undefined;
  const have = new Set(f.items.map(norm));
  const inSentence = (x: string) => f.sentence.includes(x);
  const candidates = [...(pools.byKey.get("country") ?? []), ...(pools.byKey.get("city") ?? []), ...(pools.byKey.get("place") ?? []), ...countries.map((c) => c.name)];
  const wrong: string[] = [];
  for (const c of candidates) {
    if (wrong.length >= 3) break;
    if (have.has(norm(c)) || inSentence(c)) continue;
    have.add(norm(c));
    wrong.push(c);
  }
  if (wrong.length < 2) return undefined;
  return {
    type: "multiple_response",
    prompt: `Which of these fill the blank? Select all that apply. "${blankedPassage(f)}"`,
    choices: shuffle([...f.items, ...wrong], f.id),
    answer: [...f.items],
    difficulty: 0.5,
    ...baseQuestion(f),
  };
}
