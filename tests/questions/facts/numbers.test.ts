import { describe, expect, it } from "vitest";
import { numberFacts } from "@/questions/facts";

const facts = (s: string) => numberFacts(s).map((f) => ({ kind: f.kind, answer: s.slice(f.s, f.e), value: f.value, unit: f.unit, qualifier: f.qualifier }));

describe("numberFacts", () => {
  const cases: [string, { kind: string; answer: string; value?: number; unit?: string; qualifier?: string }][] = [
    ["The fund is worth $42 million in total.", { kind: "money", answer: "$42 million", value: 42e6, unit: "$" }],
    ["Exports could reach $20bn soon.", { kind: "money", answer: "$20bn", value: 20e9, unit: "$" }],
    ["Costs are about £1.5bn a year.", { kind: "money", answer: "£1.5bn", value: 1.5e9, unit: "£", qualifier: "about" }],
    ["It is valued at Rs 1,000 crore now.", { kind: "money", answer: "Rs 1,000 crore", value: 1e10, unit: "Rs" }],
    ["Tolls rise 12 percent next year.", { kind: "percentage", answer: "12 percent", value: 12, unit: "percent" }],
    ["The index rose 1.79% on Friday.", { kind: "percentage", answer: "1.79%", value: 1.79, unit: "percent" }],
    ["They are 90 per cent sure.", { kind: "percentage", answer: "90 per cent", value: 90, unit: "percent" }],
    ["They host around 65,000 US troops there.", { kind: "count", answer: "65,000", value: 65000, unit: "US troops", qualifier: "around" }],
    ["Police said seven of the bus's ten carriages left the road.", { kind: "count", answer: "seven", value: 7, unit: "carriages" }],
    ["Five Iraqi police officers were hurt.", { kind: "count", answer: "Five", value: 5, unit: "Iraqi police officers" }],
    ["Its 360 million people will vote.", { kind: "count", answer: "360 million", value: 360e6, unit: "people" }],
    ["Walsh, 64, said he would run.", { kind: "count", answer: "64", value: 64, unit: "years old" }],
    ["Colonial rule lasted from 1910–45 in the region.", { kind: "date", answer: "1910–45", value: 1910 }],
    ["The bridge has stood since 1932.", { kind: "date", answer: "1932", value: 1932 }],
    ["He lost on November 2 in the vote.", { kind: "date", answer: "November 2", value: 2 }],
    ["The train derailed at 12.06am near the city.", { kind: "date", answer: "12.06am", value: 12.06 }],
    ["The deal should close by next March, they said.", { kind: "date", answer: "next March" }],
  ];
  it.each(cases)("%s", (input, expected) => {
    const got = facts(input);
    expect(got).toContainEqual(expect.objectContaining(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined))));
  });

  it.each([
    ["Call 1800 100 188 for help."],
    ["The G20 met again."],
    ["Profits in '04 rose."],
  ])("ignores non-quantities: %s", (input) => {
    expect(facts(input)).toEqual([]);
  });

  it("does not count the end of a year range as a number", () => {
    expect(facts("Rule from 1910–45 ended.").map((f) => f.answer)).toEqual(["1910–45"]);
  });
});
