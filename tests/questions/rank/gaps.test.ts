import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { extractFacts, type Fact } from "@/questions/facts";
import { ELIDED_MARK, TOP } from "@/questions/rank/mask";
import { GAP_SWAP_SHARE, GIVEAWAY_SWAP_SHARE, maskKeepingTopWhole } from "@/questions/rank/gaps";
import type { Question } from "@/questions/schema";

// Our own sentence with two names worth asking, one the subject: each draft would print the other's
// key, and neither can go without breaking the sentence.
const text = "Chile sees the pact as a step towards better terms from the Velden Trade Office. The harbour reopened after a long strike.";
const facts = extractFacts(splitSentences(text));
const factFor = (answer: string): Fact => {
  const f = facts.find((x) => x.answer === answer);
  if (!f) throw new Error(`no fact ${answer}: ${facts.map((x) => x.answer).join(", ")}`);
  return f;
};
const question = (prompt: string, answer: string, score: number, fact?: Fact): Question =>
  ({ type: "short_answer", prompt, answer, score, ...(fact ? { source: { sentence: fact.sentence } } : {}) }) as unknown as Question;
const draft = (prompt: string, answer: string, score: number, fact?: Fact) => ({ question: question(prompt, answer, score, fact), variants: [], score, ...(fact ? { fact } : {}) });

const SENTENCE = "sees the pact as a step towards better terms from the";
const office = (score: number) => draft(`Fill in the blank: "Chile ${SENTENCE} _____." Type your answer.`, "Velden Trade Office", score, factFor("Velden Trade Office"));
const country = (score: number) => draft(`Fill in the blank: "_____ ${SENTENCE} Velden Trade Office." Type your answer.`, "Chile", score, factFor("Chile"));
/** Drafts on other facts, each its own key, which no prompt prints. */
let filled = 0;
const fillers = (scores: number[]) => scores.map((s) => draft(`Fill in the blank: "The harbour reopened after a strike of _____ weeks (${filled})."`, `${20 + filled++} weeks`, s));

describe("maskKeepingTopWhole: a top-ten draft that would leave another top prompt with '[…]' moves below the top ten", () => {
  it("moves the later draft of the pair to eleventh, and both prompts read whole in the top ten", () => {
    const drafts = [country(0.9), ...fillers([0.8, 0.78, 0.76, 0.74, 0.72]), office(0.7), ...fillers([0.68, 0.66, 0.64, 0.62, 0.6])];
    const out = maskKeepingTopWhole(drafts, facts);
    const top = out.slice(0, TOP);
    expect(top.every((d) => d.question.prompt.match(ELIDED_MARK) === null)).toBe(true);
    expect(out[TOP]!.question.answer).toBe("Velden Trade Office");
    expect(top[0]!.question.prompt).toContain("Velden Trade Office");
    // Scores stay non-increasing down the list.
    expect(out.map((d) => d.score)).toEqual([...out.map((d) => d.score)].sort((a, b) => b - a));
  });

  it("leaves the gap when the draft that would come up is worth much less (a key fact stays in the top ten)", () => {
    const weak = 0.7 * GAP_SWAP_SHARE * 0.9;
    const drafts = [country(0.9), ...fillers([0.8, 0.78, 0.76, 0.74, 0.72, 0.71, 0.705, 0.703]), office(0.7), ...fillers([weak, weak * 0.9])];
    const out = maskKeepingTopWhole(drafts, facts);
    expect(out[9]!.question.answer).toBe("Velden Trade Office");
    // The country elided is marked as a country, not a bare "[…]".
    expect(out[9]!.question.prompt).toContain(`[a country] ${SENTENCE}`);
  });

  it("moves a later draft whose prompt still prints a top draft's key from another sentence ('its Velden plant')", () => {
    const place = draft('Fill in the blank: "The carmaker will build its new model at a plant in _____." Type your answer.', "Velden", 0.9);
    const printer = draft('Fill in the blank: "The carmaker made _____ cars at its Velden plant last year."', "480,000", 0.7);
    const drafts = [place, ...fillers([0.8, 0.78, 0.76, 0.74, 0.72]), printer, ...fillers([0.68, 0.66, 0.64, 0.62, 0.6])];
    const out = maskKeepingTopWhole(drafts, facts);
    expect(out.slice(0, TOP).some((d) => d.question.answer === "480,000")).toBe(false);
    expect(out[TOP]!.question.answer).toBe("480,000");
    expect(out[0]!.question.answer).toBe("Velden");
  });

  it("brings up the first of the next drafts that leaves fewer prompts broken, not one that prints a key too", () => {
    const place = draft('Fill in the blank: "The carmaker will build its new model at a plant in _____." Type your answer.', "Velden", 0.9);
    const printer = draft('Fill in the blank: "The carmaker made _____ cars at its Velden plant last year."', "480,000", 0.7);
    const alsoPrints = draft('Fill in the blank: "Velden workers voted on _____ for the deal."', "Friday", 0.59);
    const drafts = [place, ...fillers([0.8, 0.78, 0.76, 0.74, 0.72]), printer, ...fillers([0.68, 0.66, 0.64]), alsoPrints, ...fillers([0.58, 0.57])];
    const out = maskKeepingTopWhole(drafts, facts);
    const top = out.slice(0, TOP).map((d) => d.question.answer);
    expect(top).not.toContain("480,000");
    expect(top).not.toContain("Friday");
  });

  it("moves a draft given away by another top prompt even for a draft worth much less than a gap would need", () => {
    const place = draft('Fill in the blank: "The carmaker will build its new model at a plant in _____." Type your answer.', "Velden", 0.9);
    const printer = draft('Fill in the blank: "The carmaker made _____ cars at its Velden plant last year."', "480,000", 0.7);
    // Worth less than a gap's share of the printer, more than a give-away's.
    const weak = 0.7 * ((GAP_SWAP_SHARE + GIVEAWAY_SWAP_SHARE) / 2);
    const drafts = [place, ...fillers([0.8, 0.78, 0.76, 0.74, 0.72]), printer, ...fillers([0.69, 0.68, 0.67, weak, weak * 0.9])];
    const top = maskKeepingTopWhole(drafts, facts).slice(0, TOP).map((d) => d.question.answer);
    expect(top).not.toContain("480,000");
    expect(top).toContain("Velden");
  });

  it("moves the draft given away before a lower draft that only leaves a '[…]'", () => {
    // The printer (7th) gives the place away; the office (10th) would leave the country's prompt a gap.
    const place = draft('Fill in the blank: "The carmaker will build its new model at a plant in _____." Type your answer.', "Velden", 0.9);
    const printer = draft('Fill in the blank: "The carmaker made _____ cars at its Velden plant last year."', "480,000", 0.75);
    const weak = 0.7 * GAP_SWAP_SHARE * 0.9;
    const drafts = [place, country(0.85), ...fillers([0.8, 0.78, 0.77, 0.76]), printer, ...fillers([0.74, 0.72]), office(0.7), ...fillers([weak, weak * 0.95])];
    const top = maskKeepingTopWhole(drafts, facts).slice(0, TOP).map((d) => d.question.answer);
    expect(top).not.toContain("480,000");
    expect(top).toContain("Velden Trade Office");
  });

  it("never brings up a draft whose key a top draft already asks (the same figure told twice)", () => {
    const place = draft('Fill in the blank: "The carmaker will build its new model at a plant in _____." Type your answer.', "Velden", 0.9);
    const printer = draft('Fill in the blank: "The carmaker made _____ cars at its Velden plant last year."', "480,000", 0.7);
    const missing = draft('Fill in the blank: "Rescuers said _____ people were still missing."', "16", 0.75);
    const again = draft('Fill in the blank: "Among the _____ still missing were two children."', "16", 0.66);
    const other = draft('Fill in the blank: "The ferry left the quay at _____."', "noon", 0.6);
    const drafts = [place, missing, ...fillers([0.8, 0.78, 0.76, 0.74]), printer, ...fillers([0.69, 0.68, 0.67]), again, other];
    const top = maskKeepingTopWhole(drafts, facts).slice(0, TOP).map((d) => d.question.answer);
    expect(top.filter((a) => a === "16")).toHaveLength(1);
    expect(top).toContain("noon");
  });

  it("never brings up a draft that asks again what the top asks, by the ranker's own test of a repeat", () => {
    const place = draft('Fill in the blank: "The carmaker will build its new model at a plant in _____." Type your answer.', "Velden", 0.9);
    const printer = draft('Fill in the blank: "The carmaker made _____ cars at its Velden plant last year."', "480,000", 0.7);
    const list = draft('Which of these fill the blank? Select all that apply. "_____ stayed away from the talks."', "Osk, Tarn and Norland", 0.75);
    const item = draft('Fill in the blank: "_____, Tarn and Norland stayed away from the talks."', "Osk", 0.66);
    const other = draft('Fill in the blank: "The ferry left the quay at _____."', "noon", 0.6);
    const drafts = [place, list, ...fillers([0.8, 0.78, 0.76, 0.74]), printer, ...fillers([0.69, 0.68, 0.67]), item, other];
    const itemOfList = (d: (typeof drafts)[number], others: readonly (typeof drafts)[number][]) => d === item && others.includes(list);
    const top = maskKeepingTopWhole(drafts, facts, itemOfList).slice(0, TOP).map((d) => d.question.answer);
    expect(top).not.toContain("Osk");
    expect(top).not.toContain("480,000");
    expect(top).toContain("noon");
  });
});
