// Questions to GIFT that Moodle's importer accepts. Tags travel as `// [tag:x]` comment lines
// (read by Moodle 4.x and by our parser). Ordering questions have no GIFT form: they are reported
// and left out, never silently changed into another type.
import type { Question } from "../../schema";
import { escapeGift } from "./escape";

export interface GiftExportResult {
  gift: string;
  skipped: { index: number; message: string }[];
}

const BLANK = "_____";

export function exportGift(questions: readonly Question[]): GiftExportResult {
  const blocks: string[] = [];
  const skipped: GiftExportResult["skipped"] = [];
  questions.forEach((question, index) => {
    const block = exportQuestion(question);
    if (typeof block === "string") blocks.push(block);
    else skipped.push({ index, message: block.skip });
  });
  return { gift: blocks.length ? `${blocks.join("\n\n")}\n` : "", skipped };
}

function exportQuestion(q: Question): string | { skip: string } {
  const answers = answerBlock(q);
  if (typeof answers !== "string") return answers;
  // GIFT has no escape for "->": Moodle (and we) would read such an answer as a matching pair
  // and import a different question. Better reported than exported wrong.
  if (q.type !== "matching" && answers.includes("->")) return { skip: 'an answer contains "->", which GIFT reads as a matching pair' };
  // Nor for an answer that begins like a weight: "%50%x" would come back as x worth half marks.
  if (answerTexts(q).some((t) => /^\s*%-?\d+(?:\.\d+)?%/.test(t))) return { skip: 'an answer begins with "%n%", which GIFT reads as a weight' };
  const lines: string[] = [];
  if (q.tags?.length) lines.push(`// ${q.tags.map((t) => `[tag:${t.replace(/[\]\\]/g, (c) => `\\${c}`)}]`).join(" ")}`);
  // Without a name Moodle names the question from its text, as we would.
  const name = q.name ? `::${escapeGift(q.name)}::` : "";
  const general = q.explanation ? `####${escapeGift(q.explanation)}` : "";
  const blank = q.prompt.indexOf(BLANK);
  // A prompt with a blank becomes Moodle's missing-word form: the answers stand in the blank.
  const body =
    blank >= 0
      ? `${escapeGift(q.prompt.slice(0, blank))}{${answers}${general}}${escapeGift(q.prompt.slice(blank + BLANK.length))}`
      : `${escapeGift(q.prompt)} {${answers}${general}}`;
  lines.push(`${name}${body}`);
  return lines.join("\n");
}

function answerTexts(q: Question): string[] {
  const texts = [...(q.choices ?? []), ...(q.acceptedAnswers ?? [])];
  if (typeof q.answer === "string") texts.push(q.answer);
  if (Array.isArray(q.answer)) for (const a of q.answer) if (typeof a === "string") texts.push(a);
  return texts;
}

/** Moodle's percentages: whole numbers where exact, else five decimals (33.33333). */
function percent(fraction: number): string {
  const p = Math.round(fraction * 100 * 100000) / 100000;
  return `%${p}%`;
}

function feedback(q: Question, i: number): string {
  const text = q.choiceFeedback?.[i];
  return text ? `#${escapeGift(text)}` : "";
}

function answerBlock(q: Question): string | { skip: string } {
  switch (q.type) {
    case "multiple_choice": {
      const choices = q.choices ?? [];
      return choices
        .map((c, i) => {
          const w = q.choiceWeights?.[i] ?? (c === q.answer ? 1 : 0);
          const marker = c === q.answer ? "=" : `~${w !== 0 ? percent(w) : ""}`;
          return `${marker}${escapeGift(c)}${feedback(q, i)}`;
        })
        .join(" ");
    }
    case "multiple_response": {
      const choices = q.choices ?? [];
      const right = new Set(q.answer as string[]);
      const wrongCount = choices.length - right.size;
      return choices
        .map((c, i) => {
          // Without explicit weights: the right choices share 100%, the wrong ones share -100%.
          const w = q.choiceWeights?.[i] ?? (right.has(c) ? 1 / right.size : wrongCount ? -1 / wrongCount : 0);
          return `~${percent(w)}${escapeGift(c)}${feedback(q, i)}`;
        })
        .join(" ");
    }
    case "true_false":
      return q.answer ? "TRUE" : "FALSE";
    case "short_answer":
    case "cloze": {
      const full = [q.answer as string, ...(q.acceptedAnswers ?? [])].map((a) => `=${escapeGift(a)}`);
      const partial = (q.partialAnswers ?? []).map((p) => `=${percent(p.fraction)}${escapeGift(String(p.answer))}`);
      return [...full, ...partial].join(" ");
    }
    case "numeric": {
      const main = `${q.answer}:${q.tolerance ?? 0}`;
      if (!q.partialAnswers?.length) return `#${main}`;
      const partial = q.partialAnswers.map((p) => `=${percent(p.fraction)}${p.answer}:${p.tolerance ?? 0}`);
      return `#=${main} ${partial.join(" ")}`;
    }
    case "matching": {
      const pairs = q.answer as { left: string; right: string }[];
      const used = new Set(pairs.map((p) => p.right));
      const extras = (q.choices ?? []).filter((c) => !used.has(c));
      return [...pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`), ...extras.map((e) => `= -> ${escapeGift(e)}`)].join(" ");
    }
    case "ordering":
      return { skip: "ordering questions have no GIFT form" };
  }
}
