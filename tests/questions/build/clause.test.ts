import { describe, expect, it } from "vitest";
import { attributionStart, clauseAround, trimPassage } from "@/questions/build";
import { wordsIn } from "@/questions/build/clause";
import { generateQuestions } from "@/questions";

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

describe("trimPassage: a blanked passage cut so it prints no other question's key", () => {
  const n = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim();
  it.each([
    ["The ferry ran aground about 40km west of _____, near the fishing town of Aldmoor.", ["aldmoor"], "The ferry ran aground about 40km west of _____."],
    ["In Aldmoor, the mayor said _____ homes had been flooded overnight.", ["aldmoor"], "The mayor said _____ homes had been flooded overnight."],
  ])("%s", (passage, forbidden, expected) => {
    expect(trimPassage(passage, "_____", forbidden, n)).toBe(expected);
  });
  it.each([
    // Only a fragment would be left, or the blank's own part prints the key.
    ["More than 90 people were hurt, four badly, when _____ of the train left the rails.", ["90"]],
    ["The ferry ran aground near Aldmoor with _____ people aboard.", ["aldmoor"]],
  ])("cannot cut %s", (passage, forbidden) => {
    expect(trimPassage(passage, "_____", forbidden, n)).toBeUndefined();
  });
});

describe("drafts do not print each other's keys", () => {
  it("cuts or passes over a prompt that prints a key already asked", () => {
    const text = [
      "Storm floods coastal towns",
      "The storm flooded 340 homes on Sunday, near the port town of Aldmoor.",
      "Emergency teams rescued 58 people overnight, officials said.",
      "Mayor Ines Varga asked the government for 2 million euros in aid.",
    ].join("\n");
    const { drafts } = generateQuestions(text);
    const asked = new Set(drafts.map((d) => String(d.question.answer)));
    expect(asked.has("Aldmoor")).toBe(true);
    // "near ... Aldmoor" is a part of the lead that can be cut: no other prompt prints it.
    const figures = drafts.filter((d) => ["340", "58"].includes(String(d.question.answer)));
    expect(figures).toHaveLength(2);
    for (const d of figures) expect(d.question.prompt).not.toContain("Aldmoor");
  });
});

describe("wordsIn: the words a split at white space gives", () => {
  const bySplit = (s: string) => s.split(/\s+/).filter(Boolean).length;
  it("agrees with splitting at \\s on every kind of white space", () => {
    const spaces: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    const pieces = ["a", "Bc", "é", "12", ",", ...spaces, ...spaces];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: rand(12) }, () => pieces[rand(pieces.length)]).join("");
      expect(wordsIn(s)).toBe(bySplit(s));
    }
    for (const sp of spaces) expect(wordsIn(`a${sp}b`)).toBe(2);
  });
});
