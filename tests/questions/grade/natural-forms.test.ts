// Typed answers accept the natural forms of the key and nothing looser: a figure with a currency
// glued to it and its scale outside the blank, a short name the article gives a body, a name
// without its "of ..." part, and the acronym a company's name starts with. Every fixture
// sentence is written for this test. Each row grades one response to a question built the way
// the generator builds it (the key plus acceptedForms), as a short answer and as a cloze.
import { describe, expect, it } from "vitest";
import { buildCloze, buildShortAnswer } from "@/questions/build";
import { answerInfo } from "@/questions/build/short-answer";
import type { Fact } from "@/questions/facts";
import { acceptedForms, gradeResponse, type AnswerInfo } from "@/questions/grade";
import { definedNames, isBlendOf, isShortFormOf } from "@/questions/grade/short-names";
import type { Question } from "@/questions/schema";

const question = (answer: string, info: AnswerInfo, type: "short_answer" | "cloze"): Question => {
  const accepted = acceptedForms(answer, info).filter((a) => a !== answer);
  return { type, prompt: "Type your answer.", explanation: "", answer, ...(accepted.length ? { acceptedAnswers: accepted } : {}) };
};

type Row = [key: string, info: AnswerInfo, response: string, accepted: boolean];

const other = (after?: string, context?: string): AnswerInfo => ({ kind: "other", ...(after ? { after } : {}), ...(context ? { context } : {}) });
const money = (after?: string): AnswerInfo => ({ kind: "number", ...(after ? { after } : {}) });
const org = (context?: string, fullName?: string): AnswerInfo => ({ kind: "organisation", ...(context ? { context } : {}), ...(fullName ? { fullName } : {}) });

const figures: Row[] = [
  // "The ferry levy brought in Sh38 billion last year": the blank holds "Sh38", "billion" is shown.
  ["Sh38", other(" billion last year"), "38", true],
  ["Sh38", other(" billion last year"), "Sh 38", true],
  ["Sh38", other(" billion last year"), "38 billion", true],
  ["Sh38", other(" billion last year"), "Sh38 billion", true],
  ["Sh38", other(" billion last year"), "KSh 38bn", true],
  ["Sh38", other(" billion last year"), "38 shillings", true],
  ["Sh38", other(" billion last year"), "39", false],
  ["Sh38", other(" billion last year"), "38 million", false],
  ["Sh38", other(" billion last year"), "3.8", false],
  ["Sh38", other(" billion last year"), "€38 billion", false],
  ["Sh38", other(), "38", true],
  ["Sh38", other(), "83", false],
  ["Rs6.9", other(" million for the clinic"), "6.9", true],
  ["Rs6.9", other(" million for the clinic"), "Rs 6.9", true],
  ["Rs6.9", other(" million for the clinic"), "6.9 million", true],
  ["Rs6.9", other(" million for the clinic"), "7", false],
  ["Rs6.9", other(" million for the clinic"), "6.8", false],
  ["Rs6.9", other(" million for the clinic"), "69", false],
  ["Ksh 5", other(" billion to the herders"), "5", true],
  ["Ksh 5", other(" billion to the herders"), "Ksh5", true],
  ["Ksh 5", other(" billion to the herders"), "5 billion", true],
  ["Ksh 5", other(" billion to the herders"), "6", false],
  ["R2bn", other(" in lost harvests"), "2bn", true],
  ["R2bn", other(" in lost harvests"), "R 2bn", true],
  ["R2bn", other(" in lost harvests"), "2 billion", true],
  ["R2bn", other(" in lost harvests"), "3bn", false],
  ["R2bn", other(" in lost harvests"), "2 million", false],
  ["R38", other(" billion in grants"), "38", true],
  ["R38", other(" billion in grants"), "R 38", true],
  ["R38", other(" billion in grants"), "38 billion", true],
  ["R38", other(" billion in grants"), "37", false],
  ["$38", money(" billion into the scheme"), "38", true],
  ["$38", money(" billion into the scheme"), "38 billion", true],
  ["$38", money(" billion into the scheme"), "$38bn", true],
  ["$38", money(" billion into the scheme"), "38 million", false],
  ["$38", money(" billion into the scheme"), "48", false],
  // "two billion-dollar deals": the scale describes the next word, so it is no part of the figure.
  ["2", money(" billion-dollar deals"), "2", true],
  ["2", money(" billion-dollar deals"), "2 billion", false],
  // A letter and a number without a scale is a road or a model, not money: no bare number.
  ["R40", other(" towards the coast"), "40", false],
  ["N2", other(" highway was closed"), "2", false],
];

const COURT = "Lawyers for the fishing co-operative asked the Constitutional Court of South Africa (ConCourt) to hear the appeal before the winter recess.";
const COURT_LATER = "The ConCourt set the hearing for early March.";
const KNOWN = "The dispute went to the Maritime Labour Court, known as the MarLab, which sat in the port city for three days.";
const QUOTED = 'Inspectors from the Northern Waterways Board (the "Riverwatch") closed two locks on Sunday.';
const OWNER = "Growers complained that Ghana's Cocoa Marketing Board, popularly known as Cocobod, paid them late.";
const PLACE_IN_BRACKETS = "Nurses at the Lakeside Teaching Hospital (Kisumu) stopped work on Monday.";

const shortNames: Row[] = [
  ["Constitutional Court of South Africa", org(COURT), "ConCourt", true],
  ["Constitutional Court of South Africa", org(COURT), "Constitutional Court", true],
  ["Constitutional Court of South Africa", org(COURT), "the Constitutional Court", true],
  ["Constitutional Court of South Africa", org(COURT), "Court", false],
  ["Constitutional Court of South Africa", org(COURT), "South Africa", false],
  ["Constitutional Court of South Africa", org(COURT), "Supreme Court", false],
  // The later mention: the entities give the fullest name; the blend shows it is the same body.
  ["ConCourt", org(COURT_LATER, "Constitutional Court of South Africa"), "Constitutional Court of South Africa", true],
  ["ConCourt", org(COURT_LATER, "Constitutional Court of South Africa"), "Constitutional Court", true],
  ["ConCourt", org(COURT_LATER, "Constitutional Court of South Africa"), "Court", false],
  ["ConCourt", org(COURT), "Constitutional Court of South Africa", true],
  ["ConCourt", org(COURT_LATER), "Constitutional Court of South Africa", false],
  ["Maritime Labour Court", org(KNOWN), "MarLab", true],
  ["Maritime Labour Court", org(KNOWN), "Court", false],
  ["MarLab", other(undefined, KNOWN), "Maritime Labour Court", true],
  ["Northern Waterways Board", org(QUOTED), "Riverwatch", true],
  ["Northern Waterways Board", org(QUOTED), "Board", false],
  ["Riverwatch", other(undefined, QUOTED), "Northern Waterways Board", true],
  ["Cocoa Marketing Board", org(OWNER), "Cocobod", true],
  ["Cocoa Marketing Board", org(OWNER), "Ghana", false],
  ["Cocobod", other(undefined, OWNER), "Cocoa Marketing Board", true],
  ["Lakeside Teaching Hospital", org(PLACE_IN_BRACKETS), "Kisumu", false],
];

const ownNames: Row[] = [
  ["BNP Paribas", org(), "BNP", true],
  ["BNP Paribas", org(), "Paribas", false],
  ["BNP Paribas", org(), "BNP Bank", false],
  ["HSBC Holdings", org(), "HSBC", true],
  ["UN Security Council", org(), "UN", false],
  ["ANC Youth League", org(), "ANC", false],
  ["KZN Health Department", org(), "KZN", false],
  ["Zondo Commission of Inquiry", org(), "Zondo Commission", true],
  ["Zondo Commission of Inquiry", org(), "the Zondo Commission", true],
  ["Zondo Commission of Inquiry", org(), "Commission", false],
  ["Zondo Commission of Inquiry", org(), "Commission of Inquiry", false],
  ["Zondo Commission of Inquiry", org(), "Zondo", false],
  ["Reserve Bank of Malawi", org(), "Reserve Bank", true],
  ["Reserve Bank of Malawi", org(), "Bank", false],
  ["Bank of England", org(), "Bank", false],
  ["Bank of England", org(), "England", false],
  ["Samoa Ministry of Health", org(), "Samoa Ministry", false],
  ["Ministry of Health", org(), "Ministry", false],
  ["US Department of Justice", org(), "US Department", false],
  ["the Commission of Inquiry", org(), "Commission", false],
];

describe.each([
  ["a currency glued to the figure, its scale outside the blank", figures],
  ["short names the article gives", shortNames],
  ["shorter names an organisation's own name gives", ownNames],
])("natural forms: %s", (_, rows) => {
  it.each(rows)("%s (%j): %j accepted = %s", (key, info, response, accepted) => {
    expect(gradeResponse(question(key, info, "short_answer"), response).correct).toBe(accepted);
    expect(gradeResponse(question(key, info, "cloze"), response).correct).toBe(accepted);
  });
});

describe("acceptedForms lists the natural forms for the teacher", () => {
  it.each<[string, AnswerInfo, string[], string[]]>([
    ["Sh38", other(" billion last year"), ["38", "Sh 38", "38 billion"], ["Sh", "billion"]],
    ["Rs6.9", other(" million for the clinic"), ["6.9", "Rs 6.9", "6.9 million"], ["7"]],
    ["Constitutional Court of South Africa", org(COURT), ["ConCourt", "Constitutional Court"], ["Court", "South Africa"]],
    ["Zondo Commission of Inquiry", org(), ["Zondo Commission"], ["Commission"]],
    ["BNP Paribas", org(), ["BNP"], ["Paribas"]],
  ])("%s (%j)", (key, info, shown, hidden) => {
    const forms = acceptedForms(key, info);
    expect(forms).toEqual(expect.arrayContaining(shown));
    for (const h of hidden) expect(forms).not.toContain(h);
  });
});

describe("definedNames", () => {
  it.each<[string, string, [string, string][]]>([
    ["a blend in brackets", COURT, [["ConCourt", "Constitutional Court of South Africa"]]],
    ["a name after 'known as'", KNOWN, [["MarLab", "Maritime Labour Court"]]],
    ["a quoted name in brackets", QUOTED, [["Riverwatch", "Northern Waterways Board"]]],
    ["an owner before the name", OWNER, [["Cocobod", "Cocoa Marketing Board"]]],
    ["an acronym, as before", "Volunteers from the Southern Reef Trust (SRT) counted the turtles.", [["SRT", "Southern Reef Trust"]]],
    ["a place in brackets is no short name", PLACE_IN_BRACKETS, []],
  ])("%s", (_, text, pairs) => {
    expect(definedNames(text)).toEqual(pairs);
  });

  it.each<[string, string, boolean]>([
    ["ConCourt", "Constitutional Court of South Africa", true],
    ["Interpol", "International Criminal Police Organization", true],
    ["CourtCon", "Constitutional Court", false],
    ["Kisumu", "Lakeside Teaching Hospital", false],
    ["Con", "Constitutional Court", false],
  ])("isBlendOf(%j, %j) = %s", (short, name, blend) => {
    expect(isBlendOf(short, name)).toBe(blend);
  });
});

describe("the generator passes what stands outside the blank", () => {
  const SENTENCE = "The county's ferry levy raised Sh38 billion last year, the treasury said.";
  const at = SENTENCE.indexOf("Sh38");
  const f: Fact = { id: `s0-${at}-other`, kind: "other", entityType: "other", answer: "Sh38", answerStart: at, answerEnd: at + 4, sentence: SENTENCE, start: 0, end: SENTENCE.length, sentenceIndex: 0 };

  it("gives the key's info the words after it", () => {
    expect(answerInfo(f).after).toMatch(/^ billion last year/);
  });

  it.each<[string, boolean]>([
    ["38", true],
    ["Sh 38", true],
    ["38 billion", true],
    ["38 million", false],
    ["39", false],
  ])("grades %j on the short answer and the cloze: %s", (response, accepted) => {
    for (const q of [buildShortAnswer(f), buildCloze(f)]) {
      expect(q).toBeDefined();
      expect(gradeResponse(q!, response).correct).toBe(accepted);
    }
  });
});

describe("isShortFormOf: a blend or acronym of a name, whatever article the name is written with", () => {
  it("reads 'The Constitutional Court of Velden' as the name 'ConCourt' and 'CCV' shorten", () => {
    expect(isShortFormOf("ConCourt", "The Constitutional Court of Velden")).toBe(true);
    expect(isShortFormOf("CCV", "The Constitutional Court of Velden")).toBe(true);
    expect(isShortFormOf("ConCourt", "The Supreme Court of Velden")).toBe(false);
  });
});
