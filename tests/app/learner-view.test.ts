import { describe, expect, it } from "vitest";
import { toLearnerQuestion } from "@/app/_server/learner-view";
import { seededShuffle } from "@/app/_server/shuffle";
import type { Question } from "@/questions/schema";

const meta = { id: "q1", position: 0, points: 1, seed: "attempt-1:q1" };
const base = { explanation: "Because the article says so.", source: { sentence: "The secret sentence." } };

describe("toLearnerQuestion", () => {
  const questions: Question[] = [
    { ...base, type: "multiple_choice", prompt: "Where?", choices: ["Tokyo", "Seoul", "Osaka", "Busan"], answer: "Tokyo" },
    { ...base, type: "numeric", prompt: "How many?", answer: 80000, tolerance: 0 },
    { ...base, type: "true_false", prompt: "True?", answer: false },
    { ...base, type: "short_answer", prompt: "Who?", answer: "Lee Jae Myung", acceptedAnswers: ["Lee"] },
    { ...base, type: "ordering", prompt: "Order these", choices: ["a", "b", "c"], answer: ["a", "b", "c"] },
    { ...base, type: "matching", prompt: "Match", answer: [{ left: "Lee", right: "President" }, { left: "Ishiba", right: "Prime Minister" }] },
  ];
  it.each(questions)("hides the key of a $type question", (q) => {
    const view = toLearnerQuestion(q, meta, { shuffleChoices: true });
    const json = JSON.stringify(view);
    expect(json).not.toContain("secret sentence");
    expect(json).not.toContain("explanation");
    expect(json).not.toContain('"answer"');
    expect(json).not.toContain("acceptedAnswers");
    if (q.type === "numeric" || q.type === "short_answer") expect(json).not.toContain(String(q.answer));
  });

  it("keeps every choice and shows the same order on every load", () => {
    const q = questions[0]!;
    const a = toLearnerQuestion(q, meta, { shuffleChoices: true });
    const b = toLearnerQuestion(q, meta, { shuffleChoices: true });
    expect(a.choices).toEqual(b.choices);
    expect([...a.choices!].sort()).toEqual([...q.choices!].sort());
  });
});

describe("seededShuffle", () => {
  it("is a permutation, deterministic per seed, and varies across seeds", () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(seededShuffle(items, "x")).toEqual(seededShuffle(items, "x"));
    expect([...seededShuffle(items, "x")].sort((a, b) => a - b)).toEqual(items);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededShuffle(items, `seed-${i}`).join(",")));
    expect(orders.size).toBeGreaterThan(15);
  });

  it("puts the first item everywhere over many seeds (no position bias)", () => {
    const positions = new Set(Array.from({ length: 200 }, (_, i) => seededShuffle(["a", "b", "c", "d"], `s${i}`).indexOf("a")));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
});
