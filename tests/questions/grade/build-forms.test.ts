// The generator stores acceptedForms with its typed questions: the fact's kind picks the rules.
import { describe, expect, it } from "vitest";
import { buildCloze, buildShortAnswer } from "@/questions/build";
import { acceptedVariants, answerInfo } from "@/questions/build/short-answer";
import type { Fact } from "@/questions/facts";
import { gradeResponse } from "@/questions/grade";
import { questionSchema } from "@/questions/schema";

const SENTENCE = "Harbour officials said President Lee Jae Myung opened the new ferry terminal on Friday.";
const fact = (answer: string, extra: Partial<Fact>): Fact => {
  const at = Math.max(0, SENTENCE.indexOf(answer));
  return {
    id: `s0-${at}-${extra.kind ?? "other"}`,
    kind: "other",
    answer,
    answerStart: at,
    answerEnd: at + answer.length,
    sentence: SENTENCE,
    start: 0,
    end: SENTENCE.length,
    sentenceIndex: 0,
    ...extra,
  };
};

describe("answerInfo and acceptedVariants", () => {
  it.each<[string, Fact, string, string[], string[]]>([
    ["a person with a role", fact("Lee Jae Myung", { kind: "role", entityType: "person", relation: "holder", role: "President" }), "person", ["Lee", "President Lee"], ["Myung", "Lee Jae Myung"]],
    ["a role answer", fact("Prime Minister", { kind: "role", entityType: "person", relation: "role-of", subject: "Mark Carney" }), "role", [], ["Minister"]],
    ["a meeting with a title for a name", fact("Prime Minister", { kind: "meeting", entityType: "person" }), "person", [], ["Minister"]],
    ["an organisation", fact("U.S. Geological Survey", { kind: "other", entityType: "org" }), "organisation", ["USGS"], []],
    ["a country", fact("U.S.", { kind: "place", entityType: "country" }), "place", ["United States", "US"], []],
    ["a percentage", fact("40.38%", { kind: "percentage", value: 40.38, unit: "percent" }), "percentage", ["40.38", "40.4%"], ["40", "40%"]],
    ["a count with its noun", fact("80,000", { kind: "count", value: 80000, unit: "US troops" }), "number", ["80000", "80,000 US troops"], []],
    ["a count whose noun is a slip", fact("two", { kind: "count", value: 2, unit: "them" }), "number", ["2"], ["two them"]],
    ["a span of years", fact("1989–97", { kind: "date", entityType: "year", values: [1989, 1997] }), "date", ["1989-1997", "1989 to 1997"], []],
  ])("%s", (_, f, kind, shown, hidden) => {
    expect(answerInfo(f).kind).toBe(kind);
    const v = acceptedVariants(f);
    expect(v).toEqual(expect.arrayContaining(shown));
    for (const h of hidden) expect(v).not.toContain(h);
  });

  it("stores the forms on the short answer and the cloze, and grading accepts them", () => {
    const f = fact("Lee Jae Myung", { kind: "role", entityType: "person", relation: "holder", role: "President" });
    for (const q of [buildShortAnswer(f), buildCloze(f)]) {
      expect(q).toBeDefined();
      expect(questionSchema.safeParse(q).success).toBe(true);
      expect(q!.acceptedAnswers).toEqual(expect.arrayContaining(["Lee"]));
      expect(gradeResponse(q!, "lee").correct).toBe(true);
      expect(gradeResponse(q!, "Myung").correct).toBe(false);
    }
  });
});
