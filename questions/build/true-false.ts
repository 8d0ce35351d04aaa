import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, hashOf, substitute } from "./common";
import { distractors, type Pools } from "./distractors";
import { tameQuotes } from "./wording";

/** Longest statement worth judging true or false: past this a learner hunts for the one changed word. */
const MAX_STATEMENT_CHARS = 200;

/** Quotation marks that open without closing, or close without opening (a sentence cut from a longer quote). */
export function hasUnbalancedQuotes(s: string): boolean {
  if ((s.match(/"/g)?.length ?? 0) % 2 === 1) return true;
  if ((s.match(/“/g)?.length ?? 0) !== (s.match(/”/g)?.length ?? 0)) return true;
  // ’ is also an apostrophe: only one after punctuation or before a non-letter closes a quote.
  const opens = s.match(/‘/g)?.length ?? 0;
  const closes = s.match(/[.,!?;:]’|’(?=\s|$)(?<!\p{L}s’)/gu)?.length ?? 0;
  return opens !== closes;
}

/** The share of the sentence spoken inside quotation marks. */
export function quotedShare(s: string): number {
  let quoted = 0;
  for (const m of s.matchAll(/"[^"]*"|“[^”]*”|‘[^‘’]*(?:’\p{L}[^‘’]*)*’/gu)) quoted += m[0].length;
  return s.length ? quoted / s.length : 0;
}

/**
 * A statement taken from the article, either as written (true) or with the answer swapped for a
 * same-type wrong value (false). Which one is picked is stable per fact. Long sentences, long
 * quotations and sentences with a stray quotation mark make no statement a learner can judge.
 */
export function buildTrueFalse(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list" || f.context) return undefined;
  if (f.sentence.length > MAX_STATEMENT_CHARS || hasUnbalancedQuotes(f.sentence) || quotedShare(f.sentence) > 0.5) return undefined;
  const makeFalse = hashOf(f.id) % 2 === 0;
  let statement = f.sentence;
  // Swapping one word of a longer name ("Action on Smoking and Health") makes a garbled, not a false, statement.
  if (makeFalse && (f.entityType === "org" || f.entityType === "other") && !f.answer.includes(" ")) return undefined;
  if (makeFalse) {
    const wrong = distractors(f, pools, 1)[0];
    if (!wrong) return undefined;
    statement = substitute(f, wrong);
  }
  return {
    type: "true_false",
    prompt: `True or false? According to the article: "${tameQuotes(statement)}"`,
    answer: !makeFalse,
    difficulty: makeFalse ? 0.3 : 0.2,
    ...baseQuestion(f),
  };
}
