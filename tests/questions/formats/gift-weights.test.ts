// Moodle writes thirds, sixths and sevenths to five decimals; read back, they are the fractions
// they stand for, so that every right choice of a three-way split earns full marks.
import { describe, expect, it } from "vitest";
import { parseGift } from "@/questions/formats/gift";
import { gradeResponse } from "@/questions/grade";

describe("Moodle's rounded weights", () => {
  it("reads 33.33333% as a third: all three right choices are fully right", () => {
    const { questions, errors } = parseGift("Which three? {~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}");
    expect(errors).toEqual([]);
    expect(questions[0]!.choiceWeights).toEqual([1 / 3, 1 / 3, 1 / 3, -1]);
    expect(gradeResponse(questions[0]!, ["A", "B", "C"])).toEqual({ fraction: 1, correct: true });
  });

  it("keeps a weight that stands for no simple fraction as written", () => {
    const { questions } = parseGift("Which? {~%37%A ~%63%B ~%-100%C}");
    expect(questions[0]!.choiceWeights).toEqual([0.37, 0.63, -1]);
  });
});
