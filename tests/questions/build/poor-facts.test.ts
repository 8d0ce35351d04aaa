import { describe, expect, it } from "vitest";
import { buildMultipleChoice, buildPools, insideLongerName, isPoorFact } from "@/questions/build";
import type { Fact } from "@/questions/facts";

// Fixture sentences written for these tests.
const fact = (sentence: string, answer: string, kind: Fact["kind"] = "other"): Fact => {
  const i = sentence.indexOf(answer);
  return { id: "x", kind, answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 0 };
};

describe("insideLongerName: part of a name is no answer", () => {
  it.each([
    ["Ministers signed the Pacific Island Fisheries trade Compact (PIFTC) in the capital.", "Compact", "other", true],
    ["Ministers signed the Pacific Island Fisheries trade Compact (PIFTC) in the capital.", "Pacific Island Fisheries", "other", true],
    ["The World Health Organization (WHO) warned on Monday.", "World Health Organization", "other", false],
    ["Observers from the Organisation for Security and Cooperation in Europe arrived.", "Europe", "place", true],
    ["Students at the University of Nairobi protested.", "Nairobi", "place", true],
    ["The minister flew to Paris on Monday.", "Paris", "place", false],
    ["Troops from the Republic of Korea arrived in Japan.", "Japan", "place", false],
  ] as const)("%s [%s]", (sentence, answer, kind, expected) => {
    expect(insideLongerName(fact(sentence, answer, kind))).toBe(expected);
  });
});

describe("isPoorFact and the forms of names of no known kind", () => {
  it("drops two names joined by a hyphen before a noun (\"the Fiji-Tonga ferry deal\")", () => {
    expect(isPoorFact(fact("The Fiji-Tonga ferry deal was signed on Monday.", "Fiji-Tonga"), new Set())).toBe(true);
    expect(isPoorFact(fact("The deal between Fiji and Tonga was signed.", "Tonga", "place"), new Set())).toBe(false);
  });
  it("drops a count of one (\"one day\" meaning someday)", () => {
    const f = { ...fact("The mayor said the bridge would one day carry trams.", "one day", "count"), value: 1, unit: "day" };
    expect(isPoorFact(f, new Set())).toBe(true);
    expect(isPoorFact({ ...f, value: 2 }, new Set())).toBe(false);
  });
  it("asks a name of no known kind only as a typed answer", () => {
    const f = { ...fact("Sanctions followed the Harbour Strike, the report said.", "Harbour Strike"), entityType: "other" as const };
    const fs = [f];
    expect(buildMultipleChoice(f, buildPools(fs))).toBeUndefined();
  });
});
