import type { Fact } from "../facts";
import type { Question } from "../schema";
import { baseQuestion, hashOf, substitute } from "./common";
import { distractors, type Pools } from "./distractors";
import { tameQuotes } from "./wording";
import { clauseAround, wordsIn } from "./clause";


/** Longest statement worth judging true or false: past this a learner hunts for the one changed word. */
const MAX_STATEMENT_CHARS = 200;

const CURLY_QUOTE = /[“”‘’]/;

/** Quotation marks that open without closing, or close without opening (a sentence cut from a longer quote). */
export function hasUnbalancedQuotes(s: string): boolean {
  if ((s.match(/"/g)?.length ?? 0) % 2 === 1) return true;
  // The cleaner makes every curly quotation mark straight: the checks below find nothing to count.
  if (!CURLY_QUOTE.test(s)) return false;
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
 * A claim about one fact: the clause that holds it, cut from its sentence, either as the article
 * has it (true) or with the answer swapped for a plausible value of the same kind (false). Which
 * one is picked is stable per fact. A sentence that cannot be cut to a shorter clause gives no
 * statement: judging a copied sentence tests whether the learner recognises it, not the fact.
 */
export function buildTrueFalse(f: Fact, pools: Pools): Question | undefined {
  if (f.entityType === "list" || f.context) return undefined;
  if (hasUnbalancedQuotes(f.sentence) || quotedShare(f.sentence) > 0.3) return undefined;
  const makeFalse = hashOf(f.id) % 2 === 0;
  // Swapping one word of a longer name ("Action on Smoking and Health") makes a garbled, not a false, statement.
  if (makeFalse && (f.entityType === "org" || f.entityType === "other") && !f.answer.includes(" ")) return undefined;
  const value = makeFalse ? distractors(f, pools, 1)[0] : f.answer;
  if (!value) return undefined;
  const a0 = f.answerStart - f.start;
  const changed = substitute(f, value);
  const clause = clauseAround(changed, a0, a0 + value.length);
  if (!clause.cut || clause.text.length > MAX_STATEMENT_CHARS || hasUnbalancedQuotes(clause.text)) return undefined;
  // Dropping an aside in brackets leaves the sentence all but copied: a real cut drops a clause.
  if (wordsIn(clause.text) > wordsIn(changed) * 0.85) return undefined;
  return {
    type: "true_false",
    prompt: `True or false? ${tameQuotes(clause.text)}`,
    answer: !makeFalse,
    difficulty: makeFalse ? 0.3 : 0.2,
    ...baseQuestion(f),
    // Feedback on a statement says whether it held and, if not, what the article gives: "The
    // answer is South Korea." beside True and False read as a non sequitur.
    explanation: `${makeFalse ? `False: the article gives ${f.answer}, not ${value}.` : "True."} The article says: "${f.sentence}"`,
  };
}
