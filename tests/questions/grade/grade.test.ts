import { describe, expect, it } from "vitest";
import { gradeResponse } from "@/questions/grade";
import type { LearnerResponse, Question } from "@/questions/schema";

const base = { prompt: "p", explanation: "" };
const mc: Question = { ...base, type: "multiple_choice", choices: ["Tokyo", "Seoul", "Lima", "Oslo"], answer: "Tokyo" };
const mr: Question = { ...base, type: "multiple_response", choices: ["A", "B", "C", "D", "E"], answer: ["A", "B", "C"] };
const tf: Question = { ...base, type: "true_false", answer: false };
const num: Question = { ...base, type: "numeric", answer: 80000, tolerance: 1600 };
const exact: Question = { ...base, type: "numeric", answer: 15, tolerance: 0 };
const sa: Question = { ...base, type: "short_answer", answer: "Shigeru Ishiba", acceptedAnswers: ["Ishiba"] };
const cloze: Question = { ...base, type: "cloze", answer: "the premier's residence" };
const ord: Question = { ...base, type: "ordering", choices: ["b", "a", "c"], answer: ["a", "b", "c"] };
const match: Question = {
  ...base,
  type: "matching",
  answer: [
    { left: "Lee", right: "President" },
    { left: "Ishiba", right: "Prime Minister" },
  ],
};

const sharedRight: Question = {
  ...base,
  type: "matching",
  answer: [
    { left: "Paris", right: "France" },
    { left: "Lyon", right: "France" },
    { left: "Bonn", right: "Germany" },
  ],
};

const rows: [string, Question, LearnerResponse, number][] = [
  ["mc right", mc, "Tokyo", 1],
  ["mc wrong", mc, "Seoul", 0],
  ["mc case differs", mc, "tokyo", 0],
  ["mc wrong shape", mc, ["Tokyo"], 0],
  ["mr all right", mr, ["A", "B", "C"], 1],
  ["mr two right", mr, ["A", "B"], 2 / 3],
  ["mr two right one wrong", mr, ["A", "B", "D"], 1 / 3],
  ["mr floored at zero", mr, ["A", "D", "E"], 0],
  ["mr duplicates count once", mr, ["A", "A", "A"], 1 / 3],
  ["mr wrong shape", mr, "A", 0],
  ["tf right", tf, false, 1],
  ["tf wrong", tf, true, 0],
  ["tf string form", tf, "false", 1],
  ["tf wrong shape", tf, 0, 0],
  ["numeric exact", num, 80000, 1],
  ["numeric within tolerance", num, 81000, 1],
  ["numeric outside tolerance", num, 82000, 0],
  ["numeric as text with comma", num, "80,000", 1],
  ["numeric zero tolerance", exact, 15, 1],
  ["numeric zero tolerance miss", exact, 15.5, 0],
  ["numeric percent text", exact, "15%", 1],
  ["numeric garbage", exact, "fifteen", 0],
  ["short exact", sa, "Shigeru Ishiba", 1],
  ["short case and spacing", sa, "  shigeru   ISHIBA ", 1],
  ["short accepted variant", sa, "Ishiba.", 1],
  ["short wrong", sa, "Lee", 0],
  ["short empty", sa, "", 0],
  ["short wrong shape", sa, 42, 0],
  ["cloze punctuation and article", cloze, "Premiers residence", 1],
  ["cloze curly apostrophe", cloze, "the premier\u2019s residence", 1],
  ["ordering right", ord, ["a", "b", "c"], 1],
  ["ordering partly right", ord, ["a", "c", "b"], 1 / 3],
  ["ordering wrong length", ord, ["a", "b"], 0],
  // Issue 13: one item in every slot once earned 1/3 whatever the key; each item goes in one place.
  ["ordering one item in every slot", ord, ["a", "a", "a"], 0],
  ["ordering an item repeated", ord, ["a", "b", "b"], 0],
  ["ordering an item that is not one of them", ord, ["a", "b", "z"], 0],
  ["ordering wrong shape", ord, { a: "b" }, 0],
  ["matching all", match, { Lee: "President", Ishiba: "Prime Minister" }, 1],
  ["matching half", match, { Lee: "President", Ishiba: "Chancellor" }, 0.5],
  // Issue 13: one option given to every left item is not an answer (each option is used once).
  ["matching one option everywhere", match, { Lee: "President", Ishiba: "President" }, 0],
  ["matching a shared right-hand side twice", sharedRight, { Paris: "France", Lyon: "France", Bonn: "Germany" }, 1],
  ["matching a shared right-hand side three times", sharedRight, { Paris: "France", Lyon: "France", Bonn: "France" }, 0],
  ["matching none", match, {}, 0],
  ["matching wrong shape", match, ["Lee"], 0],
];

describe("gradeResponse", () => {
  it.each(rows)("%s", (_, q, r, fraction) => {
    const g = gradeResponse(q, r);
    expect(g.fraction).toBeCloseTo(fraction, 6);
    expect(g.correct).toBe(fraction === 1);
  });

  it("never throws on odd input", () => {
    const odd = [null, undefined, {}, [], NaN, Symbol("x")] as unknown as LearnerResponse[];
    for (const q of [mc, mr, tf, num, sa, cloze, ord, match]) for (const r of odd) expect(() => gradeResponse(q, r)).not.toThrow();
  });
});

describe("partial credit defined by the question", () => {
  const base = { prompt: "p", explanation: "" };
  const rows: [string, Question, LearnerResponse, number][] = [
    ["weighted wrong choice", { ...base, type: "multiple_choice", choices: ["A", "B", "C"], answer: "A", choiceWeights: [1, 0.5, 0] }, "B", 0.5],
    ["weighted key choice", { ...base, type: "multiple_choice", choices: ["A", "B", "C"], answer: "A", choiceWeights: [1, 0.5, 0] }, "A", 1],
    ["negative weight floors at zero", { ...base, type: "multiple_choice", choices: ["A", "B"], answer: "A", choiceWeights: [1, -0.5] }, "B", 0],
    ["weighted multiple response", { ...base, type: "multiple_response", choices: ["A", "B", "C"], answer: ["A", "B"], choiceWeights: [0.5, 0.5, -1] }, ["A"], 0.5],
    ["weighted multiple response with a wrong pick", { ...base, type: "multiple_response", choices: ["A", "B", "C"], answer: ["A", "B"], choiceWeights: [0.5, 0.5, -1] }, ["A", "C"], 0],
    ["partial short answer", { ...base, type: "short_answer", answer: "Shigeru Ishiba", partialAnswers: [{ answer: "Shigeru", fraction: 0.5 }] }, " shigeru ", 0.5],
    ["numeric band", { ...base, type: "numeric", answer: 80000, tolerance: 1000, partialAnswers: [{ answer: 80000, fraction: 0.5, tolerance: 10000 }] }, 75000, 0.5],
    ["numeric outside every band", { ...base, type: "numeric", answer: 80000, tolerance: 1000, partialAnswers: [{ answer: 80000, fraction: 0.5, tolerance: 10000 }] }, 95000, 0],
  ];
  it.each(rows)("%s", (_, question, response, fraction) => {
    expect(gradeResponse(question, response).fraction).toBeCloseTo(fraction);
  });
});

describe("numeric answers at the precision written", () => {
  const base = { prompt: "p", explanation: "" };
  const twoPlaces: Question = { ...base, type: "numeric", answer: 40.38, tolerance: 0 };
  const onePlace: Question = { ...base, type: "numeric", answer: 40.4, tolerance: 0 };
  const small: Question = { ...base, type: "numeric", answer: 0.04, tolerance: 0 };
  const rows: [string, Question, LearnerResponse, number][] = [
    ["as written", twoPlaces, "40.38", 1],
    ["one decimal fewer", twoPlaces, "40.4", 1],
    ["one decimal fewer, as a number", twoPlaces, 40.4, 1],
    ["the whole number is too coarse", twoPlaces, "40", 0],
    ["rounded the wrong way", twoPlaces, "40.3", 0],
    ["one decimal is already the precision", onePlace, "40", 0],
    ["never rounded to nothing", small, "0", 0],
    ["a scale word", num, "80k", 1],
    ["grouped with a space", num, "80 000", 1],
    ["still digits only", num, "eighty thousand", 0],
    ["a unit is not a number", num, "80000 troops", 0],
  ];
  it.each(rows)("%s", (_, question, response, fraction) => {
    expect(gradeResponse(question, response).fraction).toBe(fraction);
  });
});
