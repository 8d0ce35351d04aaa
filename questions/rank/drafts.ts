// Candidates -> drafts. One draft asks one fact: the best form of it is shown, and the other forms
// (multiple choice, typed, true/false, cloze) ride along as variants a teacher can switch to.
// Drafts are ordered by how central their fact is to the story times how good their best form is,
// with a light push towards different sentences and a mix of question types at the top.
import type { Question, QuestionType } from "../schema";
import { looksLikePerson, norm, type Candidate } from "../build";
import type { Fact } from "../facts";
import { maskKeepingTopWhole } from "./gaps";
import { promptWithoutRelativeTime, relativeDaysIn } from "./relative-time";
import { answerIdentity, articleShape, importance, refines, type ArticleShape } from "./importance";
import { numberWords } from "../data";
import { wordsIn } from "../build/clause";
import { isShortFormOf } from "../grade/short-names";
import { scoreCandidate } from "./score";
import { STANDS_OUT, keyStandsOut } from "./standout";
import { paddedPrompt, validate } from "./validate";

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

/** The same prompt asked as the same type is one question (the padded form stands for the normalised one). */
const promptKey = (q: Question) => `${q.type}|${paddedPrompt(q)}`;

function groupCandidates(cands: readonly Candidate[], shape: ArticleShape): Group[] {
  const groups = new Map<string, Group>();
  const prompts = new Set<string>();
  const weights = new Map<Fact, number>();
  const identities = new Map<Fact, string>();
  for (const c of cands) {
    if (validate(c)) continue;
    const pk = promptKey(c.question);
    if (prompts.has(pk)) continue;
    prompts.add(pk);
    let key = `article|${c.question.type}`;
    let weight = ARTICLE_LEVEL_IMPORTANCE;
    if (c.fact) {
      // Several forms share a fact: its identity and importance are worked out once.
      key = identities.get(c.fact) ?? answerIdentity(c.fact);
      identities.set(c.fact, key);
      weight = weights.get(c.fact) ?? importance(c.fact, shape);
      weights.set(c.fact, weight);
    }
    const g = groups.get(key) ?? { key, forms: [] };
    g.forms.push({ c, score: scoreCandidate(c) * weight * (keyStandsOut(c.question, shape) ? STANDS_OUT : 1) });
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
/** A form that asks again what a draft shown asked (its key, or the same fact in other words) is a last resort. */
const REPEAT_PENALTY = 0.35;
/**
 * A form whose prompt prints another draft's key (or whose key another prompt prints) is held back,
 * less: a story's key facts share its lead, and two of them asked from it are still two facts
 * (decision 016, revised).
 */
const PRINT_PENALTY = 0.7;
/** Drafts picked for variety before the rest follow by score. */
const HEAD = 20;

/** What a learner reads of a question (prompt and choices) and the key it hides, normalised. */
interface Shown {
  text: string;
  answer: string;
  /** The answer with a space either side, as it is looked for in prompts ("" for no answer). */
  padded: string;
}

const pad = (key: string) => (key ? ` ${key} ` : "");

// The greedy pick asks for the same questions' keys every round: each is normalised once.
const keyTexts = new WeakMap<Question, string>();
function keyText(q: Question): string {
  let k = keyTexts.get(q);
  if (k === undefined) keyTexts.set(q, (k = typeof q.answer === "string" || typeof q.answer === "number" ? norm(String(q.answer)) : ""));
  return k;
}
// The greedy pick compares every form with every draft shown, twenty times over: each question's
// padded, normalised prompt is worked out once (the one validation made).
const promptText = paddedPrompt;

function shownText(q: Question): Shown {
  return { text: promptText(q), answer: keyText(q), padded: pad(keyText(q)) };
}

/**
 * A question whose key is printed in a draft already shown (or whose prompt prints that draft's
 * key) gives one of them away: the lead blanked twice shows each answer in the other's prompt.
 */
function leaks(q: Question, shown: readonly Shown[]): boolean {
  if (!shown.length) return false;
  const key = pad(keyText(q));
  const text = promptText(q);
  return shown.some((s) => (key.length > 0 && s.text.includes(key)) || (s.padded.length > 0 && text.includes(s.padded)));
}

/**
 * The keys of the drafts shown so far, with what each question has been found to print of them.
 * The greedy pick asks every form of the pool about the shown drafts twenty rounds over, and a
 * shown draft never changes once it is shown: so each question remembers how many keys it has
 * been compared with, and a later round compares it with the keys shown since. Answers are the
 * same as comparing with every shown draft each time.
 */
class ShownKeys {
  readonly shown: Shown[] = [];
  private readonly printing = new WeakMap<Question, { seen: number; hit: boolean }>();
  private readonly printed = new WeakMap<Question, { seen: number; hit: boolean }>();

  /** The prompt prints the key of a draft already shown (the same key again is a repeat: sameKey). */
  prints(q: Question): boolean {
    let p = this.printed.get(q);
    if (!p) this.printed.set(q, (p = { seen: 0, hit: false }));
    if (p.hit) return true;
    const text = promptText(q);
    for (; p.seen < this.shown.length; p.seen++) {
      const padded = this.shown[p.seen]!.padded;
      if (padded.length > 0 && text.includes(padded)) return (p.hit = true);
    }
    return false;
  }

  /** A draft shown already has the same key ("seven" crew after "seven" carriages reads as a repeat). */
  sameKey(q: Question): boolean {
    const own = pad(keyText(q));
    return own.length > 0 && this.shown.some((s) => s.padded === own);
  }

  /** A shown prompt prints `q`'s key. */
  printedIn(q: Question): boolean {
    const padded = pad(keyText(q));
    if (!padded) return false;
    let p = this.printing.get(q);
    if (!p) this.printing.set(q, (p = { seen: 0, hit: false }));
    for (; !p.hit && p.seen < this.shown.length; p.seen++) if (this.shown[p.seen]!.text.includes(padded)) p.hit = true;
    return p.hit;
  }
}

const surname = (name: string) => norm(name).split(" ").pop() ?? "";

/** The person a question asks about or for, by family name ("" when it is not about a person). */
function personAsked(f: Fact | undefined): string {
  if (!f) return "";
  // "Which organisation is X from?" asks about X as much as "What is X's role?" does.
  if ((f.relation === "role-of" || f.relation === "affiliation") && f.subject) return surname(f.subject);
  return f.entityType === "person" ? surname(f.canonical ?? f.answer) : "";
}

/**
 * What the drafts picked so far have asked, to tell a repeat in other words: a matching question
 * over people whose roles were asked one by one (or the reverse), a share that is 100 minus one
 * already asked (55.5% won, 44.5% for the rival), a figure already asked of another noun
 * ("16 feared dead", then "16 still missing"), or one body under another of its names.
 */
export class Asked {
  private readonly people = new Set<string>();
  private readonly matched = new Set<string>();
  private readonly figures: { kind: string; value: number }[] = [];
  /** Names of bodies asked (organisations and other names), as written and normalised. */
  private readonly bodies: { name: string; n: string }[] = [];
  /** Facts asked, for telling another item of the same list. */
  private readonly facts: Fact[] = [];

  add(c: Candidate): void {
    if (c.question.type === "matching" && Array.isArray(c.question.answer)) {
      for (const p of c.question.answer as { left: string }[]) this.matched.add(surname(p.left));
      return;
    }
    const who = personAsked(c.fact);
    if (who) this.people.add(who);
    const f = c.fact;
    if (f) this.facts.push(f);
    if (f?.value !== undefined && (f.kind === "count" || f.kind === "money" || f.kind === "percentage")) this.figures.push({ kind: f.kind, value: f.value });
    if (f?.kind === "other" && f.entityType !== "person") {
      const name = f.canonical ?? f.answer;
      this.bodies.push({ name, n: norm(name) });
    }
  }

  /** "Zondo Commission" after "Zondo Commission of Inquiry", "ConCourt" after "Constitutional Court": one body. */
  private sameBody(name: string): boolean {
    const n = norm(name);
    return this.bodies.some((b) => {
      const [short, long] = n.length <= b.n.length ? [{ name, n }, b] : [b, { name, n }];
      if (short.n.includes(" ") && long.n.startsWith(`${short.n} of `)) return true;
      return short.n.length >= 3 && isShortFormOf(short.name, long.name);
    });
  }

  repeats(c: Candidate): boolean {
    if (c.question.type === "matching" && Array.isArray(c.question.answer)) return (c.question.answer as { left: string }[]).some((p) => this.people.has(surname(p.left)));
    const who = personAsked(c.fact);
    // A person already asked for or about: "Which organisation is X from?", then "_____ of Y said".
    if (who && (this.matched.has(who) || this.people.has(who))) return true;
    const f = c.fact;
    if (f && this.facts.some((g) => sameList(f, g) || overlaps(f, g) || figureAndItsDate(f, g) || rangeEnds(f, g))) return true;
    if (f?.kind === "other" && f.entityType !== "person" && this.sameBody(f.canonical ?? f.answer)) return true;
    if (f && this.facts.some((g) => namesInverse(c, f, g) || pairedPeople(f, g))) return true;
    if (f?.value === undefined || !(f.kind === "count" || f.kind === "money" || f.kind === "percentage")) return false;
    const v = f.value;
    if (this.facts.some((g) => isInverse(c, f, g))) return true;
    // "more than 100 people" injured after "128 people" injured, or the other way round: one count.
    if (this.facts.some((g) => refines(f, g) || refines(g, f))) return true;
    const shares = this.figures.filter((g) => g.kind === "percentage");
    // 55.5 and 44.5 percent asked: the 11-point gap between them is no new fact.
    if (f.kind === "percentage" && shares.some((a, i) => shares.some((b, j) => j > i && Math.abs(Math.abs(a.value - b.value) - v) < 0.05))) return true;
    return this.figures.some((g) => (g.kind === "percentage" && f.kind === "percentage" && v < 100 && Math.abs(g.value + v - 100) < 0.05) || (g.kind === f.kind && g.value === v && v >= 10));
  }
}

const WORD_FOR = new Map(Object.entries(numberWords).map(([w, n]) => [n, w]));

// The greedy pick asks about the same few figures every round: each figure's pattern is built once.
const figurePatterns = new Map<number, RegExp>();

/** Whether `text` prints the figure `v`, in digits ("16", "1,424") or in words ("sixteen"). */
function printsFigure(text: string, v: number): boolean {
  let re = figurePatterns.get(v);
  if (!re) {
    if (figurePatterns.size >= 1_000) figurePatterns.clear();
    const digits = v.toLocaleString("en-US", { maximumFractionDigits: 2 });
    const forms = [digits, digits.replace(/,/g, ""), ...(WORD_FOR.has(v) ? [WORD_FOR.get(v)!] : []), ...(TEENS[v] ? [TEENS[v]] : [])].map((w) => w.replace(/[.]/g, "\\."));
    figurePatterns.set(v, (re = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${forms.join("|")})(?![\\p{L}\\p{N}]|[.,]\\d)`, "iu")));
  }
  return re.test(text);
}
/** A verb joining the two figures ("killed", "left", "sent"), not a preposition ("by 25 points to 7 percent"). */
const VERB_BETWEEN = /\b(?:\p{Ll}{3,}ed|hit|left|took|won|lost|saw|sent|cut|kill|kills|hurt|leave|leaves)\b/u;
// Our number words stop at twelve and then count in tens; figures in a lead are often teens.
const TEENS: Record<number, string> = { 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen" };

/**
 * Two figures of one sentence, the second asked with the first printed in its prompt (in digits or
 * words): "Two car bombs killed _____ people", then "How many car bombs killed sixteen people?"
 * asks the same clause the other way round.
 */
function isInverse(c: Candidate, f: Fact, g: Fact): boolean {
  if (f === g || f.sentenceIndex !== g.sentenceIndex || g.value === undefined) return false;
  if (!(g.kind === "count" || g.kind === "money" || g.kind === "percentage")) return false;
  // Subject and object of one verb: a few words between them, no comma or "and" joining two clauses.
  const [a, b] = f.answerStart < g.answerStart ? [f, g] : [g, f];
  const between = a.sentence.slice(a.answerEnd - a.start, b.answerStart - b.start);
  // "raise tariffs to _____ from 10 percent", then "to 25 percent from _____": one change, asked twice.
  // ("by 25 points to 7 percent" is two facts: the step and where it led.)
  const fromTo = /^\s+from\s+$/.test(between) || (/^\s+to\s+$/.test(between) && /\bfrom\s+$/.test(a.sentence.slice(0, a.answerStart - a.start)));
  if (f.kind === g.kind && fromTo) return printsFigure(c.question.prompt, g.value);
  if (between.length > 40 || /[,;:]|\band\b|\bor\b/.test(between) || wordsIn(between) > 4 || !VERB_BETWEEN.test(between)) return false;
  return printsFigure(c.question.prompt, g.value);
}

const NAMED_KINDS = new Set(["other", "place", "meeting", "person"]);
const isNamed = (f: Fact) => f.value === undefined && f.entityType !== "list" && (NAMED_KINDS.has(f.kind) || (f.kind === "role" && f.relation === "holder"));

/**
 * Two names joined by one verb, the second asked with the first printed: "_____ will buy Sears",
 * then "Kmart will buy _____" asks who bought whom again, the other way round.
 */
function namesInverse(c: Candidate, f: Fact, g: Fact): boolean {
  if (f === g || f.sentenceIndex !== g.sentenceIndex || !isNamed(f) || !isNamed(g)) return false;
  const [a, b] = f.answerStart < g.answerStart ? [f, g] : [g, f];
  const between = a.sentence.slice(a.answerEnd - a.start, b.answerStart - b.start);
  // "Sen. Harry Reid of Nevada": the senator and his state are one fact, asked from either end.
  const personOfPlace = between === " of " && isPerson(a) && b.kind === "place";
  if (!personOfPlace && (between.length > 50 || /[,;:]|\band\b|\bor\b/.test(between) || wordsIn(between) > 6 || !NAMES_VERB_BETWEEN.test(between))) return false;
  return promptText(c.question).includes(` ${norm(g.answer)} `);
}
/** A verb between two names: "will buy", "met", "defeated", "signed with". */
const NAMES_VERB_BETWEEN = /\b(?:\p{Ll}{3,}ed|buy|buys|bought|met|meets|meet|beat|beats|won|hit|sign|signs|lead|leads|led|host|hosts|join|joins|visit|visits|succeed|succeeds|replace|replaces|acquire|acquires|took over|takes over)\b/u;

/** "and his Indian counterpart", "met with", "and": what joins two people acting together. */
const PAIR_BETWEEN = /^\s+(?:and|with|met(?: with)?|meets(?: with)?)\s+(?:(?:his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:counterpart|host|guest)\s+)?$/u;

/** A person as the answer (the tagger may have typed a name it did not know as "other"). */
const isPerson = (f: Fact) => f.relation !== "role-of" && f.relation !== "affiliation" && (f.entityType === "person" || (f.entityType === "other" && f.answer.includes(" ") && looksLikePerson(f.answer)));

/**
 * Two people of one sentence joined as a pair ("Prime Minister _____ and his Indian counterpart
 * Manmohan Singh"): once one is asked with the other printed, asking the other is the same fact
 * (who met whom) the other way round.
 */
function pairedPeople(f: Fact, g: Fact): boolean {
  if (f === g || f.sentenceIndex !== g.sentenceIndex || !isPerson(f) || !isPerson(g)) return false;
  const [a, b] = f.answerStart < g.answerStart ? [f, g] : [g, f];
  if (b.answerStart <= a.answerEnd) return false;
  return PAIR_BETWEEN.test(a.sentence.slice(a.answerEnd - a.start, b.answerStart - b.start));
}

/** What may stand between two items of one list: commas, "and"/"or", and the other items. */
const LIST_BETWEEN = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[^,;:.]{1,40}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$/;

/**
 * Two answers of one kind that are items of one list in one sentence ("_____, Eritrea and Burundi
 * boycotted", then "Nigeria, _____ and Burundi boycotted"): asking the second asks the same fact
 * (who boycotted) again.
 */
function sameList(f: Fact, g: Fact): boolean {
  if (f.sentenceIndex !== g.sentenceIndex || f.kind !== g.kind || f === g) return false;
  const [a, b] = f.answerStart < g.answerStart ? [f, g] : [g, f];
  if (b.answerStart <= a.answerEnd) return false;
  return LIST_BETWEEN.test(a.sentence.slice(a.answerEnd - a.start, b.answerStart - b.start));
}

const isFigure = (f: Fact) => f.kind === "count" || f.kind === "money" || f.kind === "percentage";
const isCalendarDate = (f: Fact) => f.kind === "date" && (f.entityType === "month" || f.entityType === "day");

/**
 * A figure and the month or day that scopes it, in one phrase ("_____ food inflation recorded in
 * July", then "14 percent food inflation recorded in _____"): one fact split in two questions.
 */
function figureAndItsDate(f: Fact, g: Fact): boolean {
  if (f === g || f.sentenceIndex !== g.sentenceIndex) return false;
  const [figure, date] = isFigure(f) && isCalendarDate(g) ? [f, g] : isFigure(g) && isCalendarDate(f) ? [g, f] : [];
  if (!figure || !date) return false;
  const [a, b] = figure.answerStart < date.answerStart ? [figure, date] : [date, figure];
  const between = a.sentence.slice(a.answerEnd - a.start, b.answerStart - b.start);
  return between.length <= 50 && !/[,;:]|\band\b|\bwhile\b/.test(between);
}

/** What stands between the two ends of a range: "3,000 to 4,000 troops", "between 3 and 6 percent", "20-25". */
const RANGE_BETWEEN = /^\s*(?:to|and|or|-|–)\s*$/;

/**
 * The two ends of one range ("four battalions totalling _____ to 4,000 troops", then "3,000 to
 * _____ troops"): one fact, asked twice. Not a change ("by 25 points to 7 percent", "from 10 to 25
 * percent": see isInverse), and "and" only after "between".
 */
function rangeEnds(f: Fact, g: Fact): boolean {
  if (f === g || f.sentenceIndex !== g.sentenceIndex || f.kind !== g.kind || !isFigure(f)) return false;
  const [a, b] = f.answerStart < g.answerStart ? [f, g] : [g, f];
  const between = a.sentence.slice(a.answerEnd - a.start, b.answerStart - b.start);
  if (!RANGE_BETWEEN.test(between)) return false;
  const before = a.sentence.slice(Math.max(0, a.answerStart - a.start - 12), a.answerStart - a.start);
  if (/\b(?:by|from)\s+$/i.test(before)) return false;
  return !/\band\b/.test(between) || /\bbetween\s+$/i.test(before);
}

/** Two answers sharing words of one sentence: "in _____" (Tokyo), then "at _____" (the premier's residence in Tokyo). */
function overlaps(f: Fact, g: Fact): boolean {
  return f !== g && f.sentenceIndex === g.sentenceIndex && f.answerStart < g.answerEnd && g.answerStart < f.answerEnd;
}

/** Whether a draft asks again what one of `others` asks (see Asked). */
function repeatsAny(d: Draft, others: readonly Draft[]): boolean {
  const asked = new Asked();
  for (const o of others) asked.add(o);
  return asked.repeats(d);
}

/** A fourth draft from the lead, or a third from a later sentence, pushed down (see rankDrafts). */
const ONE_SENTENCE_TOO_MANY = 0.3;

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
  const keys = new ShownKeys();
  const shown = keys.shown;
  const asked = new Asked();
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
      const used = sentence >= 0 ? (sentences.get(sentence) ?? 0) : 0;
      // A lead often holds three facts worth asking, a later sentence rarely more than two; past
      // that a draft blanks a prompt the reader has now read over and over.
      const lead = sentence <= 1;
      const sDecay = (lead ? 0.85 : 0.5) ** used * (used >= (lead ? 3 : 2) ? ONE_SENTENCE_TOO_MANY : 1);
      let localBest = -Infinity;
      let localIndex = 0;
      for (let v = 0; v < forms.length; v++) {
        const f = forms[v]!;
        const repeat = keys.sameKey(f.c.question) || asked.repeats(f.c);
        // A prompt that prints a shown key is not cut to hide it: the cut lost the context a reader
        // needs more often than it saved a question (decision 016, fourth pass).
        const leaking = !repeat && (keys.prints(f.c.question) || keys.printedIn(f.c.question));
        const adj = f.score * sDecay * TYPE_DECAY[f.c.question.type] ** (types.get(f.c.question.type) ?? 0) * (repeat ? REPEAT_PENALTY : leaking ? PRINT_PENALTY : 1);
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
    shown.push(shownText(bestForms[0]!.c.question));
    const main = bestForms[0]!;
    asked.add(main.c);
    const s = main.c.fact?.sentenceIndex ?? -1;
    if (s >= 0) sentences.set(s, (sentences.get(s) ?? 0) + 1);
    types.set(main.c.question.type, (types.get(main.c.question.type) ?? 0) + 1);
  }
  const rest: typeof picked = [];
  for (let k = 0; k < pool.length && picked.length + rest.length < limit; k++) {
    if (taken.has(k)) continue;
    const all = pool[k]!.forms;
    const clean = all.filter((f) => !leaks(f.c.question, shown));
    const forms = clean.length ? [...clean, ...all.filter((f) => !clean.includes(f))] : all;
    rest.push({ forms, score: forms[0]!.score });
    shown.push(shownText(forms[0]!.c.question));
  }
  const ordered = [...picked, ...rest].slice(0, limit);

  // Scores stay non-increasing down the list.
  let last = Infinity;
  const drafts = ordered.map(({ forms, score }) => {
    last = Math.min(last, Math.round(score * 1000) / 1000);
    const [main, ...others] = forms;
    return {
      question: { ...main!.c.question, score: last },
      variants: others.slice(0, MAX_VARIANTS).map((o) => ({ ...o.c.question, score: Math.round(o.score * 1000) / 1000 })),
      ...(main!.c.fact ? { fact: main!.c.fact } : {}),
      score: last,
    };
  });
  const texts = new Set(facts.map((f) => f.sentence));
  const oneDay = relativeDaysIn(texts).size <= 1;
  const articleText = [...texts].join(" ");
  return maskKeepingTopWhole(drafts, facts, repeatsAny).map((d) => {
    const question = promptWithoutRelativeTime(d.question, oneDay, articleText);
    const variants = d.variants.map((v) => promptWithoutRelativeTime(v, oneDay, articleText));
    return question === d.question && variants.every((v, i) => v === d.variants[i]) ? d : { ...d, question, variants };
  });
}
