import { describe, expect, it } from "vitest";
import { givesAway, isGrounded, rankQuestions } from "@/questions/rank";
import type { Question } from "@/questions/schema";
import { generateQuestions } from "@/questions";

const q = (over: Partial<Question>): Question => ({
  type: "short_answer",
  prompt: "Who?",
  answer: "Tessa Marlow",
  explanation: "",
  source: { sentence: "Mayor Tessa Marlow spoke." },
  ...over,
});

describe("isGrounded", () => {
  it.each([
    [q({}), true],
    [q({ answer: "Ian Price" }), false],
    [q({ type: "numeric", answer: 65000, source: { sentence: "About 65,000 cars pass." } }), true],
    [q({ type: "numeric", answer: 12, source: { sentence: "About 65,000 cars pass." } }), false],
    [q({ type: "true_false", answer: true }), true],
    [q({ source: undefined }), false],
  ] as const)("%#", (question, expected) => {
    expect(isGrounded(question)).toBe(expected);
  });
});

describe("givesAway", () => {
  it.each([
    [q({ prompt: "Who is Tessa Marlow?" }), true],
    [q({ prompt: 'Fill in: "Mayor _____ spoke."' }), false],
    [q({ type: "true_false", answer: true, prompt: "Tessa Marlow spoke." }), false],
  ] as const)("%#", (question, expected) => {
    expect(givesAway(question)).toBe(expected);
  });
});

describe("rankQuestions", () => {
  it("drops invalid, ungrounded and duplicate candidates and sorts by score", () => {
    const good = q({ type: "multiple_choice", choices: ["Tessa Marlow", "Ian Price", "Ana Ruiz", "Rob Ingram"], prompt: 'Who? "Mayor _____ spoke."', factKind: "role" });
    const out = rankQuestions([
      { question: good },
      { question: good },
      { question: q({ answer: "Nobody", prompt: "x" }) },
      { question: q({ type: "multiple_choice", choices: ["Tessa Marlow"], prompt: "y" }) },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.score).toBeGreaterThan(0);
  });

  it("has no dangling pronoun openers without context and no duplicate prompts", () => {
    const { questions } = generateQuestions("The council met on Monday.\nThey approved 12 new buses for the city.\nHe said 40 drivers would be hired.");
    const prompts = questions.map((x) => `${x.type}|${x.prompt}`);
    expect(new Set(prompts).size).toBe(prompts.length);
    const leaning = questions.filter((x) => x.source?.sentence.startsWith("He said"));
    expect(leaning.length).toBeGreaterThan(0);
    // Each question on a "He said ..." sentence quotes the sentence before it for context.
    for (const x of leaning) expect(x.prompt).toContain("They approved 12 new buses for the city.");
    const sorted = [...questions].sort((a, b) => b.score! - a.score!);
    expect(questions.map((x) => x.score)).toEqual(sorted.map((x) => x.score));
  });
});
