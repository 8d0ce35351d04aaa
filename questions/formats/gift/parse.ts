// GIFT (Moodle's question text format) into validated questions. Follows Moodle's parser
// (question/format/gift/format.php) where it and the documentation disagree; see ../shared/GIFT.md.
// Unsupported or malformed blocks are reported with their first line number and skipped: one bad
// question never loses the rest of the file.
import { questionSchema, type Question } from "../../schema";
import { findUnescaped, splitUnescaped, unescapeGift } from "./escape";

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
      const parsed = questionSchema.safeParse(tags.length ? { ...question, tags } : question);
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
 * Blocks are separated by blank lines; `//` comment lines are dropped, their [tag:x] kept.
 * Linear in the file's length (tests/questions/formats/gift-scaling.test.ts): a block joins the
 * list when it is opened, never by searching the list (that was quadratic: a 2 MB file of comment
 * lines took 13 s).
 */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const open = (line: number): Block => {
    const block = { line, text: "", tags: [] };
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
      const tags = commentTags(line);
      if (tags.length) {
        current ??= open(index + 1);
        current.tags.push(...tags);
      }
      return;
    }
    if (!current) current = open(index + 1);
    else if (!current.text) current.line = index + 1;
    current.text += (current.text ? "\n" : "") + line;
  });
  return blocks.filter((b) => b.text.trim());
}

/**
 * The `[tag:name]` marks in a comment line (`\]` and `\\` escaped), in one pass: a regular
 * expression retried at every `[tag:` of a line with no closing `]` rescans the rest of the line
 * each time. Once a tag is left open, no later one on the line can close either.
 */
function commentTags(line: string): string[] {
  const tags: string[] = [];
  let at = line.indexOf("[tag:");
  while (at >= 0) {
    const start = at + "[tag:".length;
    let end = start;
    while (end < line.length && line[end] !== "]") {
      // A backslash must escape something (not a line break, as the rule's "." would not): else the tag never closes.
      if (line[end] === "\\" && (end + 1 >= line.length || /[\r\u2028\u2029]/.test(line[end + 1]!))) return tags;
      end += line[end] === "\\" ? 2 : 1;
    }
    if (end >= line.length) return tags;
    const name = line.slice(start, end).replace(/\\(.)/g, "$1").trim();
    if (name) tags.push(name);
    at = line.indexOf("[tag:", end + 1);
  }
  return tags;
}

function categoryTag(raw: string): string | undefined {
  const path = raw
    .trim()
    .replace(/\/\//g, "\u0000")
    .split("/")
    .map((part) => part.replace(/\u0000/g, "/").trim())
    .filter((part) => part && part !== "$course$" && part !== "$system$" && part !== "top" && part !== "Default");
  const tag = path.join("/").slice(0, 60);
  return tag || undefined;
}

type Draft = Omit<Question, "explanation"> & { explanation?: string };

function parseBlock(body: string): Draft {
  let rest = body;
  let name: string | undefined;
  if (rest.startsWith("::")) {
    const end = rest.indexOf("::", 2);
    if (end < 0) throw new BlockError("question name is not closed with ::");
    name = unescapeGift(rest.slice(2, end)).trim() || undefined;
    rest = rest.slice(end + 2).trimStart();
  }
  let format = "moodle";
  const formatMatch = /^\[(html|moodle|plain|markdown)\]/i.exec(rest);
  if (formatMatch) {
    format = formatMatch[1]!.toLowerCase();
    rest = rest.slice(formatMatch[0].length);
  }

  const open = findUnescaped(rest, "{");
  if (open < 0) throw new BlockError("no answer block: descriptions are not questions, skipped");
  const close = findUnescaped(rest, "}", open + 1);
  if (close < 0) throw new BlockError("answer block is not closed with }");
  const before = plain(rest.slice(0, open), format);
  const after = plain(rest.slice(close + 1), format);
  let answers = rest.slice(open + 1, close).trim();
  if (!answers) throw new BlockError("essay questions are not supported, skipped");

  let explanation: string | undefined;
  const general = findUnescaped(answers, "####");
  if (general >= 0) {
    explanation = plain(answers.slice(general + 4), format).trim() || undefined;
    answers = answers.slice(0, general).trim();
  }
  // Text after the answers: a missing-word question, the answers standing where the blank is.
  const missingWord = after.trim().length > 0;
  const prompt = (missingWord ? `${before}_____${after}` : before).trim();
  if (!prompt || prompt === "_____") throw new BlockError("question text is empty");
  const base = { prompt, name, explanation };

  if (answers.startsWith("#")) return { ...base, ...parseNumerical(answers.slice(1)) };
  if (findUnescaped(answers, "~") >= 0) return { ...base, ...parseChoices(answers) };
  if (findUnescaped(answers, "=") >= 0 && findUnescaped(answers, "->") >= 0) return { ...base, ...parseMatching(answers) };
  const tf = /^(T|TRUE|F|FALSE)\s*(#|$)/i.exec(answers);
  if (tf) return { ...base, type: "true_false", answer: /^T/i.test(tf[1]!) };
  return { ...base, ...parseShortAnswer(answers, missingWord) };
}

/** Strips a leading weight `%50%`; returns the fraction (0.5) or undefined. */
function takeWeight(text: string): { weight: number | undefined; rest: string } {
  const m = /^%(-?\d+(?:\.\d+)?)%/.exec(text);
  if (!m) return { weight: undefined, rest: text };
  const weight = Number(m[1]) / 100;
  if (weight < -1 || weight > 1) throw new BlockError(`weight ${m[1]}% is outside -100%..100%`);
  return { weight, rest: text.slice(m[0].length) };
}

/** Splits "text#feedback" at the first unescaped #. */
function takeFeedback(text: string): { text: string; feedback: string | undefined } {
  const hash = findUnescaped(text, "#");
  if (hash < 0) return { text: unescapeGift(text).trim(), feedback: undefined };
  return { text: unescapeGift(text.slice(0, hash)).trim(), feedback: unescapeGift(text.slice(hash + 1)).trim() || undefined };
}

interface Option {
  marker: "=" | "~";
  body: string;
}

function options(answers: string): Option[] {
  return splitUnescaped(answers, ["=", "~"])
    .filter((part) => part.marker !== undefined || part.body.trim())
    .map((part) => {
      if (!part.marker) throw new BlockError(`answer text "${unescapeGift(part.body).trim().slice(0, 40)}" does not start with = or ~`);
      return { marker: part.marker as "=" | "~", body: part.body.trim() };
    });
}

function parseChoices(answers: string): Pick<Question, "type" | "choices" | "answer" | "choiceWeights" | "choiceFeedback"> {
  const parsed = options(answers).map((o) => {
    const { weight, rest } = takeWeight(o.body);
    const { text, feedback } = takeFeedback(rest);
    if (!text) throw new BlockError("an answer choice is empty");
    return { text, feedback, weight: o.marker === "=" ? (weight ?? 1) : (weight ?? 0), marker: o.marker };
  });
  if (parsed.length < 2) throw new BlockError("multiple choice needs at least two choices");
  if (new Set(parsed.map((p) => p.text)).size !== parsed.length) throw new BlockError("two choices have the same text");
  const choices = parsed.map((p) => p.text);
  const weights = parsed.map((p) => p.weight);
  const feedback = parsed.some((p) => p.feedback) ? parsed.map((p) => p.feedback ?? "") : undefined;
  const plainKey = weights.every((w) => w === 0 || w === 1);
  const full = parsed.filter((p) => p.weight >= 1);
  if (parsed.some((p) => p.marker === "=")) {
    if (full.length !== 1) throw new BlockError("multiple choice needs exactly one full-credit (=) answer");
    return { type: "multiple_choice", choices, answer: full[0]!.text, choiceWeights: plainKey ? undefined : weights, choiceFeedback: feedback };
  }
  // No "=": a multiple-answer (checkbox) question whose positive weights add up to the mark.
  const right = parsed.filter((p) => p.weight > 0);
  if (!right.length) throw new BlockError("multiple answer question has no choice with a positive weight");
  return { type: "multiple_response", choices, answer: right.map((p) => p.text), choiceWeights: weights, choiceFeedback: feedback };
}

function parseMatching(answers: string): Pick<Question, "type" | "answer" | "choices"> {
  const pairs: { left: string; right: string }[] = [];
  const extras: string[] = [];
  for (const o of options(answers)) {
    if (o.marker !== "=") throw new BlockError("matching pairs must start with =");
    const arrow = findUnescaped(o.body, "->");
    if (arrow < 0) throw new BlockError("matching pair has no ->");
    const left = unescapeGift(o.body.slice(0, arrow)).trim();
    const right = unescapeGift(o.body.slice(arrow + 2)).trim();
    if (!right) throw new BlockError("matching pair has an empty right side");
    if (left) pairs.push({ left, right });
    else extras.push(right);
  }
  if (pairs.length < 2) throw new BlockError("matching needs at least two pairs");
  return { type: "matching", answer: pairs, choices: extras.length ? [...new Set([...pairs.map((p) => p.right), ...extras])] : undefined };
}

function parseShortAnswer(answers: string, missingWord: boolean): Pick<Question, "type" | "answer" | "acceptedAnswers" | "partialAnswers"> {
  const parsed = options(answers).map((o) => {
    if (o.marker !== "=") throw new BlockError("short answers must start with =");
    const { weight, rest } = takeWeight(o.body);
    const { text } = takeFeedback(rest);
    if (!text) throw new BlockError("a short answer is empty");
    return { text, weight: weight ?? 1 };
  });
  const full = parsed.filter((p) => p.weight >= 1).map((p) => p.text);
  if (!full.length) throw new BlockError("short answer needs at least one full-credit answer");
  const partial = parsed.filter((p) => p.weight > 0 && p.weight < 1).map((p) => ({ answer: p.text, fraction: p.weight }));
  return {
    type: missingWord ? "cloze" : "short_answer",
    answer: full[0]!,
    acceptedAnswers: full.length > 1 ? full.slice(1) : undefined,
    partialAnswers: partial.length ? partial : undefined,
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

function parseNumerical(answers: string): Pick<Question, "type" | "answer" | "tolerance" | "partialAnswers"> {
  const body = answers.trim();
  const list = /^[=~]/.test(body) ? options(body) : [{ marker: "=" as const, body }];
  const graded = list
    .filter((o) => o.marker === "=") // "~" answers only carry feedback for other values
    .map((o) => {
      const { weight, rest } = takeWeight(o.body);
      const hash = findUnescaped(rest, "#");
      return { ...numberWithTolerance(unescapeGift(hash >= 0 ? rest.slice(0, hash) : rest)), weight: weight ?? 1 };
    });
  const full = graded.find((g) => g.weight >= 1);
  if (!full) throw new BlockError("numerical question needs a full-credit answer");
  const partial = graded.filter((g) => g.weight > 0 && g.weight < 1).map((g) => ({ answer: g.value, fraction: g.weight, tolerance: g.tolerance }));
  return { type: "numeric", answer: full.value, tolerance: full.tolerance, partialAnswers: partial.length ? partial : undefined };
}

/** Question text as plain text: escapes resolved, HTML reduced to its text for [html] blocks. */
function plain(text: string, format: string): string {
  let out = unescapeGift(text);
  if (format === "html") {
    out = out
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<[^>]{0,500}>/g, "")
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  }
  return out.replace(/[ \t]+/g, " ");
}
