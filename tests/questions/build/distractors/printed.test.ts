// No wrong answer the question's own prompt prints, in any form: "0.60%" beside "fell 0.6%",
// "four years" beside "Four years", a role beside the same words. Fixture sentences are our own.
import { describe, expect, it } from "vitest";
import { buildMultipleChoice, buildPools } from "@/questions/build";
import { printedForm, printedIn } from "@/questions/build/distractors/shared";
import { fact, facts, wrongFor } from "./helpers";

describe("printedIn: figures by value and unit, words as a run", () => {
  it.each([
    ["Prices fell 0.6% in March.", "0.60%", true],
    ["Prices fell 0.6 percent in March.", "0.60%", true],
    ["The index slipped 0.6 points to 4,120.", "0.60%", true], // a bare figure stands for any unit
    ["Tariffs of 25 percent were imposed on _____ of goods.", "$25 billion", false],
    ["Tariffs of 25 percent were imposed on _____ of goods.", "25%", true],
    ["The fund lost $3 million in May.", "$3 billion", false],
    ["Four years after the flood, the dam took _____ to build.", "four years", true],
    ["Who is the Brazilian President?", "brazilian president", true],
    ["The fleet sailed on Monday.", "Lee", false],
    ["The fleet sailed on Monday.", "sailed", true],
  ] as const)("%s prints %s: %s", (text, choice, expected) => {
    expect(printedIn(printedForm(text), choice, true)).toBe(expected);
  });
});

describe("wrong answers the prompt prints are never offered", () => {
  it.each([
    ["Prices rose 0.75% in May after rising 0.6% in April.", "0.75%", "0.60%"],
    ["Four years after the flood, the new dam took three years to build.", "three years", "four years"],
    ["The lake held 1,200 tonnes of fish in 2019, up from 1,000 tonnes in 2015.", "2019", "2015"],
  ])("%s -> %s without %s", (text, answer, printed) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    expect(wrong).not.toContain(printed);
  });
  it.each([
    ["Prices rose 0.75% in May after rising 0.6% in April.", "0.75%"],
    ["Four years after the flood, the new dam took three years to build.", "three years"],
  ])("%s: no multiple-choice option of %s is in its prompt", (text, answer) => {
    const fs = facts(text);
    const q = buildMultipleChoice(fact(fs, answer), buildPools(fs));
    expect(q).toBeDefined();
    const printed = printedForm(q!.prompt);
    for (const c of q!.choices!.filter((x) => x !== answer)) expect(printedIn(printed, c, true), c).toBe(false);
  });
  it("keeps a figure of another unit that only shares the number", () => {
    // "25 percent" in the sentence is no reason to drop "$25 billion" for a sum of money.
    const wrong = wrongFor("The 25 percent tariffs hit $50 billion worth of machinery and chips.", "$50 billion");
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    expect(wrong).toContain("$25 billion");
  });
});
