import { describe, expect, it } from "vitest";
import { attributionStart, clauseAround } from "@/questions/build";

// Fixture sentences written for these tests.
const cut = (sentence: string, answer: string) => {
  const i = sentence.indexOf(answer);
  return clauseAround(sentence, i, i + answer.length);
};

describe("clauseAround: a long sentence cut to the clause holding the answer", () => {
  it.each([
    ["At least seven miners were trapped after a collapse in the west on Friday, the company said.", "seven", "At least seven miners were trapped after a collapse in the west on Friday."],
    ["On her first trip abroad since taking office, the mayor will meet the governor at her office in Dunmore to discuss the bridge.", "Dunmore", "The mayor will meet the governor at her office in Dunmore to discuss the bridge."],
    ["The winner took 2.6 million votes, while the runner-up took 1.75 million and a third candidate over 32,400.", "1.75 million", "The runner-up took 1.75 million and a third candidate over 32,400."],
    ["The winner took 2.6 million votes, while the runner-up took 1.75 million and a third candidate over 32,400.", "2.6 million", "The winner took 2.6 million votes."],
    ["The charter, which was first signed in 1963, will be renewed in Aachen on January 22.", "Aachen", "The charter will be renewed in Aachen on January 22."],
    ["The ferry left the port at 9.15pm (local time) with 340 passengers aboard, officials said.", "340", "The ferry left the port at 9.15pm with 340 passengers aboard."],
    ["The quake struck the northern coast at dawn, according to the seismology office.", "dawn", "The quake struck the northern coast at dawn."],
  ])("%s [%s]", (sentence, answer, expected) => {
    const c = cut(sentence, answer);
    expect(c.text).toBe(expected);
    expect(c.cut).toBe(true);
  });

  it.each([
    // The answer is in the part that would go, or the rest would lean on a pronoun or be too short.
    ["The charter, which was first signed in 1963, will be renewed in Aachen.", "1963"],
    ["The bank raised its key rate by 50 basis points; it was the fifth increase this year.", "fifth"],
    ["Rain fell, officials said.", "Rain"],
    ["The dam burst on Monday.", "Monday"],
  ])("keeps %s whole [%s]", (sentence, answer) => {
    const c = cut(sentence, answer);
    expect(c.cut).toBe(false);
    expect(c.text).toBe(sentence);
  });

  it("finds where a closing attribution starts", () => {
    expect(attributionStart("Nine people died, police said.")).toBe(16);
    expect(attributionStart("Police said nine people died.")).toBe(-1);
  });
});
