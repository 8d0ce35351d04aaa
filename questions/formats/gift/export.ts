// Questions to GIFT that Moodle's importer reads back as the same question (and gift-pegjs too:
// tests/questions/formats/gift-roundtrip.test.ts). Tags travel as `// [tag:x]` comment lines (read
// by Moodle 4.x and by our parser), a category path tag as `$CATEGORY:` (decision 027). Ordering
// questions have no GIFT form: they are reported and left out, never silently changed into another
// type.
import type { AnswerFeedback, Question } from "../../schema";
import { escapeGift } from "./escape";
import { commentMark, isCategoryTag } from "./comments";
import { opensWithFormatMarker } from "./text-format";
import { moodleGrade, defaultResponseWeights } from "./grades";

export interface GiftExportResult {
  gift: string;
  skipped: { index: number; message: string }[];
  /** Questions written with a change a teacher should know of (a weight Moodle cannot store). */
  notices: { index: number; message: string }[];
}

const BLANK = "_____";

export function exportGift(questions: readonly Question[]): GiftExportResult {
  const blocks: string[] = [];
  const skipped: GiftExportResult["skipped"] = [];
  const notices: GiftExportResult["notices"] = [];
  // Questions without a category come first: they go wherever the teacher imports the file, and a
  // later `$CATEGORY:` cannot be undone without naming some other category.
  const order = questions.map((q, index) => ({ q, index, category: q.tags?.find(isCategoryTag) }));
  order.sort((a, b) => Number(a.category !== undefined) - Number(b.category !== undefined));
  let current: string | undefined;
  for (const { q, index, category } of order) {
    const weights: string[] = [];
    const block = exportQuestion(q, category, (message) => weights.push(message));
    if (typeof block !== "string") {
      skipped.push({ index, message: block.skip });
      continue;
    }
    if (category !== undefined && category !== current) {
      blocks.push(`$CATEGORY: $course$/top/${category}`);
      current = category;
    }
    blocks.push(block);
    for (const message of weights) notices.push({ index, message });
  }
  return { gift: blocks.length ? `${blocks.join("\n\n")}\n` : "", skipped, notices };
}

/** Escaped text that Moodle will not read as opening with a format marker. */
function text(value: string): string {
  return `${opensWithFormatMarker(value) ? "[moodle]" : ""}${escapeGift(value)}`;
}

type Notice = (message: string) => void;

function exportQuestion(q: Question, category: string | undefined, notice: Notice): string | { skip: string } {
  const answers = answerBlock(q, notice);
  if (typeof answers !== "string") return answers;
  // GIFT has no escape for "->": Moodle (and we) would read such an answer as a matching pair
  // and import a different question. Better reported than exported wrong.
  if (q.type !== "matching" && answers.includes("->")) return { skip: 'an answer contains "->", which GIFT reads as a matching pair' };
  // Nor for an answer that begins like a weight: "%50%x" would come back as x worth half marks.
  if (answerTexts(q).some((t) => /^\s*%-?\d+(?:\.\d+)?%/.test(t))) return { skip: 'an answer begins with "%n%", which GIFT reads as a weight' };
  const lines: string[] = [];
  const marks = [...(q.idNumber ? [commentMark("id", q.idNumber)] : []), ...(q.tags ?? []).filter((t) => t !== category).map((t) => commentMark("tag", t))];
  if (marks.length) lines.push(`// ${marks.join(" ")}`);
  // Without a name Moodle names the question from its text, as we would.
  const name = q.name ? `::${escapeGift(q.name)}::` : "";
  const general = q.explanation ? `####${text(q.explanation)}` : "";
  const blank = q.prompt.indexOf(BLANK);
  const after = blank >= 0 ? q.prompt.slice(blank + BLANK.length) : "";
  let body: string;
  // A short answer keeps any blank as text: only a fill-the-blank (or choice) question has its
  // answers stand in the blank.
  if (blank >= 0 && after.trim() && q.type !== "short_answer") {
    // Moodle's missing-word form: the answers stand in the blank.
    body = `${text(q.prompt.slice(0, blank))}{${answers}${general}}${escapeGift(after)}`;
  } else {
    // A blank at the very end stays written: answers at the end of the text make no blank.
    body = `${text(q.prompt)} {${answers}${general}}`;
  }
  // A line opening with "//" is a comment to every reader: the question would vanish. A format
  // marker that changes nothing keeps the text off the start of the line.
  if (!name && body.startsWith("//")) body = `[moodle]${body}`;
  lines.push(`${name}${body}`);
  return lines.join("\n");
}

function answerTexts(q: Question): string[] {
  const texts = [...(q.choices ?? []), ...(q.acceptedAnswers ?? [])];
  if (typeof q.answer === "string") texts.push(q.answer);
  if (Array.isArray(q.answer)) for (const a of q.answer) if (typeof a === "string") texts.push(a);
  return texts;
}

/** A weight as Moodle's `%n%`, on Moodle's list of grades (a notice when that changes it). */
function percent(fraction: number, notice: Notice): string {
  const grade = moodleGrade(fraction);
  if (Math.abs(grade.fraction - fraction) > 1e-6) notice(`weight ${round(fraction * 100)}% written as ${grade.percent}%, the nearest grade Moodle allows`);
  return `%${grade.percent}%`;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function feedbackMark(feedback: string | undefined): string {
  return feedback ? `#${text(feedback)}` : "";
}

/** Moodle's short-answer wildcard is "*": a literal star is written "\*". */
const shortAnswer = (value: string) => text(value).replace(/\*/g, "\\*");

function answerBlock(q: Question, notice: Notice): string | { skip: string } {
  switch (q.type) {
    case "multiple_choice": {
      const choices = q.choices ?? [];
      return choices
        .map((c, i) => {
          const w = c === q.answer ? 1 : (q.choiceWeights?.[i] ?? 0);
          const marker = w >= 1 ? "=" : w === 0 ? "~" : `~${percent(w, notice)}`;
          return `${marker}${text(c)}${feedbackMark(q.choiceFeedback?.[i])}`;
        })
        .join(" ");
    }
    case "multiple_response": {
      const choices = q.choices ?? [];
      const right = new Set(q.answer as string[]);
      // Without weights the grader gives (hits - misses) / right: each right choice 1/n, each
      // wrong one -1/n, which is what these weights make Moodle do (both stop at 0).
      const implicit = defaultResponseWeights(right.size, choices.map((c) => right.has(c)));
      return choices.map((c, i) => `~${percent(q.choiceWeights?.[i] ?? implicit[i]!, notice)}${text(c)}${feedbackMark(q.choiceFeedback?.[i])}`).join(" ");
    }
    case "true_false": {
      const key = q.answer as boolean;
      const right = q.answerFeedback?.find((f) => f.answer === key)?.feedback;
      const wrong = q.answerFeedback?.find((f) => f.answer === !key)?.feedback;
      // `{TRUE#shown for a wrong answer#shown for a right one}`.
      return `${key ? "TRUE" : "FALSE"}${wrong || right ? `#${wrong ? text(wrong) : ""}` : ""}${right ? `#${text(right)}` : ""}`;
    }
    case "short_answer":
    case "cloze": {
      const feedbackFor = typedFeedback(q.answerFeedback, (f) => f.answer);
      const full = [q.answer as string, ...(q.acceptedAnswers ?? [])].map((a) => `=${shortAnswer(a)}${feedbackMark(feedbackFor.take(a))}`);
      const partial = (q.partialAnswers ?? []).map((p) => `=${percent(p.fraction, notice)}${shortAnswer(String(p.answer))}${feedbackMark(feedbackFor.take(p.answer))}`);
      const wrong = feedbackFor.rest().map((f) => `=%0%${shortAnswer(String(f.answer))}${feedbackMark(f.feedback)}`);
      const other = q.otherFeedback ? [`=%0%*${feedbackMark(q.otherFeedback)}`] : [];
      return [...full, ...partial, ...wrong, ...other].join(" ");
    }
    case "numeric": {
      const feedbackFor = typedFeedback(q.answerFeedback, (f) => `${f.answer}:${f.tolerance ?? 0}`);
      const spec = (value: number | string, tolerance: number | undefined) => `${value}:${tolerance ?? 0}`;
      const main = spec(q.answer as number, q.tolerance);
      const mainFeedback = feedbackMark(feedbackFor.take(main));
      const partial = (q.partialAnswers ?? []).map((p) => {
        const s = spec(p.answer, p.tolerance);
        return `=${percent(p.fraction, notice)}${s}${feedbackMark(feedbackFor.take(s))}`;
      });
      const wrong = feedbackFor.rest().map((f) => `=%0%${spec(f.answer as number, f.tolerance)}${feedbackMark(f.feedback)}`);
      const other = q.otherFeedback ? [`~${feedbackMark(q.otherFeedback)}`] : [];
      // The short form only without feedback: `{#7:0#Seven}` is Moodle's, but other readers
      // (gift-pegjs) take feedback only in the list form.
      if (!partial.length && !wrong.length && !other.length && !mainFeedback) return `#${main}`;
      return `#=${main}${mainFeedback} ${[...partial, ...wrong, ...other].join(" ")}`;
    }
    case "matching": {
      const pairs = q.answer as { left: string; right: string }[];
      const used = new Set(pairs.map((p) => p.right));
      const extras = (q.choices ?? []).filter((c) => !used.has(c));
      return [...pairs.map((p) => `=${text(p.left)} -> ${escapeGift(p.right)}`), ...extras.map((e) => `= -> ${escapeGift(e)}`)].join(" ");
    }
    case "ordering":
      return { skip: "ordering questions have no GIFT form" };
  }
}

/** Per-answer feedback handed out to the answers it belongs to; what is left is for 0% answers. */
function typedFeedback(list: readonly AnswerFeedback[] | undefined, key: (f: AnswerFeedback) => string | number | boolean) {
  const left = [...(list ?? [])];
  return {
    take(answer: string | number): string | undefined {
      const i = left.findIndex((f) => String(key(f)) === String(answer));
      return i >= 0 ? left.splice(i, 1)[0]!.feedback : undefined;
    },
    rest: () => left,
  };
}
