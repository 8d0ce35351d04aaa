import { describe, expect, it } from "vitest";
import { draftKeys, storedFactIdentity, unseenDrafts, type DraftLike, type FactIdentity } from "@/app/_server/articles/draft-keys";
import type { Question } from "@/questions/schema";

const S1 = "The council voted 17 to 4 in favour of the harbour plan on Monday.";
const S2 = "Seventeen councillors backed the plan, the mayor said later.";
const S3 = "The harbour plan will cost about €90 million and create 300 jobs.";

const fact = (f: Partial<FactIdentity>): FactIdentity => ({ kind: "count", answer: "17", sentence: S1, value: 17, ...f });
const cloze = (sentence: string, answer: string, prompt = `Fill in: ${sentence.replace(answer, "_____")}`): Question => ({
  type: "cloze",
  prompt,
  answer,
  explanation: "",
  source: { sentence },
});
const trueFalse = (sentence: string): Question => ({ type: "true_false", prompt: `True or false? ${sentence}`, answer: true, explanation: "", source: { sentence } });
const draft = (f: FactIdentity | undefined, ...forms: Question[]): DraftLike => ({ fact: f, question: forms[0]!, variants: forms.slice(1) });

const shareKey = (a: DraftLike, b: DraftLike) => {
  const keys = new Set(draftKeys({ fact: a.fact, forms: [a.question, ...a.variants] }));
  return draftKeys({ fact: b.fact, forms: [b.question, ...b.variants] }).some((k) => keys.has(k));
};

describe("two drafts ask the same fact", () => {
  const rows: [string, DraftLike, DraftLike, boolean][] = [
    ["same number, same sentence, other wording of the prompt", draft(fact({}), cloze(S1, "17")), draft(fact({}), cloze(S1, "17", "How many councillors voted for the plan?")), true],
    ["same count from another sentence (the generator groups by value)", draft(fact({}), cloze(S1, "17")), draft(fact({ answer: "Seventeen", sentence: S2 }), cloze(S2, "Seventeen")), true],
    ["same value counting another thing (seven carriages, seven crew)", draft(fact({ answer: "seven", value: 7, unit: "carriages" }), cloze(S1, "seven")), draft(fact({ answer: "seven", value: 7, unit: "crew", sentence: S2 }), cloze(S2, "seven")), false],
    ["another number in the same sentence", draft(fact({}), cloze(S1, "17")), draft(fact({ answer: "4", value: 4 }), cloze(S1, "4")), false],
    ["same value but another kind (a count of 90, a sum of €90 million)", draft(fact({ answer: "90", value: 90 }), cloze(S3, "90")), draft(fact({ kind: "money", answer: "€90 million", sentence: S3, value: 90e6 }), cloze(S3, "€90 million")), false],
    ["a person asked by name and their role asked about them", draft(fact({ kind: "role", answer: "Aoife Brennan", entityType: "person", value: undefined }), cloze(S1, "17")), draft(fact({ kind: "role", answer: "mayor", relation: "role-of", subject: "Aoife Brennan", value: undefined }), trueFalse(S2)), true],
    ["a place and a longer name containing it", draft(fact({ kind: "place", answer: "Dunmore", value: undefined }), cloze(S1, "17")), draft(fact({ kind: "other", answer: "Residents of Dunmore", value: undefined, sentence: S2 }), trueFalse(S2)), false],
    ["a stored question whose fact link is gone, by its sentence and key", draft(undefined, cloze(S3, "300")), draft(fact({ answer: "300", value: 300, sentence: S3 }), trueFalse(S3)), true],
    ["whole-article questions, by type and prompt", draft(undefined, { type: "matching", prompt: "Match each person to their role.", answer: [{ left: "A", right: "B" }, { left: "C", right: "D" }], explanation: "" }), draft(undefined, { type: "matching", prompt: "Match each person to their role.", answer: [{ left: "E", right: "F" }, { left: "G", right: "H" }], explanation: "" }), true],
    ["true/false forms of two facts in one sentence", draft(fact({}), trueFalse(S1.replace("17", "19"))), draft(fact({ answer: "4", value: 4 }), trueFalse(S1.replace("4", "6"))), false],
    ["one statement twice is one question, whatever fact it was made for", draft(fact({}), trueFalse(S1)), draft(fact({ answer: "4", value: 4 }), trueFalse(S1)), true],
    // Each prints the other's key elided: the same words, but the blank and the "[…]" change places.
    ["two facts of one sentence, each with the other elided", draft(fact({}), cloze(S1, "17", "Fill in: The council voted _____ to […] in favour.")), draft(fact({ answer: "4", value: 4 }), cloze(S1, "4", "Fill in: The council voted […] to _____ in favour.")), false],
  ];
  it.each(rows)("%s", (_, a, b, same) => {
    expect(shareKey(a, b)).toBe(same);
    expect(shareKey(b, a)).toBe(same);
  });
});

describe("unseen drafts", () => {
  it("keeps the new facts in order, drops repeats of stored ones and of each other, and stops at the limit", () => {
    const seen = new Set(draftKeys({ fact: fact({}), forms: [cloze(S1, "17")] }));
    const drafts = [
      draft(fact({ answer: "Seventeen", sentence: S2 }), cloze(S2, "Seventeen")), // stored already, read from another sentence
      draft(fact({ answer: "4", value: 4 }), cloze(S1, "4")),
      draft(fact({ answer: "four", value: 4, sentence: S2 }), trueFalse(S2)), // same as the one before
      draft(fact({ kind: "money", answer: "€90 million", sentence: S3, value: 90e6 }), cloze(S3, "€90 million")),
      draft(fact({ answer: "300", value: 300, sentence: S3 }), cloze(S3, "300")),
    ];
    expect(unseenDrafts(drafts, new Set(seen)).map((d) => d.fact!.answer)).toEqual(["4", "€90 million", "300"]);
    expect(unseenDrafts(drafts, new Set(seen), 2).map((d) => d.fact!.answer)).toEqual(["4", "€90 million"]);
    const growing = new Set(seen);
    unseenDrafts(drafts, growing);
    expect(unseenDrafts(drafts, growing)).toEqual([]);
  });
});

describe("stored fact rows", () => {
  const rows: [string, string, FactIdentity | null][] = [
    ["a count", JSON.stringify({ id: "s0-1-count", answer: "17", value: 17, unit: "councillors" }), { kind: "count", sentence: S1, answer: "17", value: 17, unit: "councillors" }],
    ["a role", JSON.stringify({ answer: "mayor", subject: "Aoife Brennan", relation: "role-of", entityType: "title" }), { kind: "count", sentence: S1, answer: "mayor", subject: "Aoife Brennan", relation: "role-of", entityType: "title" }],
    ["values that are not JSON", "{not json", null],
    ["no answer", JSON.stringify({ value: 3 }), null],
  ];
  it.each(rows)("%s", (_, values, expected) => {
    const identity = storedFactIdentity({ kind: "count", sentence: S1, values });
    if (expected === null) expect(identity).toBeNull();
    else expect(Object.fromEntries(Object.entries(identity!).filter(([, v]) => v !== undefined))).toEqual(expected);
  });
});
