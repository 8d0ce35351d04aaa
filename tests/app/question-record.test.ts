import { describe, expect, it } from "vitest";
import { toDomainQuestion, toQuestionRow } from "@/app/_server/bank/question-record";
import type { Question } from "@/questions/schema";

describe("question rows", () => {
  const questions: Question[] = [
    { type: "multiple_choice", prompt: "Where?", choices: ["Tokyo", "Seoul", "Osaka", "Busan"], answer: "Tokyo", explanation: "e", source: { sentence: "s", start: 0, end: 1 }, factKind: "place", difficulty: 0.4, score: 2 },
    { type: "numeric", prompt: "How many?", answer: 80000, tolerance: 500, explanation: "" },
    { type: "matching", prompt: "Match", answer: [{ left: "Lee", right: "President" }, { left: "Ishiba", right: "Prime Minister" }], explanation: "" },
  ];
  it.each(questions)("round-trips a $type question", (q) => {
    expect(toDomainQuestion(toQuestionRow(q))).toEqual(q);
  });

  it("refuses to store an invalid question", () => {
    expect(() => toQuestionRow({ type: "multiple_choice", prompt: "Where?", choices: ["A", "B"], answer: "C", explanation: "" })).toThrow(/one of the choices/);
  });

  it("refuses a corrupted stored key", () => {
    const row = toQuestionRow(questions[1]!);
    expect(() => toDomainQuestion({ ...row, answer: JSON.stringify({ not: "a key" }) })).toThrow(/answer key/);
  });
});
