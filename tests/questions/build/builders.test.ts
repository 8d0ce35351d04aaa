import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { generateQuestions } from "@/questions";
import { splitSentences } from "@/questions/article";
import {
  buildCloze,
  buildMatching,
  buildMultipleChoice,
  buildMultipleResponse,
  buildNumeric,
  buildOrdering,
  buildPools,
  buildShortAnswer,
  buildTrueFalse,
  restyleNumber,
  BLANK,
} from "@/questions/build";
import { extractFacts, type Fact } from "@/questions/facts";
import { questionSchema } from "@/questions/schema";

const ARTICLE = [
  "Mayor Tessa Marlow said the city will spend $42 million on the bridge, which opened in 1932.",
  "About 65,000 vehicles cross it each day, and tolls will rise 12 percent.",
  "Rob Ingram, chief engineer at the transport department, backed the plan in 1998.",
  "Leaders of Chile, Peru, Bolivia and Ecuador sent letters of support.",
  "The council first discussed repairs in 2011, and contractor Sarah Cole, head of Tasman Civil, will start work.",
].join("\n");
const facts = extractFacts(splitSentences(ARTICLE));
const pools = buildPools(facts);
const find = (answer: string, kind?: string) => {
  const f = facts.find((x) => x.answer === answer && (!kind || x.kind === kind));
  if (!f) throw new Error(`no fact ${answer}`);
  return f;
};
const valid = (q: unknown) => expect(questionSchema.safeParse(q).success).toBe(true);

describe("restyleNumber", () => {
  it.each([
    ["$42 million", 63, "$63 million"],
    ["65,000", 97500, "97,500"],
    ["1.79%", 2.5, "2.50%"],
    ["seven", 8, "eight"],
    ["Five", 6, "Six"],
  ] as const)("%s -> %s", (answer, value, expected) => {
    expect(restyleNumber(answer, value)).toBe(expected);
  });
});

describe("buildMultipleChoice", () => {
  it.each([
    ["$42 million", "money"],
    ["65,000", "count"],
    ["12 percent", "percentage"],
    ["1932", "date"],
  ])("%s (%s): four distinct choices including the answer, answer blanked", (answer, kind) => {
    const q = buildMultipleChoice(find(answer, kind), pools)!;
    valid(q);
    expect(q.choices).toHaveLength(4);
    expect(new Set(q.choices).size).toBe(4);
    expect(q.choices).toContain(answer);
    expect(q.prompt).not.toContain(answer);
    expect(q.source?.sentence).toContain(answer);
  });

  it("offers no people of another kind: a mayor with only two other people in the article gets no multiple choice", () => {
    expect(buildMultipleChoice(find("Tessa Marlow", "role"), pools)).toBeUndefined();
  });

  it("moves 'the' into the options when the key is a country named with it and another is not ('the Mexico' is no English)", () => {
    const own = extractFacts(splitSentences("The peso slid for a third day on fears of worsening relations with the United States. Traders in Mexico and Canada sold pesos."));
    const f = own.find((x) => x.answer === "United States")!;
    const q = buildMultipleChoice(f, buildPools(own))!;
    valid(q);
    expect(q.prompt).toContain("relations with _____.");
    expect(q.answer).toBe("the United States");
    expect(q.choices).toContain("the United States");
    for (const c of q.choices!) expect(c).not.toMatch(/^the (?:Mexico|Canada)$/);
    expect(q.choices!.some((c) => !c.startsWith("the "))).toBe(true);
  });

  it("asks a direct question for a role", () => {
    const q = buildMultipleChoice(find("chief engineer at the transport department"), pools)!;
    expect(q.prompt).toBe("According to the article, what is Rob Ingram's role?");
  });
});

describe("buildNumeric", () => {
  it.each([
    ["65,000", 65000, 3250], // "About 65,000": a hedged count gets 5%
    ["12 percent", 12, 0],
    ["1932", 1932, 0],
  ] as const)("%s -> %d ± %d", (answer, value, tolerance) => {
    const q = buildNumeric(find(answer))!;
    valid(q);
    expect(q.answer).toBe(value);
    expect(q.tolerance).toBe(tolerance);
    expect(q.prompt).toContain(BLANK);
  });
  it("skips money with a scale word", () => {
    expect(buildNumeric(find("$42 million"))).toBeUndefined();
  });
});

describe("buildTrueFalse", () => {
  it.each(facts.filter((f) => ["money", "count", "date", "percentage"].includes(f.kind)).map((f) => [f.answer, f] as [string, Fact]))(
    "%s: a true statement is the sentence, a false one swaps the answer",
    (_, f) => {
      const q = buildTrueFalse(f, pools);
      if (!q) return;
      valid(q);
      if (q.answer === true) expect(q.prompt).toContain(f.sentence);
      else expect(q.prompt).not.toContain(f.sentence);
    },
  );
});

describe("buildShortAnswer and buildCloze", () => {
  it("accepts the surname for a person", () => {
    const q = buildShortAnswer(find("Tessa Marlow"), pools)!;
    valid(q);
    expect(q.acceptedAnswers).toContain("Marlow");
  });
  it("blanks the answer in a cloze and accepts digits without commas", () => {
    const q = buildCloze(find("65,000"))!;
    valid(q);
    expect(q.prompt).toContain(`About ${BLANK} vehicles`);
    expect(q.acceptedAnswers).toContain("65000");
  });
});

describe("article-level builders", () => {
  it("multiple response over a list of places", () => {
    const list = facts.find((f) => f.entityType === "list")!;
    const q = buildMultipleResponse(list, pools)!;
    valid(q);
    expect(q.answer).toEqual(["Chile", "Peru", "Bolivia", "Ecuador"]);
    expect(q.choices!.length).toBeGreaterThanOrEqual(6);
  });
  it("matching people to roles", () => {
    const q = buildMatching(facts)!;
    valid(q);
    expect(q.answer).toContainEqual({ left: "Rob Ingram", right: "chief engineer at the transport department" });
  });
  it("ordering years", () => {
    const q = buildOrdering(facts)!;
    valid(q);
    expect((q.answer as string[])[0]).toContain("opened in [year]");
    expect([...(q.choices ?? [])].sort()).toEqual([...(q.answer as string[])].sort());
  });
});

describe("a name the article gives in brackets", () => {
  it("is accepted for the person's full name", () => {
    const fs = extractFacts(splitSentences('The talks were led by Governor Maria Fernanda Lopes ("Nanda") of the coastal state on Monday.'));
    const f = fs.find((x) => x.answer === "Maria Fernanda Lopes" && x.entityType === "person");
    expect(f).toBeDefined();
    expect(buildShortAnswer(f!)!.acceptedAnswers).toContain("Nanda");
  });
});

describe("feedback on a true/false statement", () => {
  it("says whether it held and, when false, what the article gives instead", () => {
    const text = readFileSync("tests/fixtures/articles/rice-harvest-summit.txt", "utf8");
    const statements = generateQuestions(text, { limit: 60 }).drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => q.type === "true_false");
    expect(statements.length).toBeGreaterThan(0);
    for (const q of statements) {
      if (q.answer === true) expect(q.explanation).toMatch(/^True\. The article says: "/);
      else expect(q.explanation).toMatch(/^False: the article gives .+, not .+\. The article says: "/);
      expect(q.explanation).not.toMatch(/^The answer is/);
    }
  });
});

describe("a multiple-choice question never offers a name its prompt prints", () => {
  // Fixture sentences written for this test: "She" is named in brackets in the prompt.
  const text = [
    "Senator Dana Whitcombe of Oregon won election as leader of the Senate minority on Tuesday.",
    "She succeeds Senator Paul Ostrander of Idaho, who lost his seat in November.",
    "Senator Greta Lund of Maine was chosen as whip.",
    "Senator Omar Felder of Utah seconded the nomination.",
  ].join("\n");

  it("leaves out the person a bracketed pronoun names", () => {
    const { drafts } = generateQuestions(text);
    const choiceQuestions = drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => q.type === "multiple_choice");
    expect(choiceQuestions.some((q) => q.prompt.includes("[Dana Whitcombe]"))).toBe(true);
    for (const q of choiceQuestions) for (const c of q.choices ?? []) if (c !== q.answer) expect(q.prompt).not.toContain(c);
  });
});

describe("an acronym's typed answer", () => {
  // Fixture sentences written for this test.
  const text = "The index rose on strong FII inflows on Monday.\nBrokers expect foreign institutional investors to keep buying this week.";

  it("accepts the words the article spells it out with in another sentence", () => {
    const typed = generateQuestions(text).drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => (q.type === "short_answer" || q.type === "cloze") && q.answer === "FII");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).toContain("foreign institutional investors");
  });
});

describe("a person's typed answer", () => {
  // Fixture sentences written for this test.
  const text = "Velden's mayor Budi Santoso Wiranata won 56 percent of the vote, the election board said.\nMr Budi said he would cut bus fares by a third on Monday.";

  it("accepts the one word of the name the article uses after 'Mr'", () => {
    const typed = generateQuestions(text).drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => (q.type === "short_answer" || q.type === "cloze") && String(q.answer).endsWith("Budi Santoso Wiranata"));
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) expect(q.acceptedAnswers).toContain("Budi");
  });
});
