import { describe, expect, it } from "vitest";
import { insideLongerName } from "@/questions/build";
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
