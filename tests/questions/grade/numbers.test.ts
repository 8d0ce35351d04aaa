// Reading a typed figure as a value and unit, and rounding at the written precision.
import { describe, expect, it } from "vitest";
import { normaliseAnswer } from "@/questions/grade";
import { parseNumber, roundOneFewer } from "@/questions/grade/numbers";

describe("parseNumber", () => {
  it.each<[string, number | undefined, string, boolean]>([
    ["40.38", 40.38, "", false],
    ["80,000", 80000, "", false],
    ["80 000", 80000, "", false],
    ["80k", 80000, "", false],
    ["$11.5 billion", 11.5e9, "$", false],
    ["US$11.5bn", 11.5e9, "$", false],
    ["11.5 billion dollars", 11.5e9, "$", false],
    ["€798 million", 798e6, "€", false],
    ["Rs 30.5 crore", 30.5e7, "₹", false],
    ["12 per cent", 12, "%", false],
    ["12%", 12, "%", false],
    ["3 percentage points", 3, "percentage point", false],
    ["seven", 7, "", false],
    ["twenty-five", 25, "", false],
    ["two hundred and fifty", 250, "", false],
    ["a dozen", 12, "", false],
    ["two million", 2e6, "", false],
    ["19th", 19, "", true],
    ["nineteenth", 19, "", true],
    ["150kph", 150, "km/h", false],
    ["-4.5", -4.5, "", false],
    ["1962-71", undefined, "", false],
    ["3.30 pm", undefined, "", false],
    ["9:45", undefined, "", false],
    ["Group of 20", undefined, "", false],
    ["G20", undefined, "", false],
    ["another", undefined, "", false],
  ])("%s", (text, value, unit, ordinal) => {
    const p = parseNumber(text);
    if (value === undefined) return expect(p).toBeUndefined();
    expect(p?.value).toBeCloseTo(value, 6);
    expect(p?.unit).toBe(unit);
    expect(p?.ordinal).toBe(ordinal);
  });

  it("reads digits only when asked", () => {
    expect(parseNumber("fifteen", { words: false })).toBeUndefined();
    expect(parseNumber("15", { words: false })?.value).toBe(15);
  });
});

describe("roundOneFewer", () => {
  it.each([
    ["40.38", "40.4"],
    ["40.35", "40.4"],
    ["2.25", "2.3"],
    ["0.05", "0.1"],
    ["0.04", "0.0"],
    ["9.96", "10.0"],
    ["1.234", "1.23"],
    ["7", "7"],
  ])("%s -> %s", (written, rounded) => {
    expect(roundOneFewer(written)).toBe(rounded);
  });
});

describe("normaliseAnswer", () => {
  it.each([
    ["The U.N.", "un"],
    ["Mr. Lee", "lee"],
    ["Sen. Reid", "senator reid"],
    ["DR Congo", "doctor congo"],
    ["Procter & Gamble", "procter and gamble"],
    ["Bank of the West", "bank of west"],
    ["the premier’s residence", "premiers residence"],
    ["3:30PM", "3.30 pm"],
    ["Aug. 23", "23 august"],
    ["March 4th, 2024", "4 march 2024"],
    ["Président Lula", "president lula"],
    ["Mr", "mr"],
    ["World Trade Organisation", "world trade organization"],
    ["Ministry of Defence", "ministry of defense"],
    ["Harbour Labour Council", "harbor labor council"],
    ["a detour of four hours", "detour of four hours"],
  ])("%s -> %s", (text, norm) => {
    expect(normaliseAnswer(text)).toBe(norm);
  });
});
