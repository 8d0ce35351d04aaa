import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { buildMultipleChoice, buildPools, insideLongerName, isDateDetail, isPoorFact } from "@/questions/build";
import { extractFacts, type Fact } from "@/questions/facts";

// Fixture sentences written for these tests.
const fact = (sentence: string, answer: string, kind: Fact["kind"] = "other"): Fact => {
  const i = sentence.indexOf(answer);
  return { id: "x", kind, answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 0 };
};

describe("insideLongerName: part of a name is no answer", () => {
  it.each([
    ["Ministers signed the Pacific Island Fisheries trade Compact (PIFTC) in the capital.", "Compact", "other", true],
    ["Ministers signed the Pacific Island Fisheries trade Compact (PIFTC) in the capital.", "Pacific Island Fisheries", "other", true],
    ["The World Health Organization (WHO) warned on Monday.", "World Health Organization", "other", false],
    ["Observers from the Organisation for Security and Cooperation in Europe arrived.", "Europe", "place", true],
    ["Students at the University of Nairobi protested.", "Nairobi", "place", true],
    ["The minister flew to Paris on Monday.", "Paris", "place", false],
    ["Troops from the Republic of Korea arrived in Japan.", "Japan", "place", false],
    ["Two soldiers died in the Doda district of Jammu and Kashmir on Friday.", "Kashmir", "place", true],
    ["Two soldiers died in the Doda district of Jammu and Kashmir on Friday.", "Jammu", "place", true],
    ["On Friday two soldiers died in the Doda district of Jammu and Kashmir.", "Jammu", "place", true],
    ["Ferries link Trinidad and Tobago daily.", "Tobago", "place", true],
    ["Ministers from Kenya and Uganda met in Kampala.", "Uganda", "place", false],
  ] as const)("%s [%s]", (sentence, answer, kind, expected) => {
    expect(insideLongerName(fact(sentence, answer, kind))).toBe(expected);
  });
});

describe("isPoorFact and the forms of names of no known kind", () => {
  it("drops two names joined by a hyphen before a noun (\"the Fiji-Tonga ferry deal\")", () => {
    expect(isPoorFact(fact("The Fiji-Tonga ferry deal was signed on Monday.", "Fiji-Tonga"), new Set())).toBe(true);
    expect(isPoorFact(fact("The deal between Fiji and Tonga was signed.", "Tonga", "place"), new Set())).toBe(false);
  });
  it("drops a count of one (\"one day\" meaning someday)", () => {
    const f = { ...fact("The mayor said the bridge would one day carry trams.", "one day", "count"), value: 1, unit: "day" };
    expect(isPoorFact(f, new Set())).toBe(true);
    expect(isPoorFact({ ...f, value: 2 }, new Set())).toBe(false);
  });
  it("asks a name of no known kind only as a typed answer", () => {
    const f = { ...fact("Sanctions followed the Harbour Strike, the report said.", "Harbour Strike"), entityType: "other" as const };
    const fs = [f];
    expect(buildMultipleChoice(f, buildPools(fs))).toBeUndefined();
  });
  it("asks a treaty the tagger took for a body only as a typed answer, though the article names bodies", () => {
    const text = [
      "The Velden Treaty will be signed in the town hall on Monday.",
      "The Harbour Commission, the Ports Authority, Northbay University and the Fisheries Council backed it.",
    ].join("\n");
    const fs = extractFacts(splitSentences(text));
    const treaty = { ...fs.find((x) => x.answer === "Velden Treaty")!, kind: "other" as const, entityType: "org" as const };
    expect(buildMultipleChoice(treaty, buildPools(fs))).toBeUndefined();
  });
});

describe("isDateDetail: dates a reader need not remember", () => {
  const dates = (text: string) => extractFacts(splitSentences(text)).filter((f) => f.kind === "date");
  it.each([
    ["The harbour strike began on Tuesday after talks failed.", "Tuesday", true],
    ["Voters went to the polls in the 2024 regional election.", "2024", true],
    ["Profit in FY 2023 rose by a fifth.", "2023", true],
    ["Sales rose in the year ended March 31, the company said.", "March 31", true],
    ["The ferry firm reported its results for the year ended March 31, 2024, on Wednesday.", "2024", true],
    ["The bridge opened in 2024 after six years of work.", "2024", false],
    ["The treaty will be signed on March 31 in Velden.", "March 31", false],
  ] as const)("%s [%s]", (text, answer, expected) => {
    const f = dates(text).find((x) => x.answer === answer);
    if (!f) throw new Error(`no date fact ${answer}: ${dates(text).map((x) => x.answer).join(", ")}`);
    expect(isDateDetail(f)).toBe(expected);
  });
});

describe("the whole of a part-of-whole figure is background", () => {
  const counts = (text: string) => extractFacts(splitSentences(text)).filter((f) => f.kind === "count");
  it.each([
    ["The Harbour Party won 14 of the 45 seats on the council.", "45", true],
    ["The Harbour Party won 14 of the 45 seats on the council.", "14", false],
    ["She carried 21 out of 34 provinces in the vote.", "34", true],
    ["Leaders from 40 countries out of 52 signed the pact.", "52", true],
    ["Seven of the train's nine carriages left the rails.", "nine", true],
    ["Seven of the train's nine carriages left the rails.", "Seven", false],
  ] as const)("%s [%s]", (text, answer, poor) => {
    const f = counts(text).find((x) => x.answer.split(" ")[0] === answer);
    if (!f) throw new Error(`no count ${answer}: ${counts(text).map((x) => x.answer).join(", ")}`);
    expect(isPoorFact(f, new Set())).toBe(poor);
  });
});

describe("a name in brackets that restates the name before it is not asked", () => {
  const named = (text: string, answer: string) => {
    const f = extractFacts(splitSentences(text)).find((x) => x.answer === answer);
    if (!f) throw new Error(`no fact ${answer}: ${extractFacts(splitSentences(text)).map((x) => x.answer).join(", ")}`);
    return f;
  };
  it.each([
    ["The ruling came from the Harbour Appeals Court (HarCourt) on Monday.", "HarCourt", true],
    ["She was awarded the Goldmedaille (Gold Medal of Merit) in Vienna.", "Gold Medal of Merit", true],
    ["The ruling came from the Harbour Appeals Court in Velden on Monday.", "Harbour Appeals Court", false],
  ] as const)("%s [%s]", (text, answer, poor) => {
    expect(isPoorFact(named(text, answer), new Set())).toBe(poor);
  });
});

describe("a name made into a modifier is not asked", () => {
  it.each([
    ["Patients will see Harbour Trust-accredited trainers from May.", "Harbour Trust-accredited", true],
    ["The Harbour Trust accredited trainers from May.", "Harbour Trust", false],
  ] as const)("%s [%s]", (sentence, answer, poor) => {
    expect(isPoorFact(fact(sentence, answer), new Set())).toBe(poor);
  });
});

describe("whom a speech addresses is not asked", () => {
  it.each([
    ['"Fellow Velanders, this is a day of hope," the new president said.', "Fellow Velanders", true],
    ["The Velander Fellowship funds ten students a year.", "Velander Fellowship", false],
  ])("%s", (sentence, answer, poor) => {
    expect(isPoorFact(fact(sentence, answer), new Set())).toBe(poor);
  });
});

describe("a bare title names nobody and is not asked", () => {
  it.each([
    ["A short statement from the Prime Minister's press office gave no date.", "Prime Minister", "other", true],
    ["The Governor will sign the bill on Friday.", "Governor", "other", true],
    ["Prime Minister Lena Holt will sign the bill on Friday.", "Prime Minister Lena Holt", "other", false],
  ] as const)("%s [%s]", (sentence, answer, kind, poor) => {
    expect(isPoorFact({ ...fact(sentence, answer, kind), entityType: "person" }, new Set())).toBe(poor);
  });
  it("still asks a named person's title", () => {
    const f = { ...fact("Prime Minister Lena Holt will sign the bill on Friday.", "Prime Minister"), kind: "role" as const, relation: "role-of" as const, subject: "Lena Holt" };
    expect(isPoorFact(f, new Set())).toBe(false);
  });
});

describe("a rank is asked, with ranks for its wrong answers", () => {
  // "third-largest" once fell to the rule for names made into modifiers ("U.S.-led"), so no article's rank was ever asked.
  it("keeps 'second-largest' and offers other ranks of the same superlative", () => {
    const text = "The merger of Dunmore Bank and Keel Savings will create the second-largest lender in the region, the two banks said on Monday.";
    const facts = extractFacts(splitSentences(text));
    const rank = facts.find((f) => f.entityType === "rank");
    expect(rank?.answer).toBe("second-largest");
    expect(isPoorFact(rank!, new Set())).toBe(false);
    const q = buildMultipleChoice(rank!, buildPools(facts));
    expect(q?.choices).toHaveLength(4);
    for (const c of q!.choices!) expect(c).toMatch(/^[a-z]+-largest$/);
    expect(new Set(q!.choices).size).toBe(4);
  });
});
