import { describe, expect, it } from "vitest";
import { quantityFacts } from "@/questions/facts/quantities";
import { annotate } from "@/questions/nlp";
import { extractFacts } from "@/questions/facts";
import { splitSentences } from "@/questions/article";

const facts = (s: string) => quantityFacts(s, annotate(s)).map((f) => ({ ...f, answer: s.slice(f.s, f.e) }));

describe("quantityFacts: numbers written in words, read by wink-nlp", () => {
  it.each([
    ["Police said seven of the bus's ten carriages left the road.", { kind: "count", answer: "seven", value: 7, unit: "carriages" }],
    ["Five Iraqi police officers were hurt.", { kind: "count", answer: "Five Iraqi police officers", value: 5 }],
    ["Two car bombs killed sixteen people.", { kind: "count", answer: "sixteen people", value: 16, unit: "people" }],
    ["At least nine miners were trapped underground.", { kind: "count", answer: "nine miners", value: 9, qualifier: "At least" }],
    ["The two ministers signed four agreements on water.", { kind: "count", answer: "four agreements", value: 4 }],
    ["A six-member panel will review the contract.", { kind: "count", answer: "six", value: 6, unit: "member", entityType: "compound" }],
    ["The court jailed the former mayor for nine months.", { kind: "count", answer: "nine months", value: 9, unit: "months" }],
    ["It was the fifth increase this year.", { kind: "count", answer: "fifth", value: 5, unit: "increase", entityType: "ordinal" }],
  ] as const)("%s", (input, expected) => {
    expect(facts(input)).toContainEqual(expect.objectContaining(expected));
  });

  it.each([
    ["The two leaders shook hands."],
    ["One of the ferries sank."],
    ["She won 52 percent of the vote."],
  ])("asks nothing of %s", (input) => {
    expect(facts(input)).toEqual([]);
  });
});

describe("fractions written in words", () => {
  it("are shares, not counts: 'two-thirds of the traders' asks no count of thirds", () => {
    const facts = extractFacts(splitSentences("Two-thirds of the 40 traders polled by the bank expect a cut, and three-quarters want lower fees."));
    expect(facts.filter((f) => f.kind === "count").map((f) => f.answer)).toEqual(["40"]);
  });
});
