// How good a candidate is as a question, apart from how central its fact is (./importance.ts):
// its type, whether it asks directly, its length, and the quality of its source sentence.
import type { Question, QuestionType } from "../schema";
import type { Candidate } from "../build";
import { rankDrafts } from "./drafts";
import { opensWithPronoun, type Fact } from "../facts";
import { RunCache } from "../run-cache";
import { namePronoun } from "../build/wording";
import { wordsIn } from "../build/clause";
import { countryByName, type Country } from "../data";
import { escapeRegExp } from "../nlp/regexp";
import { optionsOfAnotherCountry } from "./country-options";

/** Past this many words a prompt is too long to read in a quiz. */
const TOO_MANY_WORDS = 40;

const TYPE_WEIGHT: Record<QuestionType, number> = {
  multiple_choice: 1,
  short_answer: 0.85,
  numeric: 0.85,
  // A matching question restates the role questions beside it: it follows them.
  matching: 0.55,
  multiple_response: 0.85,
  // A statement built from one sentence reads as that sentence copied with one word changed: every
  // rubric reading rejected it, so it is the last form a draft shows.
  true_false: 0.3,
  cloze: 0.7,
  ordering: 0.7,
};

/** Words that only make sense with an earlier sentence ("the move", "the two", "these plans", "did just that"). */
// Also "Other nations such as ..." (other than those named before), "confirmed the date", "at that time", a dateline's "here" ("a dinner here"), and an object
// "it" ending the sentence after a verb ("turned up to sign it."; "them" there is usually a noun of
// the same sentence: "payments to companies not supposed to receive them").
const NEEDS_ANTECEDENT =
  /^Other [a-z]+\b|\bthe (?:two|move|pair|latter|former|other|decision|plan|proposal|measure|step|date)\b|\b(?:these|those) [a-z]+|\b(?:did|do|does|done) (?:just |exactly )?(?:that|this|so)\b|\bthe same\b|\bsuch (?!as\b)[a-z]+|\b(?:at|by|until|since) that time\b|\b(?:attending|held|hosted|gathered|arrived|meeting|summit|talks|conference) [^.,;]{0,30}\bhere\b|\bto [a-z]+ it[.!?]["'’”]*$/i;
/** Units of time: a sentence, a term, a deadline. */
const DURATION_UNIT = /\b(?:years?|months?|weeks?|days?|hours?|decades?|terms?)$/;
const WEAK_OPENER = /^(?:This|That|These|Those|Such|It|Its|Both)\b|^(?:\S+ ){0,3}(?:it|they|them|he|she)\b/;
/** A demonstrative standing for the whole sentence before: "That left just two leaders", "This means". */
const DEMONSTRATIVE_SUBJECT = /^(?:That|This|These|Those) (?:[a-z]+ed|left|leaves|is|was|are|were|means|meant|made|makes|came|comes|has|had|will|would)\b/;

/** A question's quality as a form (type, direct wording, length) times its fact's sentence quality. */
export function scoreCandidate(c: Candidate): number {
  const q = c.question;
  let s = TYPE_WEIGHT[q.type];
  // Applied one by one, in a fixed order, so the product is the same however it is cached.
  if (c.fact) for (const m of factFactors(c.fact)) s *= m;
  if (!/^(?:Fill in the blank|Type the missing|Which of these fill)/.test(q.prompt) && q.type !== "true_false") s *= 1.05; // a direct question
  // "Who said ...?" asks for the speaker of a quote, not for the news.
  if (/^Who (?:said|says|told|added)\b/.test(q.prompt)) s *= 0.6;
  // A wall of quoted text: past 250 characters a prompt is hard to read in a quiz, the more so the longer.
  // The one long choice among short ones is the answer a test-wise learner picks unread.
  const key = q.answer;
  if (q.type === "multiple_choice" && typeof key === "string" && key.length > 40 && q.choices?.every((x) => x === key || x.length * 2 < key.length)) s *= 0.5;
  if (q.prompt.length > 250) s *= 0.55 * Math.max(0.5, 1 - (q.prompt.length - 250) / 400);
  else if (q.prompt.length > 220) s *= 0.9;
  // A teacher reads a prompt of more than about forty words as a wall of text (RUBRIC.md), whatever
  // its characters: short words add up too.
  // "Brazilian President Lula ... a highway that _____ and Peru plan to build": the country's own
  // people named in the prompt give it away.
  if (c.fact && namesOwnCountry(c.fact, q.prompt)) s *= 0.3;
  // "South Africa's _____" among other countries' banks: the options the prompt rules out leave
  // the key; its typed form asks the same without them.
  if (optionsOfAnotherCountry(q).length) s *= 0.3;
  // "_____'s main contract ... in _____ Thursday": the key written twice is blanked twice, which a
  // reader takes for two answers (RUBRIC.md: no two blanks for one answer).
  if ((q.prompt.match(/_{3,}/g)?.length ?? 0) > 1) s *= 0.3;
  // "down 75 cents to _____ from $43.45": the key is the sum or difference of two figures printed.
  if (c.fact && worksOut(c.fact, q.prompt)) s *= 0.3;
  const words = wordsIn(q.prompt);
  if (words > TOO_MANY_WORDS) s *= words > TOO_MANY_WORDS + 8 ? 0.4 : 0.6;
  return Math.round(s * 1000) / 1000;
}

/** A figure as written, in its unit's main terms ("75 cents" is 0.75), or undefined. */
const FIGURE = /([$€£¥₹]\s?)?(\d[\d,]*(?:\.\d+)?)(\s?(?:cents?|pence|p\b))?/g;
function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const v = Number(m[2]!.replace(/,/g, ""));
    if (Number.isFinite(v)) out.push(m[3] && !m[1] ? v / 100 : v);
  }
  return out;
}

/**
 * A figure that two others printed in the prompt add up to or differ by: "fell 75 cents to _____
 * from $43.45", "rose 12 to _____ from 40". Small whole numbers and years are left alone: three
 * and five make eight by chance.
 */
/** Equal but for floating-point error. */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function worksOut(f: Fact, prompt: string): boolean {
  if (f.kind !== "money" && f.kind !== "count" && f.kind !== "percentage") return false;
  const [key] = figuresIn(f.answer);
  if (key === undefined || (Number.isInteger(key) && key < 20 && f.kind !== "percentage")) return false;
  const shown = figuresIn(prompt.replace(/_{3,}/g, " ")).filter((v) => !(Number.isInteger(v) && v >= 1900 && v <= 2100));
  // "took _____ against his rival's 55.5 percent": a share is a hundred less the other share.
  if (f.kind === "percentage" && key < 100 && shown.some((v) => v < 100 && close(v + key, 100))) return true;
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const [a, b] = [shown[i]!, shown[j]!];
      if (close(a + b, key) || close(Math.abs(a - b), key)) return true;
    }
  return false;
}

// Every form of a country question is checked against its country's names: each country's
// patterns are compiled once (compiling them per candidate was a tenth of scoring).
const namePatterns = new Map<Country, { form: string; re: RegExp }[]>();

/** The country's demonym and names, each with its whole-word pattern, in the order they are tried. */
function countryNamePatterns(country: Country): { form: string; re: RegExp }[] {
  let res = namePatterns.get(country);
  if (!res) {
    const forms = [country.demonym, country.name, ...(country.aliases ?? [])].filter((x): x is string => !!x && x.length >= 3);
    res = forms.map((w) => ({ form: w, re: new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, "u") }));
    namePatterns.set(country, res);
  }
  return res;
}

/** A country asked whose demonym ("Brazilian") or other name the prompt prints. */
function namesOwnCountry(f: Fact, prompt: string): boolean {
  if (f.kind !== "place" || f.entityType !== "country") return false;
  const country = countryByName.get(f.answer.replace(/^the /, ""));
  if (!country) return false;
  // (A pattern can only match where its name is printed: most prompts print none, found without the look-behind.)
  return countryNamePatterns(country).some(({ form, re }) => prompt.includes(form) && re.test(prompt));
}

// Every question on a fact shares the fact's factors: they are worked out once per fact.
const factorCache = new RunCache<Fact, number[]>();

function factFactors(f: Fact): number[] {
  let factors = factorCache.get(f);
  if (!factors) factorCache.set(f, (factors = factFactorsOf(f)));
  return factors;
}

/** The characters `\s` matches in a regular expression. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Whether `s.split(/\s+/)` has fewer than `n` pieces (one more than its runs of spaces), counted
 * without building the pieces: splitting every fact's sentence was a good share of the ranking's
 * garbage.
 */
function fewerPieces(s: string, n: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < s.length && pieces < n; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces < n;
}

/** The multipliers a fact's sentence and answer earn, in the order they are applied. */
function factFactorsOf(f: Fact): number[] {
  const out: number[] = [];
  if (fewerPieces(f.sentence, 8)) out.push(0.85);
  // Inside a quotation: what someone said, not what happened.
  if (f.sentence.startsWith('"') || /"\s*(?:he|she|they) (?:said|added)/.test(f.sentence)) out.push(0.65);
  // A "he" or "she" the article makes plain is named in the passage (see namePronoun): no sentence
  // before it is quoted, and none is needed.
  const context = f.context && !(f.actor && namePronoun(f.sentence, f.actor)) ? f.context : undefined;
  if (context) out.push(0.8);
  // The quoted previous sentence leans on one further back: the learner still lacks the story.
  if (context && (opensWithPronoun(context) || NEEDS_ANTECEDENT.test(context) || WEAK_OPENER.test(context))) out.push(0.5);
  if (f.lowValue) out.push(0.5);
  // "Other nations such as _____ will supply troops": one example of a set, any of which fits.
  if (/\b(?:such as|including|like)\s+$/i.test(f.sentence.slice(Math.max(0, f.answerStart - f.start - 12), f.answerStart - f.start)) && f.value === undefined) out.push(0.5);
  // No full stop: a caption, a link line or other page furniture rather than a sentence of the story.
  if (f.sentenceIndex > 0 && !/[.!?]["'’”)]*\s*$/.test(f.sentence)) out.push(0.5);
  if (!f.context && WEAK_OPENER.test(f.sentence)) out.push(0.8);
  if (!f.context && DEMONSTRATIVE_SUBJECT.test(f.sentence)) out.push(0.6);
  if (!f.context && NEEDS_ANTECEDENT.test(f.sentence)) out.push(0.6);
  if (f.entityType === "person" && !f.answer.includes(" ")) out.push(0.75); // bare surname
  if (f.kind === "count" && !f.unit) out.push(0.7);
  // "the two allies": little to learn; "three years" in prison is the story.
  if (f.kind === "count" && (f.value ?? 0) <= 3 && !DURATION_UNIT.test(f.unit ?? "")) out.push(0.7);
  if (f.kind === "date" && (f.entityType === "month" || f.entityType === "weekday" || f.entityType === "relative")) out.push(0.75);
  if (f.entityType === "other" && !f.answer.includes(" ")) out.push(0.8);
  if (f.entityType === "quote") out.push(0.85);
  if (f.relation === "role-of" && f.answer.length > 60) out.push(0.8);
  // "What is X's role?" crowded the first page; the same pair asked the other way round ("Who is
  // Kenya's president?") names the person, which is what a reader should remember.
  if (f.relation === "role-of") out.push(0.5);
  const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 3);
  if (f.kind === "place" && (/^'s/.test(after) || /^ [a-z]/.test(after))) out.push(0.75); // "Japan's", "US troops"
  return out;
}

export interface RankOptions {
  /** Most questions to return (default 20: one per draft). */
  limit?: number;
  /** The headline: facts it names are favoured. */
  title?: string;
}

/** The main question of each draft, best first (see ./drafts.ts). */
export function rankQuestions(cands: readonly Candidate[], opts: RankOptions = {}): Question[] {
  return rankDrafts(cands, opts).map((d) => d.question);
}
