// Questions on why something happened and what was agreed (facts from ../facts/reasons.ts). A
// reason is a phrase, so it is asked as a choice, never typed: four choices when the article
// offers three wrong answers of the same shape that cannot also be right, otherwise a true/false
// claim, otherwise nothing. The question is the clause's own ("Why did China raise tariffs on US
// goods?", "What did the council vote to do?") when it could be formed, else the clause with the
// reason blanked, ending at the blank.
import type { Fact } from "../facts";
import type { Question } from "../schema";
import { BLANK, baseQuestion, hashOf, shuffle } from "./common";
import { clauseAround } from "./clause";
import { hasUnbalancedQuotes } from "./true-false";
import { tameQuotes } from "./wording";

export const isReasonFact = (f: Fact): boolean => (f.entityType === "reason" || f.entityType === "outcome") && f.cue !== undefined;

const PRONOUN_OPENER = /^(?:it|its|they|their|them|he|his|she|her|this|that|these|those|we|i)\b/i;
const SUBJECT_PRONOUN = /(?:^|[\s,])(?:he|she|they|it|we|I)\s/;
const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** Longest claim worth judging true or false (as for other facts). */
const MAX_STATEMENT_CHARS = 200;

/**
 * The clause holding the reason with `phrase` in its place, cut after the phrase when the sentence
 * goes on with another part (", closing schools ...", "while talks go on"), kept whole when the
 * phrase sits inside it ("a landslide triggered by _____ has killed ..."). Undefined when it opens with a pronoun the
 * learner cannot resolve.
 */
export function reasonClause(f: Fact, phrase: string): { text: string; cut: boolean; ends: boolean } | undefined {
  const a0 = f.answerStart - f.start;
  const a1 = f.answerEnd - f.start;
  const s = f.sentence.slice(0, a0) + phrase + f.sentence.slice(a1);
  const clause = clauseAround(s, a0, a0 + phrase.length);
  let text = clause.text;
  let cut = clause.cut;
  // "But the rand recovered ..." -> "The rand recovered ...".
  const joined = /^(?:But|And|Yet|So|However,|Meanwhile,)\s+(\S)/.exec(text);
  if (joined) {
    text = joined[1]!.toUpperCase() + text.slice(joined[0].length);
    cut = true;
  }
  const at = text.indexOf(phrase);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  // What comes before the phrase: more than the cue itself ("After _____, troops ..." keeps its clause).
  // The phrase ends its clause unless the sentence's own verb follows it; a claim or a blank
  // can then stop there ("... agreed to a truce | while their teams talked").
  const ends = at > 0 && wordsIn(before) > wordsIn(f.cue ?? "") && !f.midClause;
  if (ends) {
    const end = at + phrase.length;
    if (end < text.replace(/[\s.!?]+$/, "").length) cut = true;
    text = `${text.slice(0, end)}.`;
  }
  // "Like most members, he voted to ...": whose vote, the learner cannot tell.
  if (!f.context && (PRONOUN_OPENER.test(text) || SUBJECT_PRONOUN.test(before))) return undefined;
  return { text, cut, ends };
}

/** The quoted clause with the reason blanked. */
function blankedClause(f: Fact): string | undefined {
  const c = reasonClause(f, BLANK);
  if (!c) return undefined;
  const body = f.context ? `${f.context} ${c.text}` : c.text;
  return `Fill in the blank: "${tameQuotes(body)}"`;
}

/** "because of", "due to": the cue as it starts a choice. */
const cueText = (f: Fact) => (f.cue ?? "").replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

/** A choice that stands out by its length alone: the key far longer, or far shorter, than every other. */
export function standsOut(key: string, others: readonly string[]): boolean {
  const longest = Math.max(...others.map((o) => o.length));
  const shortest = Math.min(...others.map((o) => o.length));
  return key.length > longest * 1.5 || key.length * 1.5 < shortest;
}

function explanation(f: Fact): string {
  return `The article says: "${f.sentence}"`;
}

/** Four choices: the reason and three of the article's phrases of its shape that do not fit. */
export function buildReasonChoice(f: Fact): Question | undefined {
  const wrong = (f.alternatives ?? []).slice(0, 3);
  if (wrong.length < 3) return undefined;
  const direct = f.ask && !f.context ? f.ask : undefined;
  // "Why ...?" is answered with the cue: "in retaliation for new duties", "because the bridge closed".
  const why = direct?.startsWith("Why ");
  const dress = (x: string) => (why ? `${cueText(f)} ${x}` : x);
  const prompt = direct ?? blankedClause(f);
  if (!prompt) return undefined;
  const key = dress(f.answer);
  const others = wrong.map(dress);
  if (standsOut(key, others)) return undefined;
  return {
    type: "multiple_choice",
    prompt,
    choices: shuffle([key, ...others], f.id),
    answer: key,
    difficulty: direct ? 0.5 : 0.45,
    ...baseQuestion(f),
    explanation: explanation(f),
  };
}

/**
 * The opposite relation, for a false claim that is false by what the article says rather than by
 * a wrong phrase: "closed because of a strike" -> "closed despite a strike", "declared an
 * emergency after three deaths" -> "before three deaths", "agreed to resume talks" -> "refused
 * to resume talks". Undefined for cues with no plain opposite ("in retaliation for", "over").
 */
export function oppositeCue(cue: string): string | undefined {
  const lower = cue.toLowerCase();
  const swapped =
    /^(?:because of|due to|owing to|as a result of)$/.test(lower) ? "despite"
    : lower === "after" ? "before"
    : /^(?:agreed|decided|pledged|vowed|promised) to$/.test(lower) ? "refused to"
    : /^(?:agrees|decides|pledges|vows|promises) to$/.test(lower) ? "refuses to"
    : lower === "voted to" ? "voted against a motion to"
    : undefined;
  if (!swapped) return undefined;
  return /^\p{Lu}/u.test(cue) ? swapped[0]!.toUpperCase() + swapped.slice(1) : swapped;
}

/** The fact's sentence with its cue turned to the opposite, as a fact of its own (offsets moved). */
function withOppositeCue(f: Fact): Fact | undefined {
  const cue = f.cue;
  const opposite = cue && oppositeCue(cue);
  if (!cue || !opposite) return undefined;
  const a0 = f.answerStart - f.start;
  const c0 = a0 - cue.length - 1;
  if (c0 < 0 || f.sentence.slice(c0, a0) !== `${cue} `) return undefined;
  const sentence = f.sentence.slice(0, c0) + opposite + f.sentence.slice(c0 + cue.length);
  const shift = opposite.length - cue.length;
  return { ...f, sentence, cue: opposite, answerStart: f.answerStart + shift, answerEnd: f.answerEnd + shift };
}

/**
 * A claim about the reason: the clause as the article has it (true), or false by the opposite
 * relation ("despite", "before", "refused to") or, failing that, by another of the article's
 * phrases in the reason's place. Which one is stable per fact. A true claim is only offered as a
 * real cut of the sentence: a copied sentence tests recognition, not the reason.
 */
export function buildReasonTrueFalse(f: Fact): Question | undefined {
  if (f.context) return undefined;
  let makeFalse = hashOf(f.id) % 2 === 0;
  let c: { text: string; cut: boolean } | undefined;
  if (makeFalse) {
    const opposite = withOppositeCue(f);
    c = opposite && reasonClause(opposite, opposite.answer);
    // A swapped phrase must end the claim: "... because of <other phrase> in 1879" reads as nonsense, not as false.
    if (!c && f.alternatives?.length && reasonClause(f, f.answer)?.ends) c = reasonClause(f, f.alternatives[0]!);
    if (!c) makeFalse = false;
  }
  if (!makeFalse) c = reasonClause(f, f.answer);
  if (!c || c.text.length > MAX_STATEMENT_CHARS || hasUnbalancedQuotes(c.text)) return undefined;
  // A true claim must be a real cut of the sentence; a false one changes the one thing asked, so
  // even a whole sentence is not a copy.
  if (!makeFalse && (!c.cut || wordsIn(c.text) > wordsIn(f.sentence) * 0.85)) return undefined;
  return {
    type: "true_false",
    prompt: `True or false? ${tameQuotes(c.text)}`,
    answer: !makeFalse,
    difficulty: makeFalse ? 0.35 : 0.25,
    ...baseQuestion(f),
    explanation: explanation(f),
  };
}

/** Every form of question for a reason or outcome fact. */
export function buildReasonQuestions(f: Fact): Question[] {
  const out: Question[] = [];
  const mc = buildReasonChoice(f);
  if (mc) out.push(mc);
  const tf = buildReasonTrueFalse(f);
  if (tf) out.push(tf);
  return out;
}
