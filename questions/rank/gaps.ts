// Two drafts of the top ten asked from one sentence take each other's key out of their prompts
// (./mask.ts). Where the sentence reads as well without it, the phrase goes (./elision.ts); where
// it cannot (a subject, an object: "[…] sees the deal as a step towards ..."), the prompt is left
// with "[…]", which every teacher's reading counted as a broken sentence. The later draft of such a
// pair moves just below the top ten, when the draft that comes up in its place is worth nearly as
// much: both prompts then read whole, and the moved fact is still the eleventh draft
// (decision 016, eleventh pass).
import type { Fact } from "../facts";
import { ELIDED, TOP, maskOtherKeys, type Maskable } from "./mask";

/** The draft coming up must score at least this share of the one it replaces in the top ten. */
export const GAP_SWAP_SHARE = 0.6;
/** Most drafts moved down per article: each move is a new masking of the top. */
const MAX_MOVES = 4;

interface Ranked extends Maskable {
  score: number;
}

const gapsIn = (prompt: string) => prompt.split(ELIDED).length - 1;
const keyOf = (d: Maskable) => (typeof d.question.answer === "string" || typeof d.question.answer === "number" ? String(d.question.answer) : "");

/** The top prompts left with more "[…]" than their sentence had, and the lowest-ranked draft of the top that made one (-1 for none). */
function gapsOfTop(order: readonly Ranked[], masked: readonly Ranked[]): { gapped: number; latest: number } {
  let latest = -1;
  let gapped = 0;
  const top = Math.min(TOP, order.length);
  for (let i = 0; i < top; i++) {
    const before = order[i]!.question.prompt;
    if (gapsIn(masked[i]!.question.prompt) <= gapsIn(before)) continue;
    gapped++;
    for (let j = 0; j < top; j++) {
      const key = keyOf(order[j]!);
      if (j !== i && key.length >= 2 && before.includes(key)) latest = Math.max(latest, i, j);
    }
  }
  return { gapped, latest };
}

/**
 * The drafts masked (see maskOtherKeys), with up to a few drafts that broke a top prompt moved to
 * just below the top ten. A move stands only when fewer top prompts are left broken: the draft that
 * comes up may share a sentence with another. Scores stay non-increasing down the list.
 */
export function maskKeepingTopWhole<T extends Ranked>(drafts: readonly T[], facts: readonly Fact[]): T[] {
  let top = drafts.slice(0, TOP);
  let rest = drafts.slice(TOP);
  const held: T[] = [];
  // Only the top ten are masked to find a gap: later drafts do not take keys out of them.
  let now = gapsOfTop(top, maskOtherKeys(top, facts));
  for (let move = 0; move < MAX_MOVES && now.latest >= 0 && rest.length > 0; move++) {
    const out = top[now.latest]!;
    if (rest[0]!.score < GAP_SWAP_SHARE * out.score) break;
    const next = [...top.slice(0, now.latest), ...top.slice(now.latest + 1), rest[0]!];
    const after = gapsOfTop(next, maskOtherKeys(next, facts));
    if (after.gapped >= now.gapped) break;
    held.push(out);
    top = next;
    rest = rest.slice(1);
    now = after;
  }
  // The drafts moved down keep their order just below the top ten; scores stay non-increasing.
  let last = Infinity;
  const ranked = [...top, ...held, ...rest].map((d) => {
    if (d.score <= last) return (last = d.score), d;
    return { ...d, score: last, question: { ...d.question, score: last } };
  });
  return maskOtherKeys(ranked, facts);
}
