// The top ten is read as a whole after masking (./mask.ts). Two drafts asked from one sentence take
// each other's key out of their prompts; where the sentence reads as well without it the phrase goes
// (./elision.ts), and where it cannot (a subject, an object: "[…] sees the deal as a step towards
// ...") the prompt is left with "[…]", which every teacher's reading counted as a broken sentence.
// A draft may also print another's key from another sentence ("its Osk plant" beside "a plant in
// _____"), which gives that question away. The later draft of such a pair moves just below the top
// ten when the draft that comes up in its place is worth nearly as much (decision 016, eleventh pass);
// a draft given away moves first, for any draft worth a quarter of it (twelfth pass).
import { norm } from "../build";
import type { Fact } from "../facts";
import { indexOfLiteral } from "../nlp/regexp";
import { ELIDED_MARK, TOP, maskContext, maskOtherKeys, type Maskable } from "./mask";

/** The draft coming up must score at least this share of the one it replaces in the top ten. */
export const GAP_SWAP_SHARE = 0.6;
/**
 * Where the later draft's key is printed whole in another top prompt (not taken out as "[…]"), the
 * question is given away: any draft worth this share of it is better in the top ten.
 */
export const GIVEAWAY_SWAP_SHARE = 0.25;
/** A prompt that prints another's key is unpublishable; one with a "[…]" may still read: the first counts double. */
const GIVEAWAY_WEIGHT = 2;
/** Most drafts moved down per article: each move is a new masking of the top. */
const MAX_MOVES = 4;
/** Drafts after the top ten tried in turn to come up in place of one moved down. */
const CANDIDATES = 3;

interface Ranked extends Maskable {
  score: number;
}

const gapsIn = (prompt: string) => prompt.match(ELIDED_MARK)?.length ?? 0;
const keyOf = (d: Maskable) => (typeof d.question.answer === "string" || typeof d.question.answer === "number" ? String(d.question.answer) : "");
const sameKey = (a: Maskable, b: Maskable) => keyOf(a) !== "" && norm(keyOf(a)) === norm(keyOf(b));

// A key as a whole word or figure: "Osk" not in "Oskar", "12" not in "2012" or "12.5".
const KEY_BEFORE = /(?<![\p{L}\p{N}])/uy;
const KEY_AFTER = /(?![\p{L}\p{N}]|[.,]\d)/uy;
const prints = (text: string, key: string) => indexOfLiteral(text, key, KEY_BEFORE, KEY_AFTER) >= 0;

/**
 * The top prompts left broken, and the lowest-ranked draft of the top that broke one (-1 for none).
 * A prompt is broken by another top draft when masking left it more "[…]" than its sentence had,
 * or when it still prints that draft's key (another sentence naming it: "its Osk plant" after
 * "a plant in _____"): a learner reading one question has the other's answer. A prompt that gives a
 * key away counts twice in `flawed`; `latest` is the lowest-ranked draft of a pair that gives a key
 * away if there is one (`givenAway`), else of a pair that leaves a gap.
 */
function flawsOfTop(order: readonly Ranked[], masked: readonly Ranked[]): { flawed: number; latest: number; givenAway: boolean } {
  let latestGap = -1;
  let latestGiveaway = -1;
  let flawed = 0;
  const top = Math.min(TOP, order.length);
  const keys = order.slice(0, top).map(keyOf);
  for (let i = 0; i < top; i++) {
    const before = order[i]!.question.prompt;
    const after = masked[i]!.question.prompt;
    const gapped = gapsIn(after) > gapsIn(before);
    let broken = 0;
    for (let j = 0; j < top; j++) {
      const key = keys[j]!;
      if (j === i || key.length < 2) continue;
      if (prints(after, key)) {
        broken = GIVEAWAY_WEIGHT;
        latestGiveaway = Math.max(latestGiveaway, i, j);
      } else if (gapped && before.includes(key)) {
        broken = Math.max(broken, 1);
        latestGap = Math.max(latestGap, i, j);
      }
    }
    flawed += broken;
  }
  // A question given away goes first, whatever its rank among the broken ones.
  return latestGiveaway >= 0 ? { flawed, latest: latestGiveaway, givenAway: true } : { flawed, latest: latestGap, givenAway: false };
}

/**
 * The drafts masked (see maskOtherKeys), with up to a few drafts that broke a top prompt moved to
 * just below the top ten. A move stands only when fewer top prompts are left broken: the draft that
 * comes up may share a sentence with another. A draft that `repeats` what the top asks never comes
 * up. Scores stay non-increasing down the list.
 */
export function maskKeepingTopWhole<T extends Ranked>(drafts: readonly T[], facts: readonly Fact[], repeats: (draft: T, others: readonly T[]) => boolean = () => false): T[] {
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
    for (let k = 0; k < Math.min(CANDIDATES, rest.length) && rest[k]!.score >= (now.givenAway ? GIVEAWAY_SWAP_SHARE : GAP_SWAP_SHARE) * out.score; k++) {
      // A draft asking a key the top already asks ("16" people missing, told twice), or the same
      // fact another way (one of a list the top asks whole), would be a repeat.
      const staying = [...top.slice(0, now.latest), ...top.slice(now.latest + 1)];
      if (staying.some((d) => sameKey(d, rest[k]!)) || repeats(rest[k]!, staying)) continue;
      const next = [...staying, rest[k]!];
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
