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
    ["Its 360 million people will vote.", { kind: "count", answer: "360 million", value: 360e6, unit: "people" }],
    ["Walsh, 64, said he would run.", { kind: "count", answer: "64", value: 64, unit: "years old" }],
    ["Colonial rule lasted from 1910–45 in the region.", { kind: "date", answer: "1910–45", value: 1910 }],
    ["The bridge has stood since 1932.", { kind: "date", answer: "1932", value: 1932 }],
    ["He lost on November 2 in the vote.", { kind: "date", answer: "November 2", value: 2 }],
    ["The train derailed at 12.06am near the city.", { kind: "date", answer: "12.06am", value: 12.06 }],
    ["The deal should close by next March, they said.", { kind: "date", answer: "next March" }],
    ["The court cut the penalty to a Rs6.9 million fine.", { kind: "money", answer: "Rs6.9 million", value: 6.9e6, unit: "Rs" }],
    // Shillings, glued or spaced: a sum, not a name (the key of a place question once, with towns for options).
    ["The telecom firm's profit rose to Sh41.7 billion last year.", { kind: "money", answer: "Sh41.7 billion", value: 41.7e9, unit: "Sh" }],
    ["The council will spend KSh 3.5 million on the road.", { kind: "money", answer: "KSh 3.5 million", value: 3.5e6, unit: "KSh" }],
    // The tally named before the number says what it counts.
    ["That brings the total number of flu cases this winter to 8,412, and the death toll to 57.", { kind: "count", answer: "8,412", value: 8412, unit: "flu cases" }],
    ["That brings the total number of flu cases this winter to 8,412, and the death toll to 57.", { kind: "count", answer: "57", value: 57, unit: "deaths" }],
    ["The casualty toll stood at about 40 by nightfall.", { kind: "count", answer: "40", value: 40, unit: "casualties", qualifier: "about" }],
  ];
  it("does not take a noun from another clause", () => {
    expect(facts("The number of visitors fell, and prices rose to 12 a ticket.").find((f) => f.value === 12)?.unit).not.toBe("visitors");
  });

  it.each(cases)("%s", (input, expected) => {
    const got = facts(input);
    expect(got).toContainEqual(expect.objectContaining(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined))));
  });

  // Currencies and scales, rates, and what they measure.
  const detailed: [string, Record<string, unknown>][] = [
    ["The loan is worth USD 3 billion.", { kind: "money", answer: "USD 3 billion", value: 3e9, currency: "USD" }],
    ["The carmaker will invest 3 billion yen in the plant.", { kind: "money", answer: "3 billion yen", value: 3e9, currency: "JPY", verb: "will invest" }],
    ["A fund of €2.5 million was set up.", { kind: "money", answer: "€2.5 million", value: 2.5e6, currency: "EUR" }],
    ["The club paid £40m for him.", { kind: "money", answer: "£40m", value: 40e6, currency: "GBP", verb: "paid" }],
    ["The state spent Rs 3,000 crore on roads.", { kind: "money", answer: "Rs 3,000 crore", value: 3e10, currency: "INR", verb: "spent" }],
    ["The insurer paid 3 billion won.", { kind: "money", answer: "3 billion won", value: 3e9, currency: "KRW" }],
    ["Exports could reach $20bn soon.", { kind: "money", answer: "$20bn", value: 20e9 }],
    ["The firm will have $55 billion in annual revenue.", { kind: "money", answer: "$55 billion", measure: "annual revenue" }],
    ["It agreed an $11.5 billion deal.", { kind: "money", answer: "$11.5 billion", value: 11.5e9, measure: "deal" }],
    ["The bank raised interest rates by 25 basis points.", { kind: "percentage", answer: "25 basis points", value: 25, unit: "basis points", measure: "interest rates" }],
    ["She won 52% of the vote.", { kind: "percentage", answer: "52%", value: 52, measure: "vote", verb: "won" }],
    ["Both agreed to 15 percent tariffs on imports.", { kind: "percentage", answer: "15 percent", measure: "tariffs" }],
    ["The index rose 1.79% on Friday.", { kind: "percentage", answer: "1.79%", verb: "rose", measure: "index" }],
    ["Unemployment rose 0.3 percentage points.", { kind: "percentage", answer: "0.3 percentage points", unit: "percentage points" }],
  ];
  it.each(detailed)("%s", (input, expected) => {
    const got = numberFacts(input).map((f) => ({ ...f, answer: input.slice(f.s, f.e) }));
    expect(got).toContainEqual(expect.objectContaining(expected));
  });

  // Conversions in brackets are kept but flagged, so the ranker can push them down.
  const conversions: [string, string, boolean][] = [
    ["The rocket carried 400 kilograms (882 pounds) of fuel.", "882", true],
    ["The rocket carried 400 kilograms (882 pounds) of fuel.", "400", false],
    ["The grant is Rs 3,000 crore (US$360 million).", "US$360 million", true],
    ["The grant is Rs 3,000 crore (US$360 million).", "Rs 3,000 crore", false],
    ["Turnout was 61 percent (up from 55 percent).", "61 percent", false],
  ];
  it.each(conversions)("%s: %s low value %s", (input, answer, low) => {
    const f = numberFacts(input).find((x) => input.slice(x.s, x.e) === answer);
    expect(f).toBeDefined();
    expect(f!.lowValue === true).toBe(low);
    if (low) expect(f!.lowValueReason).toBe("unit-conversion");
  });
  it("reads pounds after a weight as a weight", () => {
    const f = numberFacts("It weighed 400 kilograms (882 pounds).").find((x) => x.value === 882);
    expect(f).toMatchObject({ kind: "count", unit: "pounds" });
  });
});

describe("numberFacts: not quantities", () => {
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

describe("numberFacts: a bare level beside a figure of its own size", () => {
  it("takes that figure's unit ('a high of 6,684.77 points, ended at 6,679.20')", () => {
    // A fixture sentence written for this test.
    const fs = numberFacts("After touching a record of 8,412.50 points, the Velden index ended at 8,390.25, gaining 61.40 points.");
    expect(fs.find((f) => f.value === 8390.25)?.unit).toBe("points");
  });

  it("leaves a bare figure of another size alone", () => {
    const fs = numberFacts("The index gained 61.40 points as 400 traders returned.");
    expect(fs.find((f) => f.value === 400)?.unit).not.toBe("points");
  });
});
