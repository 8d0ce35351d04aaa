// Checks every question must pass before it is shown to a learner.
import { FACT_KINDS, QUESTION_TYPES, questionSchema, type Question } from "../schema";
import { BLANK, norm, type Candidate } from "../build";
import { opensWithPronoun, type Fact } from "../facts";
import { RunCache } from "../run-cache";

export type Rejection = "schema" | "ungrounded" | "gives-away" | "dangling-pronoun" | "bad-choices";

// Many candidates quote one sentence: its word set is made once.
const wordSets = new Map<string, Set<string>>();
/** The normalised words of a sentence, as a set (shared: never changed by callers). */
export function sentenceWords(s: string): ReadonlySet<string> {
  let ws = wordSets.get(s);
  if (!ws) {
    if (wordSets.size >= 5_000) wordSets.clear();
    wordSets.set(s, (ws = new Set(norm(s).split(" "))));
  }
  return ws;
}

/** Every word (and number) of a text answer appears in the source sentence. */
export function isGrounded(q: Question): boolean {
  if (typeof q.answer === "boolean" || Array.isArray(q.answer)) return true;
  const s = q.source?.sentence;
  if (!s) return false;
  const sw = sentenceWords(s);
  if (typeof q.answer === "number") return sw.has(String(q.answer)) || norm(s).includes(String(q.answer));
  const aw = norm(q.answer).split(" ").filter(Boolean);
  return aw.length > 0 && aw.every((w) => sw.has(w));
}

// A prompt is checked here and then compared with other prompts and keys many times while drafts
// are picked (./drafts): its padded normal form is worked out once per question.
const paddedPrompts = new RunCache<Question, string>();

/** The question's normalised prompt with a space either side, for whole-word checks. */
export function paddedPrompt(q: Question): string {
  let p = paddedPrompts.get(q);
  if (p === undefined) paddedPrompts.set(q, (p = ` ${norm(q.prompt)} `));
  return p;
}

/** The prompt must not contain the answer (the sentence is quoted with a blank instead). */
export function givesAway(q: Question): boolean {
  if (q.type === "true_false" || q.type === "matching" || q.type === "ordering") return false;
  const answers = Array.isArray(q.answer) ? (q.answer as string[]) : [String(q.answer)];
  const p = paddedPrompt(q);
  return answers.some((a) => {
    const n = norm(a);
    return n.length > 0 && p.includes(` ${n} `);
  });
}

// Every form of a fact quotes the same sentence: whether it opens with a pronoun is read once per fact.
const pronounOpeners = new RunCache<Fact, boolean>();

/** A quoted sentence that opens with "he"/"they" and comes without the sentence naming them. */
export function hasDanglingPronoun(c: Candidate): boolean {
  if (!c.fact || c.fact.context) return false;
  if (c.question.type === "matching" || c.question.type === "ordering") return false;
  if (!c.question.prompt.includes('"') && !c.question.prompt.includes(BLANK)) return false;
  let opens = pronounOpeners.get(c.fact);
  if (opens === undefined) pronounOpeners.set(c.fact, (opens = opensWithPronoun(c.fact.sentence)));
  return opens;
}

function choicesOk(q: Question): boolean {
  if (q.type !== "multiple_choice" && q.type !== "multiple_response") return true;
  const ch = (q.choices ?? []).map(norm);
  return ch.length >= 4 && new Set(ch).size === ch.length && ch.every((c) => c.length > 0);
}

export function validate(c: Candidate): Rejection | undefined {
  if (!plainlyValid(c.question) && !questionSchema.safeParse(c.question).success) return "schema";
  if (!isGrounded(c.question)) return "ungrounded";
  if (givesAway(c.question)) return "gives-away";
  if (hasDanglingPronoun(c)) return "dangling-pronoun";
  if (!choicesOk(c.question)) return "bad-choices";
  return undefined;
}

// Running questionSchema on every candidate was a quarter of ranking. The builders' questions are
// plain: a few fields of simple types. plainlyValid checks those fields by hand, with the
// schema's own bounds or stricter ones, so a question it passes is one the schema passes too;
// any other question (a field it does not know, a value it is unsure of) is left to the schema.

const TYPES = new Set<unknown>(QUESTION_TYPES);
const KINDS = new Set<unknown>(FACT_KINDS);

/** A string of `min` to `max` UTF-16 units (the schema counts characters, never more than units). */
const isText = (x: unknown, min: number, max = Infinity): x is string => typeof x === "string" && x.length >= min && x.length <= max;
const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isCount = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** An array (no holes) of at most `max` items, each passing `ok`. */
function isListOf(x: unknown, ok: (item: unknown) => boolean, max = Infinity): x is unknown[] {
  if (!Array.isArray(x) || x.length > max) return false;
  for (let i = 0; i < x.length; i++) if (!(i in x) || !ok(x[i])) return false;
  return true;
}

const isPair = (x: unknown) => isRecord(x) && isText(x.left, 1) && isText(x.right, 1);
const isWord = (x: unknown) => isText(x, 1);
const isChoice = (x: unknown) => isText(x, 1, 500);
const isTag = (x: unknown) => isText(x, 1, 60);
const isAnswer = (x: unknown) =>
  isText(x, 1) || isNumber(x) || typeof x === "boolean" || (Array.isArray(x) && x.length > 0 && (isListOf(x, isWord) || isListOf(x, isPair)));
const isSource = (x: unknown) =>
  isRecord(x) && isText(x.sentence, 1) && (x.start === undefined || isCount(x.start)) && (x.end === undefined || isCount(x.end));

/** Field checks, the schema's bounds or stricter; a field not listed here sends the question to the schema. */
const FIELDS: Record<string, (x: unknown) => boolean> = {
  type: (x) => TYPES.has(x),
  prompt: (x) => isText(x, 1, 2000),
  choices: (x) => isListOf(x, isChoice, 12),
  answer: isAnswer,
  acceptedAnswers: (x) => isListOf(x, isWord),
  tolerance: (x) => isNumber(x) && x >= 0,
  explanation: (x) => isText(x, 0, 4000),
  source: isSource,
  factKind: (x) => KINDS.has(x),
  difficulty: (x) => isNumber(x) && x >= 0 && x <= 1,
  tags: (x) => isListOf(x, isTag),
};

/** The schema's checks across fields (its superRefine), for a question whose fields passed FIELDS. */
function fitsType(q: Question): boolean {
  const a = q.answer;
  switch (q.type) {
    case "multiple_choice":
      return typeof a === "string" && !!q.choices && q.choices.length >= 2 && q.choices.includes(a);
    case "multiple_response":
      return Array.isArray(a) && !!q.choices && a.every((x) => typeof x === "string" && q.choices!.includes(x));
    case "true_false":
      return typeof a === "boolean";
    case "numeric":
      return typeof a === "number";
    case "short_answer":
    case "cloze":
      return typeof a === "string";
    case "ordering":
      return Array.isArray(a) && a.length >= 2 && a.every((x) => typeof x === "string");
    case "matching":
      return Array.isArray(a) && a.length >= 2 && a.every((x) => typeof x === "object");
    default:
      return false;
  }
}

/** Whether the question surely passes questionSchema (false: ask the schema). */
export function plainlyValid(q: Question): boolean {
  if (!isRecord(q)) return false;
  for (const key in q) {
    const value = (q as Record<string, unknown>)[key];
    if (value === undefined) continue; // optional fields may be undefined; required ones are checked below
    if (!Object.hasOwn(FIELDS, key) || !FIELDS[key]!(value)) return false;
  }
  return q.type !== undefined && q.prompt !== undefined && q.answer !== undefined && fitsType(q);
}
