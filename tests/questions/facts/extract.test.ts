import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle, splitSentences } from "@/questions/article";
import { entityFacts, extractFacts, opensWithPronoun, phraseFacts } from "@/questions/facts";
import { findEntities } from "@/questions/entities";

const ef = (s: string) =>
  entityFacts(s, findEntities(s)).map((f) => `${f.kind}/${f.relation ?? ""}: ${s.slice(f.s, f.e)}${f.subject ? ` <${f.subject}>` : ""}`);

describe("entityFacts", () => {
  const cases: [string, string[]][] = [
    [
      "Mayor Tessa Marlow will meet Governor Ian Price in Dunedin.",
      ["meeting/holder: Tessa Marlow <Ian Price>", "meeting/holder: Ian Price <Tessa Marlow>", "place/: Dunedin"],
    ],
    ["The plan was backed by Rob Ingram, chief engineer at the transport department, on Monday.", ["role/role-of: chief engineer at the transport department <Rob Ingram>"]],
    ["Sarah Cole has resigned as vice chairman and director of the firm.", ["role/role-of: vice chairman and director <Sarah Cole>"]],
    ["Leaders of Chile, Peru, Bolivia and Ecuador stayed away.", ["place/: Chile, Peru, Bolivia and Ecuador"]],
    ["Talks were held at the governor's residence in Lima today.", ["place/: the governor's residence in Lima"]],
    // The portfolio before a lowercase "minister" is part of the office.
    ["Voters blamed the country's respected finance minister Maria Lund for the slump.", ["role/role-of: finance minister <Maria Lund>"]],
    ["The plan was drawn up by industry and trade minister Jonas Berg last year.", ["role/role-of: industry and trade minister <Jonas Berg>"]],
  ];
  it.each(cases)("%s", (input, expected) => {
    const got = ef(input);
    for (const e of expected) expect(got).toContain(e);
  });

  it("records roles in both directions for a titled person", () => {
    const got = ef("Foreign Minister Ana Ruiz spoke.");
    expect(got).toContain("role/holder: Ana Ruiz");
    expect(got).toContain("role/role-of: Foreign Minister <Ana Ruiz>");
  });
});

describe("phraseFacts", () => {
  it.each([
    ['Officials voiced "deep concern and anger" on Friday.', ["deep concern and anger"]],
    ["It will be the third-largest bank.", ["third-largest"]],
    ['He said "no".', []],
  ])("%s", (input, expected) => {
    expect(phraseFacts(input).map((f) => input.slice(f.s, f.e))).toEqual(expected);
  });
});

describe("opensWithPronoun", () => {
  it.each([
    ["They host many troops.", true],
    ["Together, they host many troops.", true],
    ["This week's issue was late.", false],
    ["This is a problem.", true],
    ["The council met.", false],
    ['"He is right," she said.', true],
  ])("%s", (input, expected) => {
    expect(opensWithPronoun(input)).toBe(expected);
  });
});

describe("extractFacts", () => {
  const text = readFileSync(new URL("../../fixtures/articles/harbour-bridge-repairs.txt", import.meta.url), "utf8");
  const clean = cleanArticle(text);
  const facts = extractFacts(splitSentences(clean.text));

  it("anchors every fact to its sentence and answer offsets", () => {
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts) {
      expect(clean.text.slice(f.start, f.end)).toBe(f.sentence);
      expect(clean.text.slice(f.answerStart, f.answerEnd)).toBe(f.answer);
    }
  });

  it.each([
    ["money", "$42 million"],
    ["date", "1932"],
    ["count", "65,000"],
    ["percentage", "12 percent"],
    ["role", "chief engineer at the city's transport department"],
    ["role", "Tessa Marlow"],
    ["date", "March"],
  ])("finds the %s fact %s", (kind, answer) => {
    expect(facts.some((f) => f.kind === kind && f.answer === answer)).toBe(true);
  });

  it("adds the previous sentence as context for a pronoun opener", () => {
    const fs = extractFacts(splitSentences("The mayor spoke first. They approved 12 new buses."));
    expect(fs.find((f) => f.answer === "12")?.context).toBe("The mayor spoke first.");
  });
});

describe("extractFacts: structure for direct questions", () => {
  const text = [
    "South Korean President Park Min Jun arrived in Osaka on Saturday.",
    "Park will meet Prime Minister Aiko Tanaka at the governor's residence in Kyoto on Monday.",
    "He said the talks would cover trade.",
    "Kestrel Holdings Inc. will buy Finch, Marlow & Co. for $3 billion.",
    "Kestrel shares rose 4 percent.",
    "A U.S.-led group of lenders backed the deal.",
  ].join("\n");
  const facts = extractFacts(splitSentences(text), { publishedAt: new Date("2025-08-23T00:00:00Z") });
  const find = (kind: string, answer: string) => facts.find((f) => f.kind === kind && f.answer === answer);

  it.each([
    ["meeting", "Park", { canonical: "Park Min Jun", subject: "Aiko Tanaka", participants: ["Park Min Jun", "Aiko Tanaka"], where: "the governor's residence in Kyoto", when: "Monday" }],
    ["meeting", "Aiko Tanaka", { role: "Prime Minister", subject: "Park Min Jun", actor: "Park Min Jun" }],
    ["role", "South Korean President", { subject: "Park Min Jun", relation: "role-of" }],
    ["date", "Saturday", { relative: true, isoDate: "2025-08-23", actor: "Park Min Jun" }],
    ["date", "Monday", { relative: true, isoDate: "2025-08-25" }],
    ["money", "$3 billion", { actor: "Kestrel Holdings Inc.", value: 3e9 }],
    ["percentage", "4 percent", { verb: "rose", actor: "Kestrel Holdings Inc." }],
    ["place", "U.S.", { lowValue: true, lowValueReason: "adjective" }],
  ] as const)("%s %s", (kind, answer, expected) => {
    expect(find(kind, answer)).toMatchObject(expected);
  });

  it("resolves a pronoun subject to the previous sentence's person", () => {
    const said = facts.filter((f) => f.sentenceIndex === 2);
    expect(said.length === 0 || said.every((f) => f.actor === "Park Min Jun")).toBe(true);
    const subjects = extractFacts(splitSentences("Mayor Tessa Marlow opened the bridge.\nShe said it cost $42 million."));
    expect(subjects.find((f) => f.answer === "$42 million")?.actor).toBe("Tessa Marlow");
  });

  it("keeps organisation names out of places", () => {
    expect(facts.some((f) => f.kind === "place" && /Kestrel|Finch/.test(f.answer))).toBe(false);
  });
});

describe("extractFacts: a sum written close is one fact", () => {
  it("keeps no name fact for a currency written in letters (\"KSh\" of \"KSh 3.5 million\")", () => {
    const fs = extractFacts(splitSentences("The council will spend KSh 3.5 million on the new road to Kelso."));
    expect(fs.map((f) => `${f.kind}:${f.answer}`)).toContain("money:KSh 3.5 million");
    expect(fs.some((f) => f.kind !== "money" && f.answer === "KSh")).toBe(false);
  });

  it("keeps no name fact inside a figure (\"Rs6.9\" of \"Rs6.9 million\")", () => {
    const fs = extractFacts(splitSentences("The court cut the penalty to a Rs6.9 million fine on Monday."));
    expect(fs.map((f) => `${f.kind}:${f.answer}`)).toContain("money:Rs6.9 million");
    expect(fs.some((f) => f.kind === "other" && /\d/.test(f.answer))).toBe(false);
  });
});

describe("an excerpt cut off mid-sentence", () => {
  const text =
    "Harbour board approves new ferry terminal\n\nThe harbour board approved a $40 million ferry terminal on Tuesday.\n\nOfficials said the terminal would handle 12,000 passengers a day.\n\nAccording to the board, roughly 80% of the cost would be met by";
  const facts = () => extractFacts(splitSentences(cleanArticle(text).text));

  it("asks nothing from the last sentence when it stops without a full stop", () => {
    const answers = facts().map((f) => f.answer);
    expect(answers).toContain("$40 million");
    expect(answers.some((a) => a.startsWith("12,000"))).toBe(true);
    expect(answers.some((a) => a.includes("80%"))).toBe(false);
  });

  it("still reads the last sentence when it is finished", () => {
    const whole = extractFacts(splitSentences(cleanArticle(`${text} the port's owners.`).text));
    expect(whole.some((f) => f.answer.includes("80%"))).toBe(true);
  });
});
