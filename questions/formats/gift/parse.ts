// GIFT (Moodle's question text format) into validated questions. Follows Moodle's parser
// (question/format/gift/format.php) where it and the documentation disagree; see ../shared/GIFT.md
// and tests/questions/formats/gift-moodle.test.ts, which lists each behaviour with the question
// Moodle builds. Unsupported or malformed blocks are reported with their first line number and
// skipped: one bad question never loses the rest of the file.
import { questionSchema, type AnswerFeedback, type Question } from "../../schema";
import { findLastUnescaped, findUnescaped, splitUnescaped, unescapeGift } from "./escape";
import { categoryTag, readComment } from "./comments";
import { textWithFormat, type TextFormat } from "./text-format";
import { defaultResponseWeights, percentToFraction } from "./grades";

export interface GiftError {
  line: number;
  message: string;
}

export interface GiftParseResult {
  questions: Question[];
  errors: GiftError[];
}

/** Larger files are refused whole: a bank export of tens of thousands of questions fits well under. */
export const GIFT_MAX_BYTES = 5 * 1024 * 1024;

interface Block {
  line: number;
  text: string;
  tags: string[];
  idNumber: string | undefined;
}

class BlockError extends Error {}

export function parseGift(input: string): GiftParseResult {
  if (input.length > GIFT_MAX_BYTES) return { questions: [], errors: [{ line: 1, message: `file is larger than ${GIFT_MAX_BYTES} bytes` }] };
  if (input.includes("\u0000")) return { questions: [], errors: [{ line: 1, message: "not a text file (contains NUL bytes)" }] };
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { questions: [], errors: [{ line: 1, message: "file is empty" }] };

  const questions: Question[] = [];
  const errors: GiftError[] = [];
  let category: string | undefined;
  for (const block of splitBlocks(text)) {
    const body = block.text.trim();
    if (body.startsWith("$CATEGORY:")) {
      category = categoryTag(body.slice("$CATEGORY:".length));
      continue;
    }
    try {
      const question = parseBlock(body);
      const tags = [...new Set([...(category ? [category] : []), ...block.tags])];
      const withMeta = { ...question, ...(tags.length ? { tags } : {}), ...(block.idNumber ? { idNumber: block.idNumber } : {}) };
      const parsed = questionSchema.safeParse(withMeta);
      if (!parsed.success) throw new BlockError(parsed.error.issues[0]?.message ?? "invalid question");
      questions.push(parsed.data);
    } catch (error) {
      if (!(error instanceof BlockError)) throw error;
      errors.push({ line: block.line, message: error.message });
    }
  }
  return { questions, errors };
}

/**
 * Blocks are separated by blank lines; `//` comment lines are dropped, their [tag:x] and [id:x]
 * kept. Linear in the file's length (tests/questions/formats/gift-scaling.test.ts): a block joins
 * the list when it is opened, never by searching the list (that was quadratic: a 2 MB file of
 * comment lines took 13 s).
 */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const open = (line: number): Block => {
    const block: Block = { line, text: "", tags: [], idNumber: undefined };
    blocks.push(block);
    return block;
  };
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (!line.trim()) {
      current = null;
      return;
    }
    if (line.trimStart().startsWith("//")) {
      const { tags, idNumber } = readComment(line);
      if (tags.length || idNumber) {
        current ??= open(index + 1);
        current.tags.push(...tags);
        current.idNumber ??= idNumber;
      }
      return;
    }
    if (!current) current = open(index + 1);
    else if (!current.text) current.line = index + 1;
    current.text += (current.text ? "\n" : "") + line;
  });
  return blocks.filter((b) => b.text.trim());
}

type Draft = Omit<Question, "explanation"> & { explanation?: string };

const BLANK = "_____";

function parseBlock(body: string): Draft {
  let rest = body;
  let name: string | undefined;
  if (rest.startsWith("::")) {
    // The first unescaped "::": a name may end in an escaped colon (`::Ratio 1\:2\:::`).
    const end = findUnescaped(rest, "::", 2);
    if (end < 0) throw new BlockError("question name is not closed with ::");
    name = unescapeGift(rest.slice(2, end)).trim() || undefined;
    rest = rest.slice(end + 2).trimStart();
  }

  const open = findUnescaped(rest, "{");
  const close = findUnescaped(rest, "}");
  if (open < 0 && close < 0)
    throw new BlockError("a description (text with no answer) is not a question: Newsquiz quizzes hold only questions, so it was skipped");
  if (open < 0 || (close >= 0 && close < open)) throw new BlockError("answer block is not opened with {");
  // Moodle takes the first "{" and the first "}": braces in text must be escaped.
  const closeAfter = findUnescaped(rest, "}", open + 1);
  if (closeAfter < 0) throw new BlockError("answer block is not closed with }");
  let answers = rest.slice(open + 1, closeAfter).trim();
  const after = rest.slice(closeAfter + 1);
  // Text after the answers: a missing-word question, the answers standing where the blank is.
  const missingWord = after.trim().length > 0;
  const text = textWithFormat(`${rest.slice(0, open)}${missingWord ? BLANK : ""}${after}`, "moodle");
  const format = text.format;

  let explanation: string | undefined;
  const general = findLastUnescaped(answers, "####");
  if (general >= 0) {
    explanation = textWithFormat(answers.slice(general + 4), format).text || undefined;
    answers = answers.slice(0, general).trim();
  }
  if (!answers) throw new BlockError("an essay question (no answers) cannot be marked automatically, so it was skipped");
  const prompt = text.text;
  if (!prompt || prompt === BLANK) throw new BlockError("question text is empty");
  const base = { prompt, name, explanation };
  // A typed answer standing in the text is a fill-the-blank question; so is one whose text ends in
  // its blank (written before the answers, since answers at the very end make no blank).
  const hasBlank = missingWord || prompt.endsWith(BLANK);

  if (answers.startsWith("#")) return { ...base, ...parseNumerical(answers.slice(1), format) };
  if (findUnescaped(answers, "~") >= 0) return { ...base, ...parseChoices(answers, format) };
  if (findUnescaped(answers, "=") >= 0 && findUnescaped(answers, "->") >= 0) return { ...base, ...parseMatching(answers, format) };
  // True/false only for these four, in capitals, before any feedback: `{true}` is a short answer.
  const hash = findUnescaped(answers, "#");
  if (["T", "TRUE", "F", "FALSE"].includes((hash > 0 ? answers.slice(0, hash) : answers).trim())) return { ...base, ...parseTrueFalse(answers, format) };
  return { ...base, ...parseShortAnswer(answers, format, hasBlank) };
}

/** Strips a leading weight `%50%`; returns the fraction (0.5) or undefined. */
function takeWeight(text: string): { weight: number | undefined; rest: string } {
  const m = /^%(-?\d+(?:\.\d+)?)%/.exec(text);
  if (!m) return { weight: undefined, rest: text };
  const weight = percentToFraction(Number(m[1]));
  if (weight < -1 || weight > 1) throw new BlockError(`weight ${m[1]}% is outside -100%..100%`);
  return { weight, rest: text.slice(m[0].length) };
}

/** Splits "text#feedback" at the first unescaped #; each part may open with a format marker. */
function takeFeedback(text: string, format: TextFormat): { text: string; feedback: string | undefined } {
  const hash = findUnescaped(text, "#");
  if (hash < 0) return { text: textWithFormat(text, format).text, feedback: undefined };
  return { text: textWithFormat(text.slice(0, hash), format).text, feedback: textWithFormat(text.slice(hash + 1), format).text || undefined };
}

interface Option {
  marker: "=" | "~" | undefined;
  body: string;
}

/** The answers, each with the marker that opened it (none for text before the first marker). */
function options(answers: string, markers: ("=" | "~")[]): Option[] {
  return splitUnescaped(answers, markers)
    .filter((part) => part.marker !== undefined || part.body.trim())
    .map((part) => ({ marker: part.marker as Option["marker"], body: part.body.trim() }));
}

function feedbackList(items: { feedback: string | undefined }[]): string[] | undefined {
  return items.some((p) => p.feedback) ? items.map((p) => p.feedback ?? "") : undefined;
}

function parseChoices(answers: string, format: TextFormat): Pick<Question, "type" | "choices" | "answer" | "choiceWeights" | "choiceFeedback"> {
  const parsed = options(answers, ["=", "~"]).map((o) => {
    // As Moodle: "=" is full credit and takes no weight; "~" takes an optional weight, else none.
    const { weight, rest } = o.marker === "~" ? takeWeight(o.body) : { weight: undefined, rest: o.body };
    const { text, feedback } = takeFeedback(rest, format);
    if (!text) throw new BlockError("an answer choice is empty");
    return { text, feedback, weight: o.marker === "=" ? 1 : (weight ?? 0), marker: o.marker };
  });
  if (parsed.length < 2) throw new BlockError("multiple choice needs at least two choices");
  if (new Set(parsed.map((p) => p.text)).size !== parsed.length) throw new BlockError("two choices have the same text");
  const choices = parsed.map((p) => p.text);
  const weights = parsed.map((p) => p.weight);
  const choiceFeedback = feedbackList(parsed);
  const full = parsed.filter((p) => p.weight >= 1);
  if (parsed.some((p) => p.marker === "=")) {
    // Several "=" answers: Moodle builds a single-answer question where each earns full marks.
    const plainKey = full.length === 1 && weights.every((w) => w === 0 || w === 1);
    return { type: "multiple_choice", choices, answer: full[0]!.text, choiceWeights: plainKey ? undefined : weights, choiceFeedback };
  }
  // No "=": a multiple-answer (checkbox) question whose positive weights add up to the mark.
  const right = parsed.filter((p) => p.weight > 0);
  if (!right.length) throw new BlockError("multiple answer question has no choice with a positive weight");
  return {
    type: "multiple_response",
    choices,
    answer: right.map((p) => p.text),
    // Weights that are the grader's own rule ((hits - misses) / right) are left implicit, so a
    // question exported without weights comes back as it was.
    choiceWeights: isDefaultResponseWeights(weights) ? undefined : weights,
    choiceFeedback,
  };
}

function isDefaultResponseWeights(weights: number[]): boolean {
  const right = weights.filter((w) => w > 0).length;
  const expected = defaultResponseWeights(right, weights.map((w) => w > 0));
  // Moodle writes percentages to five decimals (33.33333).
  return weights.every((w, i) => Math.abs(w - expected[i]!) < 1e-6);
}

function parseMatching(answers: string, format: TextFormat): Pick<Question, "type" | "answer" | "choices"> {
  const pairs: { left: string; right: string }[] = [];
  const extras: string[] = [];
  for (const o of options(answers, ["="])) {
    const arrow = findUnescaped(o.body, "->");
    if (arrow < 0) throw new BlockError("matching pair has no ->");
    const left = textWithFormat(o.body.slice(0, arrow), format).text;
    const right = unescapeGift(o.body.slice(arrow + 2)).trim();
    if (!right) throw new BlockError("matching pair has an empty right side");
    if (left) pairs.push({ left, right });
    else extras.push(right);
  }
  if (pairs.length < 2) throw new BlockError("matching needs at least two pairs");
  return { type: "matching", answer: pairs, choices: extras.length ? [...new Set([...pairs.map((p) => p.right), ...extras])] : undefined };
}

/** `{T#feedback if wrong#feedback if right}`. */
function parseTrueFalse(answers: string, format: TextFormat): Pick<Question, "type" | "answer" | "answerFeedback"> {
  const [key, wrong, right] = splitUnescaped(answers, ["#"]).map((p) => p.body);
  const answer = ["T", "TRUE"].includes(key!.trim());
  const feedback: AnswerFeedback[] = [];
  const rightText = right !== undefined ? textWithFormat(right, format).text : "";
  const wrongText = wrong !== undefined ? textWithFormat(wrong, format).text : "";
  if (rightText) feedback.push({ answer, feedback: rightText });
  if (wrongText) feedback.push({ answer: !answer, feedback: wrongText });
  return { type: "true_false", answer, answerFeedback: feedback.length ? feedback : undefined };
}

/** A short answer's text as our grader compares it: Moodle's `\*` is a literal star. */
function shortAnswerText(text: string): string {
  if (/(^|[^\\])\*/.test(text)) throw new BlockError(`the answer "${text.slice(0, 40)}" uses Moodle's * wildcard, which Newsquiz does not support`);
  return text.replace(/\\\*/g, "*");
}

function parseShortAnswer(
  answers: string,
  format: TextFormat,
  hasBlank: boolean,
): Pick<Question, "type" | "answer" | "acceptedAnswers" | "partialAnswers" | "answerFeedback" | "otherFeedback"> {
  // Every answer opens with "=", but Moodle also takes text before the first one (`{One}`).
  const parsed = options(answers, ["="]).map((o) => {
    const { weight, rest } = takeWeight(o.body);
    const { text, feedback } = takeFeedback(rest, format);
    if (!text) throw new BlockError("a short answer is empty");
    return { text, feedback, weight: weight ?? 1 };
  });
  let otherFeedback: string | undefined;
  const answerFeedback: AnswerFeedback[] = [];
  const graded: { text: string; weight: number }[] = [];
  for (const p of parsed) {
    // `=%0%*#...`: Moodle's catch-all, feedback for any other answer.
    if (p.text === "*" && p.weight <= 0) {
      otherFeedback ??= p.feedback;
      continue;
    }
    const text = shortAnswerText(p.text);
    if (p.weight > 0) graded.push({ text, weight: p.weight });
    if (p.feedback) answerFeedback.push({ answer: text, feedback: p.feedback });
  }
  const full = graded.filter((p) => p.weight >= 1).map((p) => p.text);
  if (!full.length) throw new BlockError("short answer needs at least one full-credit answer");
  const partial = graded.filter((p) => p.weight < 1).map((p) => ({ answer: p.text, fraction: p.weight }));
  return {
    type: hasBlank ? "cloze" : "short_answer",
    answer: full[0]!,
    acceptedAnswers: full.length > 1 ? full.slice(1) : undefined,
    partialAnswers: partial.length ? partial : undefined,
    answerFeedback: answerFeedback.length ? answerFeedback : undefined,
    otherFeedback,
  };
}

function parseNumber(text: string): number {
  const n = Number(text.trim());
  if (!text.trim() || !Number.isFinite(n)) throw new BlockError(`"${text.trim()}" is not a number`);
  return n;
}

/** "2:0.5" (value and tolerance) or "1..5" (range: midpoint and half-width). */
function numberWithTolerance(spec: string): { value: number; tolerance: number } {
  const range = /^(.+?)\.\.(.+)$/.exec(spec.trim());
  if (range) {
    const min = parseNumber(range[1]!);
    const max = parseNumber(range[2]!);
    if (max < min) throw new BlockError(`range ${spec.trim()} runs backwards`);
    return { value: (min + max) / 2, tolerance: (max - min) / 2 };
  }
  const colon = spec.indexOf(":");
  if (colon < 0) return { value: parseNumber(spec), tolerance: 0 };
  const tolerance = parseNumber(spec.slice(colon + 1));
  if (tolerance < 0) throw new BlockError("a tolerance cannot be negative");
  return { value: parseNumber(spec.slice(0, colon)), tolerance };
}

function parseNumerical(
  answers: string,
  format: TextFormat,
): Pick<Question, "type" | "answer" | "tolerance" | "partialAnswers" | "answerFeedback" | "otherFeedback"> {
  // As Moodle: everything from the first "~" is feedback for any other value (`{#3:2~#Wrong}`).
  const tilde = findUnescaped(answers, "~");
  const other = tilde >= 0 ? takeFeedback(answers.slice(tilde + 1), format).feedback : undefined;
  const list = options(tilde >= 0 ? answers.slice(0, tilde) : answers, ["="]);
  let otherFeedback = other;
  const answerFeedback: AnswerFeedback[] = [];
  const graded: { value: number; tolerance: number; weight: number }[] = [];
  for (const o of list) {
    const { weight = 1, rest } = takeWeight(o.body);
    const { text, feedback } = takeFeedback(rest, format);
    if (text === "*") {
      otherFeedback ??= feedback;
      continue;
    }
    const { value, tolerance } = numberWithTolerance(text);
    if (weight > 0) graded.push({ value, tolerance, weight });
    if (feedback) answerFeedback.push({ answer: value, tolerance, feedback });
  }
  const full = graded.find((g) => g.weight >= 1);
  if (!full) throw new BlockError("numerical question needs a full-credit answer");
  const partial = graded.filter((g) => g.weight < 1).map((g) => ({ answer: g.value, fraction: g.weight, tolerance: g.tolerance }));
  return {
    type: "numeric",
    answer: full.value,
    tolerance: full.tolerance,
    partialAnswers: partial.length ? partial : undefined,
    answerFeedback: answerFeedback.length ? answerFeedback : undefined,
    otherFeedback,
  };
}
