// Questions on reasons and outcomes: every sentence here is our own.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { BLANK, buildQuestions, buildReasonChoice, buildReasonTrueFalse, reasonClause } from "@/questions/build";
import { hashOf } from "@/questions/build/common";
import { oppositeCue, standsOut } from "@/questions/build/reasons";
import { extractFacts, type Fact } from "@/questions/facts";
import { articleShape, importance } from "@/questions/rank/importance";
import { validate } from "@/questions/rank/validate";
import { questionSchema } from "@/questions/schema";
import { ARTICLE } from "../../support/reasons-article";


const facts = extractFacts(splitSentences(ARTICLE));
const find = (answer: string): Fact => {
  const f = facts.find((x) => x.cue && x.answer === answer);
  if (!f) throw new Error(`no reason ${answer}`);
  return f;
};

describe("reason questions", () => {
  it("asks 'Why ...?' with every choice worded alike, the cue included", () => {
    const q = buildReasonChoice(find("new duties on its farm exports"))!;
    expect(q.prompt).toBe("Why did Arkonia raise tariffs on steel from Velden?");
    expect(q.answer).toBe("in retaliation for new duties on its farm exports");
    expect(q.choices).toHaveLength(4);
    expect(new Set(q.choices).size).toBe(4);
    for (const c of q.choices!) expect(c.startsWith("in retaliation for ")).toBe(true);
    expect(questionSchema.safeParse(q).success).toBe(true);
    expect(validate({ question: q, fact: find("new duties on its farm exports") })).toBeUndefined();
  });

  it("blanks an 'after' in its clause, ending at the blank, and offers bare phrases", () => {
    const q = buildReasonChoice(find("three deaths from a cholera outbreak"))!;
    expect(q.prompt).toBe(`Fill in the blank: "Health officials in the northern province declared an emergency after ${BLANK}."`);
    for (const c of q.choices!) expect(c).not.toMatch(/^after\b/);
    expect(q.choices).toContain("three deaths from a cholera outbreak");
  });

  it("asks what was agreed or decided, and what a protest was over", () => {
    expect(buildReasonChoice(find("low grain prices and rising fuel costs"))?.prompt).toBe("What did farmers in the south protest over?");
    expect(find("boycott the budget debate in parliament").ask).toBe("What did the opposition party vote to do?");
  });

  it("makes no choice question with fewer than three fair wrong answers", () => {
    const f = find("resume talks on a trade deal");
    expect((f.alternatives ?? []).length).toBeLessThan(3);
    expect(buildReasonChoice(f)).toBeUndefined();
  });

  it("never types a reason: no short answer, cloze or numeric form", () => {
    const cands = buildQuestions(facts);
    const types = new Set(cands.filter((c) => c.fact?.cue).map((c) => c.question.type));
    expect([...types].every((t) => t === "multiple_choice" || t === "true_false")).toBe(true);
    for (const c of cands.filter((x) => x.fact?.cue)) expect(validate(c)).toBeUndefined();
  });

  it("leaves no choice to be picked by its length alone", () => {
    expect(standsOut("a long and winding list of reasons that nobody else has", ["a strike", "a flood", "a fire"])).toBe(true);
    expect(standsOut("a strike", ["heavy rain overnight", "a row over pay", "a shortage of pilots"])).toBe(true);
    expect(standsOut("a strike by dock workers", ["a shortage of trained pilots", "a rally in the capital", "growth in Arkonia"])).toBe(false);
  });
});

describe("reason claims (true or false)", () => {
  const story = [
    "Samsa declared a state of emergency after several deaths linked to a fever outbreak, closing schools and banning public gatherings.",
    "Like most members, he voted to leave the party.",
    "After the gunfight, more troops were sent to the border villages to tighten the cordon around the hills.",
  ].join("\n");
  const own = extractFacts(splitSentences(story)).filter((f) => f.cue);
  const one = (answer: string) => own.find((f) => f.answer === answer)!;

  it("states the clause with the reason, cut after it", () => {
    const f = one("several deaths linked to a fever outbreak");
    expect(reasonClause(f, f.answer)).toMatchObject({ text: "Samsa declared a state of emergency after several deaths linked to a fever outbreak.", cut: true, ends: true });
  });

  it("makes a false claim by the opposite relation, which the article rules out", () => {
    expect(oppositeCue("because of")).toBe("despite");
    expect(oppositeCue("After")).toBe("Before");
    expect(oppositeCue("agreed to")).toBe("refused to");
    expect(oppositeCue("in retaliation for")).toBeUndefined();
    // The fact's id decides which way a claim goes: one id of each parity.
    const base = one("several deaths linked to a fever outbreak");
    const ids = ["a", "b", "c", "d", "e", "f"].map((x) => `${base.id}-${x}`);
    const falseId = ids.find((id) => hashOf(id) % 2 === 0)!;
    const trueId = ids.find((id) => hashOf(id) % 2 === 1)!;
    expect(buildReasonTrueFalse({ ...base, id: falseId })).toMatchObject({
      answer: false,
      prompt: "True or false? Samsa declared a state of emergency before several deaths linked to a fever outbreak.",
    });
    expect(buildReasonTrueFalse({ ...base, id: trueId })).toMatchObject({
      answer: true,
      prompt: "True or false? Samsa declared a state of emergency after several deaths linked to a fever outbreak.",
    });
  });

  it("offers a whole one-clause sentence only as a false claim", () => {
    const f = extractFacts(splitSentences("Analysts were divided over the motives behind the deal.")).find((x) => x.cue)!;
    const ids = ["a", "b", "c", "d", "e", "f"].map((x) => `${f.id}-${x}`);
    const falseId = ids.find((id) => hashOf(id) % 2 === 0)!;
    const trueId = ids.find((id) => hashOf(id) % 2 === 1)!;
    // No opposite for "over" and no other phrase in a one-sentence story: nothing to claim.
    expect(buildReasonTrueFalse({ ...f, id: falseId })).toBeUndefined();
    expect(buildReasonTrueFalse({ ...f, id: falseId, alternatives: ["a row about pay"] })).toMatchObject({
      answer: false,
      prompt: "True or false? Analysts were divided over a row about pay.",
    });
    // The sentence copied and marked true tests recognition only.
    expect(buildReasonTrueFalse({ ...f, id: trueId })).toBeUndefined();
  });

  it("keeps the clause an opening 'After ...,' belongs to", () => {
    const f = one("the gunfight");
    expect(reasonClause(f, BLANK)?.text).toBe(`After ${BLANK}, more troops were sent to the border villages to tighten the cordon around the hills.`);
  });

  it("asks nothing of a clause whose subject is a pronoun the learner cannot resolve", () => {
    const f = own.find((x) => x.answer.startsWith("leave the party"));
    if (f) {
      expect(buildReasonChoice(f)).toBeUndefined();
      expect(buildReasonTrueFalse(f)).toBeUndefined();
    }
  });
});

describe("ranking reasons", () => {
  it("counts a reason in the lead above the same kind of reason deep in the story", () => {
    const shape = articleShape(facts);
    const lead = find("new duties on its farm exports");
    const deep = find("a shortage of trained pilots");
    expect(importance(lead, shape)).toBeGreaterThan(importance(deep, shape) * 1.5);
  });
});

describe("what was declared", () => {
  it("asks it as a choice among other measures, in the clause's own words", () => {
    const text = "Tonga has declared a state of emergency after a cyclone flattened homes on three islands. Schools will stay shut until the end of the month.";
    const facts = extractFacts(splitSentences(text));
    const f = facts.find((x) => x.answer === "a state of emergency")!;
    const q = buildReasonChoice(f)!;
    expect(q.prompt).toBe("What has Tonga declared?");
    expect(q.answer).toBe("a state of emergency");
    expect(q.choices).toHaveLength(4);
    expect(q.choices!.filter((c) => /emergency/.test(c))).toEqual(["a state of emergency"]);
    expect(validate({ question: q, fact: f })).toBeUndefined();
  });
});
