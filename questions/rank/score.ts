// Scores candidates and orders them best first. The head of the list is picked greedily so that
// a teacher's first page has different facts from different sentences and a mix of question
// types; the rest follows by score with repeats on one fact or sentence pushed down.
import type { FactKind, Question, QuestionType } from "../schema";
import { norm, type Candidate } from "../build";
import { opensWithPronoun, type Fact } from "../facts";
import { validate } from "./validate";

const KIND_WEIGHT: Record<FactKind, number> = {
  meeting: 1,
  role: 0.95,
  percentage: 0.9,
  money: 0.9,
  count: 0.85,
  date: 0.8,
  place: 0.8,
  other: 0.6,
};
const TYPE_WEIGHT: Record<QuestionType, number> = {
  multiple_choice: 1,
  short_answer: 0.85,
  numeric: 0.85,
  matching: 0.9,
  multiple_response: 0.85,
  true_false: 0.8,
  cloze: 0.7,
  ordering: 0.7,
};

/** Words that only make sense with an earlier sentence ("the move", "the two", "these plans", "did just that"). */
const NEEDS_ANTECEDENT =
  /\bthe (?:two|move|pair|latter|former|other|decision|plan|proposal|measure|step)\b|\b(?:these|those) [a-z]+|\b(?:did|do|does|done) (?:just |exactly )?(?:that|this|so)\b|\bthe same\b|\bsuch (?!as\b)[a-z]+/i;
const WEAK_OPENER = /^(?:This|That|These|Those|Such|It|Its|Both)\b|^(?:\S+ ){0,3}(?:it|they|them|he|she)\b/;

export interface ScoreContext {
  /** Content words of the headline, normalised. */
  titleWords?: ReadonlySet<string>;
}

const STOP = new Set(["in", "on", "at", "to", "for", "of", "and", "or", "by", "with", "from", "as", "is", "are", "be", "new"]);
export const titleWordsOf = (title: string | undefined): Set<string> =>
  new Set(
    norm(title ?? "")
      .split(" ")
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );

export function scoreCandidate(c: Candidate, ctx: ScoreContext = {}): number {
  const q = c.question;
  let s = TYPE_WEIGHT[q.type] * KIND_WEIGHT[q.factKind ?? "other"];
  // Applied one by one, in a fixed order, so the product is the same however it is cached.
  if (c.fact) for (const m of factFactors(c.fact, ctx)) s *= m;
  if (!/^(?:Fill in the blank|Type the missing|Which of these fill)/.test(q.prompt) && q.type !== "true_false") s *= 1.05; // a direct question
  // A wall of quoted text: past 250 characters a prompt is hard to read in a quiz, the more so the longer.
  // The one long choice among short ones is the answer a test-wise learner picks unread.
  const key = q.answer;
  if (q.type === "multiple_choice" && typeof key === "string" && key.length > 40 && q.choices?.every((x) => x === key || x.length * 2 < key.length)) s *= 0.5;
  if (q.prompt.length > 250) s *= 0.55 * Math.max(0.5, 1 - (q.prompt.length - 250) / 400);
  else if (q.prompt.length > 220) s *= 0.9;
  return Math.round(s * 1000) / 1000;
}

// Every question on a fact shares the fact's factors: they are worked out once per fact and headline.
const factorCache = new WeakMap<Fact, { titleWords: ReadonlySet<string> | undefined; factors: number[] }>();

function factFactors(f: Fact, ctx: ScoreContext): number[] {
  const hit = factorCache.get(f);
  if (hit && hit.titleWords === ctx.titleWords) return hit.factors;
  const factors = factFactorsOf(f, ctx);
  factorCache.set(f, { titleWords: ctx.titleWords, factors });
  return factors;
}

/** The multipliers a fact's sentence and answer earn, in the order they are applied. */
function factFactorsOf(f: Fact, ctx: ScoreContext): number[] {
  const out: number[] = [];
  const words = f.sentence.split(/\s+/).length;
  if (words < 8) out.push(0.85);
  if (words > 40) out.push(0.85);
  if (f.sentence.startsWith('"') || /"\s*(?:he|she) (?:said|added)/.test(f.sentence)) out.push(0.85); // inside a quotation
  if (f.context) out.push(0.8);
  // The quoted previous sentence leans on one further back: the learner still lacks the story.
  if (f.context && (opensWithPronoun(f.context) || NEEDS_ANTECEDENT.test(f.context) || WEAK_OPENER.test(f.context))) out.push(0.5);
  if (f.lowValue) out.push(0.5);
  // No full stop: a caption, a link line or other page furniture rather than a sentence of the story.
  if (f.sentenceIndex > 0 && !/[.!?]["'’”)]*\s*$/.test(f.sentence)) out.push(0.5);
  if (!f.context && WEAK_OPENER.test(f.sentence)) out.push(0.8);
  if (!f.context && NEEDS_ANTECEDENT.test(f.sentence)) out.push(0.6);
  if (f.entityType === "person" && !f.answer.includes(" ")) out.push(0.75); // bare surname
  if (f.kind === "count" && !f.unit) out.push(0.7);
  if (f.kind === "count" && (f.value ?? 0) <= 3) out.push(0.7); // "the two allies": little to learn
  if (f.kind === "date" && (f.entityType === "month" || f.entityType === "weekday" || f.entityType === "relative")) out.push(0.75);
  if (f.entityType === "other" && !f.answer.includes(" ")) out.push(0.8);
  if (f.entityType === "quote") out.push(0.85);
  if (f.relation === "role-of" && f.answer.length > 60) out.push(0.8);
  const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 3);
  if (f.kind === "place" && (/^'s/.test(after) || /^ [a-z]/.test(after))) out.push(0.75); // "Japan's", "US troops"
  // The headline names what the story is about; the lead sentences carry the news.
  const tw = ctx.titleWords;
  if (tw?.size) {
    const aw = norm(f.answer).split(" ");
    const inTitle = aw.every((w) => tw.has(w)) || (f.value !== undefined && tw.has(String(f.value)));
    if (inTitle) out.push(1.12);
    const sw = new Set(norm(f.sentence).split(" "));
    const overlap = [...tw].filter((w) => sw.has(w)).length / tw.size;
    if (overlap >= 0.5) out.push(1.06);
  }
  out.push(f.sentenceIndex === 0 ? 1.1 : f.sentenceIndex <= 2 ? 1.05 : 1 - Math.min(0.15, f.sentenceIndex * 0.008));
  return out;
}

export interface RankOptions {
  /** Most questions to return. */
  limit?: number;
  /** Most questions per fact. */
  perFact?: number;
  /** The headline: facts it names are favoured. */
  title?: string;
}

/** How many leading questions are chosen for variety rather than by score alone. */
const HEAD = 20;

interface Scored {
  q: Question;
  score: number;
  key: string;
  sentence: number;
}

/** Validate, deduplicate, score and sort: best first, with repeat questions on one fact pushed down. */
export function rankQuestions(cands: readonly Candidate[], opts: RankOptions = {}): Question[] {
  const limit = opts.limit ?? 150;
  const perFact = opts.perFact ?? 3;
  const ctx: ScoreContext = { titleWords: titleWordsOf(opts.title) };
  const seen = new Set<string>();
  const scored: Scored[] = [];
  const valid = cands.filter((c) => !validate(c));
  const answerKey = (q: Question) => `${q.type}|${Array.isArray(q.answer) ? JSON.stringify(q.answer) : norm(String(q.answer))}`;
  // Normalising every prompt is costly and only questions sharing a type and answer can repeat
  // one another, so only those prompts are compared.
  const shared = new Map<string, number>();
  for (const c of valid) {
    const k = answerKey(c.question);
    shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  for (const c of valid) {
    const q = c.question;
    const ak = answerKey(q);
    if (shared.get(ak)! > 1) {
      const dedupe = `${ak}|${norm(q.prompt)}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
    }
    // One fact = one (sentence, answer) pair, however many extractors found it.
    const factKey = c.fact ? `${c.fact.sentenceIndex}|${norm(c.fact.answer)}` : `article|${q.type}`;
    scored.push({ q, score: scoreCandidate(c, ctx), key: factKey, sentence: c.fact?.sentenceIndex ?? -1 });
  }
  scored.sort((a, b) => b.score - a.score);
  const perKey = new Map<string, number>();
  const typeSeen = new Set<string>();
  const eligible: Scored[] = [];
  for (const s of scored) {
    const n = perKey.get(s.key) ?? 0;
    if (n >= perFact) continue;
    const typeKey = `${s.key}|${s.q.type}`;
    if (typeSeen.has(typeKey)) continue; // one question of each type per fact
    typeSeen.add(typeKey);
    perKey.set(s.key, n + 1);
    eligible.push(s);
  }
  const head = pickHead(eligible, Math.min(HEAD, limit));
  const chosen = new Set(head.map((h) => h.item));
  // The rest: each further question on one fact or sentence counts for less.
  const factCount = new Map<string, number>();
  const sentenceCount = new Map<number, number>();
  for (const { item } of head) {
    factCount.set(item.key, (factCount.get(item.key) ?? 0) + 1);
    if (item.sentence >= 0) sentenceCount.set(item.sentence, (sentenceCount.get(item.sentence) ?? 0) + 1);
  }
  const tail: { q: Question; score: number }[] = [];
  for (const s of eligible) {
    if (chosen.has(s)) continue;
    const n = factCount.get(s.key) ?? 0;
    const m = s.sentence >= 0 ? (sentenceCount.get(s.sentence) ?? 0) : 0;
    factCount.set(s.key, n + 1);
    if (s.sentence >= 0) sentenceCount.set(s.sentence, m + 1);
    tail.push({ q: s.q, score: s.score * 0.8 ** n * 0.9 ** m });
  }
  tail.sort((a, b) => b.score - a.score);
  // Scores stay non-increasing down the list.
  const out: Question[] = [];
  let last = Infinity;
  for (const { q, score } of [...head.map((h) => ({ q: h.item.q, score: h.score })), ...tail]) {
    if (out.length >= limit) break;
    last = Math.min(last, Math.round(score * 1000) / 1000);
    out.push({ ...q, score: last });
  }
  return out;
}

/** The type mix a first page should lean towards: mostly multiple choice, a few of the others. */
const TYPE_DECAY: Record<QuestionType, number> = {
  multiple_choice: 0.93,
  numeric: 0.75,
  true_false: 0.7,
  short_answer: 0.75,
  matching: 0.5,
  multiple_response: 0.6,
  cloze: 0.6,
  ordering: 0.5,
};

/** Greedy pick: the best candidate once repeats of its fact, sentence and type are discounted. */
function pickHead(items: readonly Scored[], n: number): { item: Scored; score: number }[] {
  const out: { item: Scored; score: number }[] = [];
  const facts = new Map<string, number>();
  const sentences = new Map<number, number>();
  const types = new Map<QuestionType, number>();
  const pool = items.slice(0, Math.max(n * 12, 200));
  const taken = new Set<Scored>();
  while (out.length < n) {
    let best: Scored | undefined;
    let bestScore = -Infinity;
    for (const s of pool) {
      // The pool is sorted by score and discounts only lower it: nothing further on can win.
      if (s.score <= bestScore) break;
      if (taken.has(s)) continue;
      const adj =
        s.score *
        0.35 ** (facts.get(s.key) ?? 0) *
        (s.sentence >= 0 ? 0.7 ** (sentences.get(s.sentence) ?? 0) : 1) *
        TYPE_DECAY[s.q.type] ** (types.get(s.q.type) ?? 0);
      if (adj > bestScore) {
        bestScore = adj;
        best = s;
      }
    }
    if (!best) break;
    taken.add(best);
    out.push({ item: best, score: bestScore });
    facts.set(best.key, (facts.get(best.key) ?? 0) + 1);
    if (best.sentence >= 0) sentences.set(best.sentence, (sentences.get(best.sentence) ?? 0) + 1);
    types.set(best.q.type, (types.get(best.q.type) ?? 0) + 1);
  }
  return out;
}
