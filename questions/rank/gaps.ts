// The top ten is read as a whole after masking (./mask.ts). Two drafts asked from one sentence take
// each other's key out of their prompts; where the sentence reads as well without it the phrase goes
// (./elision.ts), and where it cannot (a subject, an object: "[…] sees the deal as a step towards
// ...") the prompt is left with "[…]", which every teacher's reading counted as a broken sentence.
// A draft may also print another's key from another sentence ("its Osk plant" beside "a plant in
// _____"), which gives that question away. The later draft of such a pair moves just below the top
// ten when the draft that comes up in its place is worth nearly as much (decision 016, eleventh pass).
import type { Fact } from "../facts";
import { indexOfLiteral } from "../nlp/regexp";
import { ELIDED, TOP, maskContext, maskOtherKeys, type Maskable } from "./mask";

/** The draft coming up must score at least this share of the one it replaces in the top ten. */
export const GAP_SWAP_SHARE = 0.6;
/** Most drafts moved down per article: each move is a new masking of the top. */
const MAX_MOVES = 4;
/** Drafts after the top ten tried in turn to come up in place of one moved down. */
const CANDIDATES = 3;

interface Ranked extends Maskable {
  score: number;
}

const gapsIn = (prompt: string) => prompt.split(ELIDED).length - 1;
const keyOf = (d: Maskable) => (typeof d.question.answer === "string" || typeof d.question.answer === "number" ? String(d.question.answer) : "");

// A key as a whole word or figure: "Osk" not in "Oskar", "12" not in "2012" or "12.5".
const KEY_BEFORE = /(?<![\p{L}\p{N}])/uy;
const KEY_AFTER = /(?![\p{L}\p{N}]|[.,]\d)/uy;
const prints = (text: string, key: string) => indexOfLiteral(text, key, KEY_BEFORE, KEY_AFTER) >= 0;

/**
 * The top prompts left broken, and the lowest-ranked draft of the top that broke one (-1 for none).
 * A prompt is broken by another top draft when masking left it more "[…]" than its sentence had,
 * or when it still prints that draft's key (another sentence naming it: "its Osk plant" after
 * "a plant in _____"): a learner reading one question has the other's answer.
 */
function flawsOfTop(order: readonly Ranked[], masked: readonly Ranked[]): { flawed: number; latest: number } {
  let latest = -1;
  let flawed = 0;
  const top = Math.min(TOP, order.length);
  const keys = order.slice(0, top).map(keyOf);
  for (let i = 0; i < top; i++) {
    const before = order[i]!.question.prompt;
    const after = masked[i]!.question.prompt;
    const gapped = gapsIn(after) > gapsIn(before);
    let broken = false;
    for (let j = 0; j < top; j++) {
      const key = keys[j]!;
      if (j === i || key.length < 2) continue;
      if ((gapped && before.includes(key)) || prints(after, key)) {
        broken = true;
        latest = Math.max(latest, i, j);
      }
    }
    if (broken) flawed++;
  }
  return { flawed, latest };
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
  const context = maskContext(facts);
  // Only the top ten are masked to find a gap: later drafts do not take keys out of them.
  let now = flawsOfTop(top, maskOtherKeys(top, facts, context));
  for (let move = 0; move < MAX_MOVES && now.latest >= 0; move++) {
    const out = top[now.latest]!;
    // The first of the next few drafts that leaves fewer top prompts broken comes up.
    let taken = -1;
    for (let k = 0; k < Math.min(CANDIDATES, rest.length) && rest[k]!.score >= GAP_SWAP_SHARE * out.score; k++) {
      const next = [...top.slice(0, now.latest), ...top.slice(now.latest + 1), rest[k]!];
      const after = flawsOfTop(next, maskOtherKeys(next, facts, context));
      if (after.flawed < now.flawed) {
        taken = k;
        top = next;
        now = after;
        break;
      }
    }
    if (taken < 0) break;
    held.push(out);
    rest = [...rest.slice(0, taken), ...rest.slice(taken + 1)];
  }
  // The drafts moved down keep their order just below the top ten; scores stay non-increasing.
  let last = Infinity;
  const ranked = [...top, ...held, ...rest].map((d) => {
    if (d.score <= last) return (last = d.score), d;
    return { ...d, score: last, question: { ...d.question, score: last } };
  });
  return maskOtherKeys(ranked, facts, context);
}
