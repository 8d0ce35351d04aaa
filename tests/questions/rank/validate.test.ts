import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { buildQuestions } from "@/questions/build";
import { extractFacts } from "@/questions/facts";
import { plainlyValid } from "@/questions/rank/validate";
import { questionSchema, type Question } from "@/questions/schema";

// Fixture sentences written for these tests.
const ARTICLE = [
  "Mayor Tessa Marlow said the city of Dunmore will spend $42 million on the Harbour Bridge, which opened in 1932.",
  "About 65,000 cars cross the bridge every day, up 12 percent from 2015, the transport office said.",
  "Marlow met Irish Prime Minister Aidan Keane in Dublin on Monday to discuss trade with France, Spain and Portugal.",
  "The Dunmore Port Authority, led by chief executive Ian Price, expects 3,400 ships this year.",
  "Finance Minister Ana Ruiz and Transport Minister Rob Ingram signed the deal in Madrid.",
].join(" ");

const built = (): Question[] => buildQuestions(extractFacts(splitSentences(ARTICLE))).map((c) => c.question);

/** Variations of a question, some valid and some not, around the schema's bounds. */
function variations(q: Question): unknown[] {
  const text = (n: number) => "x".repeat(n);
  const changes: Record<string, unknown>[] = [
    { prompt: "" },
    { prompt: text(2000) },
    { prompt: text(2001) },
    { prompt: "😀".repeat(1001) },
    { type: "essay" },
    { type: undefined },
    { answer: undefined },
    { answer: "" },
    { answer: Infinity },
    { answer: NaN },
    { answer: 3 },
    { answer: true },
    { answer: [] },
    { answer: ["a", ""] },
    { answer: [{ left: "a", right: "b" }] },
    { answer: [{ left: "a", right: "" }] },
    { choices: undefined },
    { choices: [] },
    { choices: [q.answer, "b", "c", "d"] },
    { choices: Array.from({ length: 13 }, (_, i) => `c${i}`) },
    { choices: [text(501), "b"] },
    { acceptedAnswers: [""] },
    { acceptedAnswers: ["ok"] },
    { tolerance: -1 },
    { tolerance: 0.5 },
    { explanation: text(4001) },
    { explanation: undefined },
    { source: { sentence: "" } },
    { source: { sentence: "s", start: -1 } },
    { source: { sentence: "s", start: 1.5 } },
    { source: { sentence: "s", start: 2 ** 60 } },
    { factKind: "weather" },
    { difficulty: 1.01 },
    { difficulty: 0 },
    { tags: [text(61)] },
    { tags: [""] },
    { score: 0.5 },
    { name: "" },
    { choiceWeights: [1, 0] },
    { extra: "ignored by the schema" },
  ];
  return changes.map((c) => ({ ...q, ...c }));
}

describe("plainlyValid: a question it passes, the schema passes", () => {
  it("passes every question the builders make from the fixture", () => {
    const qs = built();
    expect(qs.length).toBeGreaterThan(10);
    for (const q of qs) {
      expect(questionSchema.safeParse(q).success).toBe(true);
      expect(plainlyValid(q)).toBe(true);
    }
  });

  it("never passes a question the schema rejects", () => {
    let checked = 0;
    for (const q of built()) {
      for (const v of variations(q)) {
        if (plainlyValid(v as Question)) expect(questionSchema.safeParse(v).success).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it.each([null, "text", [], { type: "cloze", prompt: "p" }, { type: "cloze", answer: "a" }])("rejects %j", (x) => {
    expect(plainlyValid(x as unknown as Question)).toBe(false);
  });
});
