// Candidates -> drafts. One draft asks one fact: the best form of it is shown, and the other forms
// (multiple choice, typed, true/false, cloze) ride along as variants a teacher can switch to.
// Drafts are ordered by how central their fact is to the story times how good their best form is,
// with a light push towards different sentences and a mix of question types at the top.
import type { Question, QuestionType } from "../schema";
import { norm, type Candidate } from "../build";
import type { Fact } from "../facts";
import { answerIdentity, articleShape, importance, type ArticleShape } from "./importance";
import { scoreCandidate } from "./score";
import { validate } from "./validate";

export interface Draft {
  /** The form shown first. */
  question: Question;
  /** The same fact asked in other forms, best first. */
  variants: Question[];
  /** The fact behind it; whole-article questions (matching, ordering) have none. */
  fact?: Fact;
  /** Draft score: the fact's importance times its best form's quality. */
  score: number;
}

export interface DraftOptions {
  /** Most drafts to return (default 20). */
  limit?: number;
  /** The headline: facts it names are favoured. */
  title?: string;
  /** Every fact of the article (for repetition counts); defaults to the candidates' facts. */
  facts?: readonly Fact[];
}

export const DEFAULT_DRAFTS = 20;
/** Most alternative forms kept per draft. */
const MAX_VARIANTS = 5;
/** Whole-article questions are review material, not the story's facts: they follow the facts. */
const ARTICLE_LEVEL_IMPORTANCE = 0.25;

interface Group {
  key: string;
  /** Best first. */
  forms: { c: Candidate; score: number }[];
}

const promptKey = (q: Question) => `${q.type}|${norm(q.prompt)}`;

function groupCandidates(cands: readonly Candidate[], shape: ArticleShape): Group[] {
  const groups = new Map<string, Group>();
  const prompts = new Set<string>();
  const weights = new Map<Fact, number>();
  for (const c of cands) {
    if (validate(c)) continue;
    const pk = promptKey(c.question);
    if (prompts.has(pk)) continue;
    prompts.add(pk);
    const key = c.fact ? answerIdentity(c.fact) : `article|${c.question.type}`;
    let weight = ARTICLE_LEVEL_IMPORTANCE;
    if (c.fact) {
      // Several forms share a fact: its importance is worked out once.
      weight = weights.get(c.fact) ?? importance(c.fact, shape);
      weights.set(c.fact, weight);
    }
    const g = groups.get(key) ?? { key, forms: [] };
    g.forms.push({ c, score: scoreCandidate(c) * weight });
    groups.set(key, g);
  }
  for (const g of groups.values()) g.forms.sort((a, b) => b.score - a.score);
  return [...groups.values()];
}

/** One of each type, best first: the main form is the first. */
function formsOf(g: Group): { c: Candidate; score: number }[] {
  const types = new Set<QuestionType>();
  const out: { c: Candidate; score: number }[] = [];
  for (const f of g.forms) {
    if (types.has(f.c.question.type)) continue;
    types.add(f.c.question.type);
    out.push(f);
  }
  return out;
}

/** How much a type may repeat near the top before another type's draft is preferred. */
const TYPE_DECAY: Record<QuestionType, number> = {
  multiple_choice: 0.97,
  numeric: 0.85,
  true_false: 0.75,
  short_answer: 0.8,
  matching: 0.6,
  multiple_response: 0.7,
  cloze: 0.7,
  ordering: 0.6,
};
/** Drafts picked for variety before the rest follow by score. */
const HEAD = 20;

export function rankDrafts(cands: readonly Candidate[], opts: DraftOptions = {}): Draft[] {
  const limit = opts.limit ?? DEFAULT_DRAFTS;
  const facts = opts.facts ?? [...new Set(cands.flatMap((c) => (c.fact ? [c.fact] : [])))];
  const shape = articleShape(facts, opts.title);
  const groups = groupCandidates(cands, shape)
    .map((g) => ({ g, forms: formsOf(g) }))
    .filter((x) => x.forms.length > 0)
    .sort((a, b) => b.forms[0]!.score - a.forms[0]!.score);

  // Greedy head: the best group once its sentence and its main form's type have been used.
  const sentences = new Map<number, number>();
  const types = new Map<QuestionType, number>();
  const picked: { forms: { c: Candidate; score: number }[]; score: number }[] = [];
  const pool = groups.slice(0, Math.max(200, limit * 4));
  const taken = new Set<number>();
  while (picked.length < Math.min(limit, HEAD, pool.length)) {
    let best = -1;
    let bestScore = -Infinity;
    let bestVariant = 0;
    for (let k = 0; k < pool.length; k++) {
      if (taken.has(k)) continue;
      const { forms } = pool[k]!;
      if (forms[0]!.score <= bestScore) break; // sorted: discounts only lower scores
      // The main form may change: a group whose best type is crowded shows its next best form.
      const sentence = forms[0]!.c.fact?.sentenceIndex ?? -1;
      // A lead often holds three facts worth asking; later sentences rarely hold two.
      const sDecay = sentence >= 0 ? (sentence <= 1 ? 0.88 : 0.75) ** (sentences.get(sentence) ?? 0) : 1;
      let localBest = -Infinity;
      let localIndex = 0;
      for (let v = 0; v < forms.length; v++) {
        const f = forms[v]!;
        const adj = f.score * sDecay * TYPE_DECAY[f.c.question.type] ** (types.get(f.c.question.type) ?? 0);
        if (adj > localBest) {
          localBest = adj;
          localIndex = v;
        }
      }
      if (localBest > bestScore) {
        bestScore = localBest;
        best = k;
        bestVariant = localIndex;
      }
    }
    if (best < 0) break;
    taken.add(best);
    const forms = pool[best]!.forms;
    const bestForms = [forms[bestVariant]!, ...forms.filter((_, j) => j !== bestVariant)];
    picked.push({ forms: bestForms, score: bestScore });
    const main = bestForms[0]!;
    const s = main.c.fact?.sentenceIndex ?? -1;
    if (s >= 0) sentences.set(s, (sentences.get(s) ?? 0) + 1);
    types.set(main.c.question.type, (types.get(main.c.question.type) ?? 0) + 1);
  }
  const rest = pool.filter((_, k) => !taken.has(k)).map(({ forms }) => ({ forms, score: forms[0]!.score }));
  const ordered = [...picked, ...rest].slice(0, limit);

  // Scores stay non-increasing down the list.
  let last = Infinity;
  return ordered.map(({ forms, score }) => {
    last = Math.min(last, Math.round(score * 1000) / 1000);
    const [main, ...others] = forms;
    return {
      question: { ...main!.c.question, score: last },
      variants: others.slice(0, MAX_VARIANTS).map((o) => ({ ...o.c.question, score: Math.round(o.score * 1000) / 1000 })),
      ...(main!.c.fact ? { fact: main!.c.fact } : {}),
      score: last,
    };
  });
}
