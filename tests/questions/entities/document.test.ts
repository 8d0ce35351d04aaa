import { describe, expect, it } from "vitest";
import { findDocumentEntities, sentenceSubjects } from "@/questions/entities";

/** "type:text=canonical" for every entity of every sentence. */
const show = (sentences: string[]) =>
  findDocumentEntities(sentences).map((es) => es.map((e) => `${e.type}:${e.text}${e.canonical ? `=${e.canonical}` : ""}`));

describe("findDocumentEntities", () => {
  const cases: [string[], string[][]][] = [
    // A later bare name resolves to the full name, even at the start of a sentence.
    [
      ["President Park Min Jun arrived in Osaka on Monday.", "Park will meet the mayor.", "Later, Park said the talks went well."],
      [["person:Park Min Jun", "city:Osaka"], ["person:Park=Park Min Jun"], ["person:Park=Park Min Jun"]],
    ],
    // Surname over first name; with two candidates, the surname match wins.
    [
      ["Prime Minister Aiko Tanaka met Finance Minister Ken Aiko.", "Tanaka praised Aiko."],
      [["person:Aiko Tanaka", "person:Ken Aiko"], ["person:Tanaka=Aiko Tanaka", "person:Aiko=Ken Aiko"]],
    ],
    // A firm's short name is the firm, even after "at" (a place cue).
    [
      ["Discount chain Kestrel Holdings Inc. will buy a rival.", "Staff at Kestrel were surprised."],
      [["org:Kestrel Holdings Inc."], ["org:Kestrel=Kestrel Holdings Inc."]],
    ],
    // A bare name that two firms of the story start with, and no person of the story has, is a firm
    // even where a verb reads like a person's.
    [
      ["Kestrel Holdings Inc. will merge with Kestrel Brothers & Co.", "Kestrel said its stores would stay open."],
      [["org:Kestrel Holdings Inc.", "org:Kestrel Brothers & Co."], ["org:Kestrel"]],
    ],
    // "The city of X" stays a place beside "the X Accord", whose first word is no firm's short name here.
    [
      ["The envoys will sign the pact in the city of Ostrava.", "The Ostrava Accord follows a year of talks.", "Ostrava welcomed them."],
      [["place:Ostrava"], ["org:Ostrava Accord"], ["place:Ostrava"]],
    ],
    // An acronym in brackets names the organisation before it.
    [
      ["Leaders of the Group of Seven (G7) met.", "The G7 agreed a plan."],
      [["org:Group of Seven", "org:G7=Group of Seven"], ["org:G7=Group of Seven"]],
    ],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(show(input)).toEqual(expected);
  });
});

describe("sentenceSubjects", () => {
  const subjects = (sentences: string[]) => {
    const ents = findDocumentEntities(sentences);
    return sentenceSubjects(sentences, ents).map((e) => (e ? (e.canonical ?? e.text) : undefined));
  };
  const cases: [string[], (string | undefined)[]][] = [
    [
      ["Mayor Tessa Marlow opened the bridge on Monday.", "She said it cost $42 million."],
      ["Tessa Marlow", "Tessa Marlow"],
    ],
    // After an opening phrase; "he" takes the previous sentence's subject.
    [
      ["On Friday, Governor Ian Price met Mayor Tessa Marlow.", "He promised new buses."],
      ["Ian Price", "Ian Price"],
    ],
    // The previous subject is no person, and that sentence names two people: "he" stays open.
    [
      ["The council thanked Mayor Ian Price and Governor Ana Ruiz.", "He left early."],
      [undefined, undefined],
    ],
    // The previous sentence names exactly one person: "she" is that person.
    [
      ["The award went to Dr Ana Ruiz.", "She thanked her team."],
      [undefined, "Ana Ruiz"],
    ],
    [["Kestrel Holdings Inc. will buy a rival.", "It will pay $3 billion."], ["Kestrel Holdings Inc.", undefined]],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(subjects(input)).toEqual(expected);
  });
});
