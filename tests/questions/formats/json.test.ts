import { describe, expect, it } from "vitest";
import { formatText, toJsonOutput } from "@/questions/formats/json";
import { questionSchema, type Question } from "@/questions/schema";

const q: Question = {
  type: "numeric",
  prompt: "How many?",
  answer: 12,
  tolerance: 0,
  explanation: "The answer is 12.",
  source: { sentence: "They bought 12 buses.", start: 0, end: 21 },
  factKind: "count",
  score: 0.8,
};

describe("json format", () => {
  it("keeps the CLI contract fields", () => {
    expect(toJsonOutput([q]).questions[0]).toMatchObject({
      type: "numeric",
      prompt: "How many?",
      answer: 12,
      tolerance: 0,
      explanation: "The answer is 12.",
      source: { sentence: "They bought 12 buses." },
    });
  });
  it("keeps per-answer feedback, which reads back through the schema", () => {
    const withFeedback: Question = { ...q, answerFeedback: [{ answer: 10, tolerance: 1, feedback: "Count the spares." }], otherFeedback: "See the second paragraph.", idNumber: "B-12" };
    const out = JSON.parse(JSON.stringify(toJsonOutput([withFeedback]))) as { questions: unknown[] };
    expect(questionSchema.parse(out.questions[0])).toMatchObject({ answerFeedback: withFeedback.answerFeedback, otherFeedback: withFeedback.otherFeedback, idNumber: "B-12" });
  });
  it.each([
    [{ ...q }, "Answer: 12"],
    [{ ...q, type: "matching", answer: [{ left: "a", right: "b" }, { left: "c", right: "d" }] } as Question, "Answer: a -> b; c -> d"],
  ])("text listing %#", (question, expected) => {
    expect(formatText([question])).toContain(expected);
  });
});
