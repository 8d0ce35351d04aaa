// Every question the generator makes from the shared articles (each draft's main form and its
// variants) is exported to GIFT and read back: by our importer as the same question, and by the
// gift-pegjs parser (an independent reader) as the same type and key. The articles are third-party
// texts, read from the shared folder at run time and never copied into the repo: $NEWSQUIZ_ARTICLES,
// else ../shared/articles beside the repo root.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as pegParse, type GIFTQuestion } from "gift-pegjs";
import { generateQuestions } from "@/questions";
import { exportGift, parseGift } from "@/questions/formats/gift";
import { isCategoryTag } from "@/questions/formats/gift/comments";
import type { Question } from "@/questions/schema";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const articles = process.env.NEWSQUIZ_ARTICLES ? resolve(process.env.NEWSQUIZ_ARTICLES) : resolve(repoRoot, "../shared/articles");
const files = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith(".txt")).sort() : [];
// The shared articles live beside the repository, not in it: a clone elsewhere says it skips.
if (!files.length) console.warn(`\n!! SKIPPING the GIFT round trip of generated questions: no articles at ${articles} (set NEWSQUIZ_ARTICLES)\n`);

/** The fields a GIFT round trip must keep. */
const FIELDS = ["type", "name", "prompt", "choices", "answer", "acceptedAnswers", "tolerance", "choiceWeights", "partialAnswers", "choiceFeedback", "answerFeedback", "otherFeedback", "explanation"] as const;

function kept(q: Question) {
  const out: Record<string, unknown> = Object.fromEntries(FIELDS.map((f) => [f, q[f]]));
  // The tags travel, as a set: their order does not (a category path comes first), and the bank
  // keeps each tag once.
  out.tags = [...new Set(q.tags ?? [])].sort();
  if (q.type === "numeric") out.tolerance = q.tolerance ?? 0;
  // A multiple-response key is a set: GIFT lists the right choices in the choices' order.
  if (q.type === "multiple_response") out.answer = [...(q.answer as string[])].sort();
  return out;
}

const PEG_TYPE: Record<string, string> = { multiple_choice: "MC", multiple_response: "MC", true_false: "TF", numeric: "Numerical", short_answer: "Short", cloze: "Short", matching: "Matching" };

/** What gift-pegjs read as the key, in our terms. */
function pegKey(g: GIFTQuestion): unknown {
  switch (g.type) {
    case "MC":
      return g.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => c.text.text).sort();
    case "TF":
      return g.isTrue;
    case "Numerical": {
      const first = Array.isArray(g.choices) ? g.choices[0]!.text : g.choices;
      return { answer: first.number, tolerance: first.range ?? 0 };
    }
    case "Short":
      return g.choices.filter((c) => c.weight === null || c.weight === 100).map((c) => c.text.text).sort();
    case "Matching":
      return g.matchPairs.filter((p) => p.subquestion.text).map((p) => ({ left: p.subquestion.text, right: p.subanswer }));
    default:
      return undefined;
  }
}

function ourKey(q: Question): unknown {
  switch (q.type) {
    case "multiple_choice":
      return (q.choices ?? []).filter((c, i) => c === q.answer || (q.choiceWeights?.[i] ?? 0) > 0).sort();
    case "multiple_response":
      return [...(q.answer as string[])].sort();
    case "numeric":
      return { answer: q.answer, tolerance: q.tolerance ?? 0 };
    case "short_answer":
    case "cloze":
      return [q.answer as string, ...(q.acceptedAnswers ?? [])].sort();
    default:
      return q.answer;
  }
}

describe.skipIf(!files.length)("GIFT round trip of every generated question", () => {
  // One bank: every article's drafts with their variants.
  const bank: Question[] = files.flatMap((file) => {
    const { drafts } = generateQuestions(readFileSync(join(articles, file), "utf8"));
    return drafts.flatMap((d) => [d.question, ...d.variants]);
  });
  const { gift, skipped, notices } = exportGift(bank);
  const skippedAt = new Set(skipped.map((s) => s.index));
  // The exporter writes questions without a category first, the rest after, each in bank order.
  const written = bank
    .map((q, index) => ({ q, index }))
    .filter(({ index }) => !skippedAt.has(index))
    .sort((a, b) => Number(a.q.tags?.some(isCategoryTag) ?? false) - Number(b.q.tags?.some(isCategoryTag) ?? false));

  it("exports every question but the orderings, each as Moodle stores it", () => {
    expect(bank.length).toBeGreaterThan(500);
    expect(skipped.every((s) => bank[s.index]!.type === "ordering")).toBe(true);
    expect(notices).toEqual([]);
  });

  it("reads back the same questions", () => {
    const { questions, errors } = parseGift(gift);
    expect(errors).toEqual([]);
    expect(questions).toHaveLength(written.length);
    const differing = written.filter(({ q }, i) => JSON.stringify(kept(questions[i]!)) !== JSON.stringify(kept(q)));
    // Shown one at a time so a failure names the question and the field.
    for (const { q, index } of differing.slice(0, 3)) expect(kept(questions[written.findIndex((w) => w.index === index)]!)).toEqual(kept(q));
    expect(differing).toEqual([]);
  }, 120_000);

  it("parses with gift-pegjs to the same types and keys", () => {
    const read = pegParse(gift).filter((g) => g.type !== "Category");
    expect(read).toHaveLength(written.length);
    written.forEach(({ q }, i) => {
      const g = read[i]!;
      expect({ prompt: q.prompt, type: g.type, key: pegKey(g) }).toEqual({ prompt: q.prompt, type: PEG_TYPE[q.type], key: ourKey(q) });
    });
  });
});

describe("gift-pegjs reads what the exporter writes for feedback, categories and guarded text", () => {
  const base = { explanation: "" } as const;
  const bank: Question[] = [
    { ...base, type: "true_false", prompt: "T?", answer: true, answerFeedback: [{ answer: true, feedback: "Yes" }, { answer: false, feedback: "No: it is" }] },
    { ...base, type: "true_false", prompt: "F?", answer: false, answerFeedback: [{ answer: false, feedback: "Right" }] },
    { ...base, type: "short_answer", prompt: "S?", answer: "Lima", acceptedAnswers: ["lima city"], partialAnswers: [{ answer: "Peru", fraction: 0.5 }], answerFeedback: [{ answer: "Cusco", feedback: "The old capital" }], otherFeedback: "Think of the coast" },
    { ...base, type: "numeric", prompt: "N?", answer: 3, tolerance: 2, answerFeedback: [{ answer: 3, tolerance: 2, feedback: "In range" }, { answer: 10, tolerance: 0, feedback: "Too big" }], otherFeedback: "No" },
    { ...base, type: "numeric", prompt: "M?", answer: 7, tolerance: 0, answerFeedback: [{ answer: 7, tolerance: 0, feedback: "Seven" }] },
    { ...base, type: "cloze", prompt: "Ends in _____", answer: "x" },
    { type: "multiple_choice", prompt: "// starts so", choices: ["[html]a", "b"], answer: "b", choiceFeedback: ["x", "[plain]y"], tags: ["news/asia", "c\\d"], explanation: "[html]z" },
  ];

  it("to the same types, keys and feedback", () => {
    const { gift } = exportGift(bank);
    const read = pegParse(gift).filter((g) => g.type !== "Category");
    expect(read.map((g) => ({ type: g.type, key: pegKey(g) }))).toEqual(bank.map((q) => ({ type: PEG_TYPE[q.type], key: ourKey(q) })));
    const texts = JSON.stringify(read);
    for (const f of ["No: it is", "Right", "The old capital", "Think of the coast", "In range", "Too big", "Seven", "[plain]y", "[html]z"]) expect(texts).toContain(JSON.stringify(f));
    expect(read[6]).toMatchObject({ stem: { text: "// starts so" }, tags: ["c\\d"] });
  });
});
