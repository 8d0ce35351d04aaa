import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/questions";
import { answerInfo, honorificNames, sameBodyNames, spelledOut } from "@/questions/build/short-answer";
import { acceptedForms } from "@/questions/grade";
import type { Fact } from "@/questions/facts";

// Fixture sentences are our own wording. The sentences an article is read for are remembered per
// article (per list of sentences): a second article must never see the first one's words.

describe("honorificNames and spelledOut read the sentences they are given", () => {
  const withMr = ["Wiranto Basuki opened the port on Monday.", "Mr Wiranto said the work took four years."];
  const without = ["Wiranto Basuki opened the port on Monday.", "The minister said the work took four years."];

  it("finds the name after 'Mr' in one list and not in another read right after it", () => {
    expect(honorificNames("Wiranto Basuki", withMr)).toEqual(["Wiranto"]);
    expect(honorificNames("Wiranto Basuki", without)).toEqual([]);
    expect(honorificNames("Wiranto Basuki", withMr)).toEqual(["Wiranto"]);
  });

  it("spells out an acronym only from the list it is given", () => {
    const spelled = ["Foreign institutional investors sold shares.", "FII outflows reached a record."];
    const bare = ["Analysts said FII outflows reached a record."];
    expect(spelledOut("FII", spelled)).toBe("Foreign institutional investors");
    expect(spelledOut("FII", bare)).toBeUndefined();
  });
});

describe("two articles in a row", () => {
  const first = [
    "Port Minister Wiranto Basuki opened the new harbour in Semarang on Monday.",
    "Mr Wiranto said the harbour took four years to build and cost $90 million.",
  ].join("\n");
  const second = [
    "Port Minister Wiranto Basuki opened a ferry terminal in Surabaya on Friday.",
    "The minister said the terminal would serve 12,000 passengers a day.",
  ].join("\n");
  const accepted = (text: string) =>
    generateQuestions(text, { limit: 60 })
      .drafts.flatMap((d) => [d.question, ...d.variants])
      .filter((q) => (q.type === "short_answer" || q.type === "cloze") && q.answer === "Wiranto Basuki")
      .map((q) => q.acceptedAnswers ?? []);

  it("accepts the name after 'Mr' only in the article that writes it", () => {
    const a = accepted(first);
    const b = accepted(second);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    for (const forms of a) expect(forms).toContain("Wiranto");
    for (const forms of b) expect(forms).not.toContain("Wiranto");
  });
});

describe("typed answers accept the article's other names for the same body", () => {
  it("takes a one-word short form and a longer name 'of ...', and nothing looser", () => {
    expect(sameBodyNames("Supreme Court of Velden", ["SupCourt", "Harbour Commission", "Court"])).toEqual(["SupCourt"]);
    expect(sameBodyNames("Harbour Commission", ["Harbour Commission of Inquiry", "Commission", "Harbour"])).toEqual(["Harbour Commission of Inquiry"]);
  });
  it("a generated typed question on the body accepts the name the article also uses", () => {
    const text = [
      "The Supreme Court of Velden ruled on Monday that the former mayor must serve 15 months in jail for contempt.",
      "The SupCourt said the former mayor had ignored its order to appear before the Harbour Commission of Inquiry.",
      "The Harbour Commission will also recover its costs from him, the court said.",
    ].join("\n");
    const { drafts } = generateQuestions(text, { limit: 40 });
    const typed = drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => q.type === "short_answer" || q.type === "cloze");
    const court = typed.find((q) => q.answer === "Supreme Court of Velden");
    expect(court?.acceptedAnswers).toContain("SupCourt");
    // The short form's question accepts the long name and the long name without its "of ...".
    const short = typed.find((q) => q.answer === "SupCourt");
    expect(short?.acceptedAnswers).toEqual(expect.arrayContaining(["Supreme Court of Velden", "Supreme Court"]));
  });
});

describe("a company's name without its legal form", () => {
  it("is accepted, unless it also starts another body's name in the article", () => {
    const text = [
      "Discount chain Dunmore Holding Corp. will buy the grocer Keel Stores Inc. in a $3 billion deal announced on Monday.",
      "The new company, Keel Holdings, will run 900 shops across the north.",
      "Dunmore said the two chains would keep their own names.",
    ].join("\n");
    const { drafts } = generateQuestions(text, { limit: 40 });
    const typed = drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => q.type === "short_answer" || q.type === "cloze");
    expect(typed.find((q) => q.answer === "Dunmore Holding Corp.")?.acceptedAnswers).toEqual(expect.arrayContaining(["Dunmore Holding", "Dunmore"]));
    // "Keel" starts "Keel Stores Inc.", another company of the story: not an answer for the new one.
    const merged = typed.find((q) => q.answer === "Keel Holdings");
    expect(merged).toBeDefined();
    expect(merged?.acceptedAnswers ?? []).not.toContain("Keel");
  });
});

describe("a name the tagger did not know, whose word the article uses alone for a person", () => {
  it("accepts that word ('Mr Wiranto' makes 'Wiranto' right for 'Wiranto Basuki')", () => {
    const text = [
      "Mayor Ana Ruiz defeated her old rival Wiranto Basuki in the vote for the port council on Sunday.",
      "Mr Wiranto said he would not challenge the count.",
      "Turnout was 64 percent, the council said.",
    ].join("\n");
    const { drafts } = generateQuestions(text, { limit: 40 });
    const typed = drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => (q.type === "short_answer" || q.type === "cloze") && q.answer === "Wiranto Basuki");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).toContain("Wiranto");
  });
});

describe("answerInfo: a name the tagger left untyped, after a person's office", () => {
  const fact = (sentence: string, answer: string, over: Partial<Fact> = {}): Fact => {
    const i = sentence.indexOf(answer);
    return { id: "x", kind: "other", entityType: "other", answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 0, ...over };
  };

  it("is a person's name when an office or title stands right before it: the family name is accepted", () => {
    const f = fact("Opposition candidate Tavita Moengangongo was sworn in as vice president.", "Tavita Moengangongo");
    expect(answerInfo(f).kind).toBe("person");
    expect(acceptedForms(f.answer, answerInfo(f))).toContain("Moengangongo");
  });

  it("stays a thing's name without such a word, or when it names a thing ('the Tilt Train')", () => {
    expect(answerInfo(fact("Tavita Moengangongo was sworn in as vice president.", "Tavita Moengangongo")).kind).toBe("other");
    expect(answerInfo(fact("Police said the chief Tilt Train came off the tracks.", "Tilt Train")).kind).not.toBe("person");
  });
});
