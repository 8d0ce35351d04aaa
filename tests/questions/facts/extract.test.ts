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
