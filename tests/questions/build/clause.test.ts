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
    // A long lead loses the date in apposition and the phrases after its answer.
    [
      "The district court on Monday, March 4, 2024, sentenced former port director Ana Velez and her deputy Tomas Ruiz to four years of prison in the second of the customs fraud cases in which they were found guilty last week.",
      "four years",
      "The district court on Monday sentenced former port director Ana Velez and her deputy Tomas Ruiz to four years of prison in the second of the customs fraud cases.",
    ],
    // A dash opens an aside: the clause before it stands, the aside alone does not.
    ["Talks between the two states stalled over fishing quotas -- a dispute that has gone on for 20 years.", "fishing quotas", "Talks between the two states stalled over fishing quotas."],
    // A joining word at the start leans on the sentence before.
    ["But the ferry company said it would refund all 340 passengers.", "340", "The ferry company said it would refund all 340 passengers."],
    ["Besides, the council has hired 12 more inspectors for the port.", "12", "The council has hired 12 more inspectors for the port."],
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
    // An opening phrase stays when what follows leans on it; ", but" starts no clause without a subject.
    ["With the exception of ferry fares and harbour fees, both of which she froze, the mayor's budget raised spending by 4 percent.", "4 percent"],
    ["TIDEL, a flood model built on the agency's own, but small enough for a laptop, is already used in Chile and Peru.", "Peru"],
    ["The dam burst on Monday.", "Monday"],
    ["The judge asked both to appear in court on Friday, as required under the Penal Code, before the sentencing.", "Penal Code"],
    ["Talks stalled over fishing quotas -- a dispute that has split the two states for 20 years.", "20"],
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
    ["The night ferry carried _____ passengers, including 40 children from Aldmoor.", ["aldmoor"], "The night ferry carried _____ passengers."],
    ["The ferry carried _____ passengers to the island, Aldmoor police said.", ["aldmoor"], "The ferry carried _____ passengers to the island."],
    // The phrase after the blank that prints another key goes from the word that opens it.
    ["Harbour Foods will buy rival grocer _____ in a $2.1 billion deal announced on Monday.", ["2 1 billion"], "Harbour Foods will buy rival grocer _____."],
    ["The storm flattened _____ homes overnight near Aldmoor on the east coast.", ["aldmoor"], "The storm flattened _____ homes overnight."],
    // Not at "that" after a verb, which would leave "and ordered."
    ["The judge imposed a fine of _____ on both and ordered that they repay 3 million.", ["3 million"], "The judge imposed a fine of _____ on both."],
    // A cut strands neither an adverb nor the opening words of a clause whose verb went with it.
    ["The ferry sank in _____ province early on Sunday near Aldmoor.", ["aldmoor"], "The ferry sank in _____ province."],
    ["The minister began a _____ tour of the region while his rival stayed in Aldmoor.", ["aldmoor"], "The minister began a _____ tour of the region."],
    // Nor a verb whose complement went with the cut.
    ["Harbour Foods will buy rival grocer Kestrel in a _____ deal unveiled on Monday in Aldmoor.", ["aldmoor"], "Harbour Foods will buy rival grocer Kestrel in a _____ deal."],
    ["Harbour Foods will buy grocer Kestrel, Vane & Co. in a _____ deal unveiled on Monday in Aldmoor.", ["aldmoor"], "Harbour Foods will buy grocer Kestrel, Vane & Co. in a _____ deal."],
    ["The Aldmoor share index rose _____ on Friday to end at 4,210 points.", ["4 210 points"], "The Aldmoor share index rose _____ on Friday."],
    ["The ferry sank after _____ crew members panicked near Aldmoor.", ["aldmoor"], "The ferry sank after _____ crew members panicked."],
    ["Scientists say _____ of the warming has at least doubled the risk in Aldmoor.", ["aldmoor"], "Scientists say _____ of the warming has at least doubled the risk."],
    // "to" opens a phrase that can go: the increase keeps what it is an increase in.
    ["The grocer reported a _____ increase in net profit to 5.2 billion rand.", ["5 2 billion rand"], "The grocer reported a _____ increase in net profit."],
    ["Nine people were hurt when _____ carriages of the night train derailed in Aldmoor.", ["aldmoor"], "Nine people were hurt when _____ carriages of the night train derailed."],
    ["Nine miners were killed by _____ in the shaft at Aldmoor.", ["aldmoor"], "Nine miners were killed by _____ in the shaft."],
    // Not at "to" where the noun before needs it: "the protocol to the treaty".
    ["The other _____ are the protocol to the Aldmoor treaty.", ["aldmoor"], undefined],
    // Nor inside a range or after "from": "3,000 to 4,000 troops", "from 10 percent to 25 percent".
    ["The _____-nation alliance will move 3,000 to 4,000 troops to Aldmoor.", ["4 000"], undefined],
    ["Tariffs on _____ rise from 10 percent to 25 percent in Aldmoor.", ["25 percent"], undefined],
    // Two verbs sharing a subject: the one whose object prints the other key goes.
    ["Two car bombs killed nine people and wounded _____ others on Friday.", ["nine people"], "Two car bombs wounded _____ others on Friday."],
    ["Two car bombs near the port killed _____ and wounded 30 others on Friday.", ["30"], "Two car bombs near the port killed _____."],
    ["Police said gunmen killed nine people and wounded _____ others.", ["nine people"], undefined],
  ])("%s", (passage, forbidden, expected) => {
    expect(trimPassage(passage, "_____", forbidden, n)).toBe(expected);
  });
  it.each([
    // Only a fragment would be left, or the blank's own part prints the key.
    ["More than 90 people were hurt, four badly, when _____ of the train left the rails.", ["90"]],
    ["The ferry ran aground near Aldmoor with _____ people aboard.", ["aldmoor"]],
    // A name is not cut at its "for".
    ["The fund was set up during his time as Minister for Coastal Affairs, _____ said.", ["coastal affairs"]],
    // Cutting before ", sentenced ..." would leave the subject without its verb.
    ["The _____ on Friday, May 3, sentenced the mayor to two years in jail.", ["mayor"]],
    // The part cut off the end holds the main verb.
    ["On Monday, _____, the island's health minister, said her team would fly to Aldmoor.", ["aldmoor"]],
    ["A veteran of _____ years on the council, he voted against the Aldmoor plan.", ["aldmoor"]],
    // Only the opening phrase would be left.
    ["In the first _____ days of May, there were 812 new cases.", ["812"]],
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
