import { beforeAll, describe, expect, it } from "vitest";
import { toLearnerQuestion } from "@/app/_server/attempts/learner-view";
import { keyedShuffle } from "@/app/_server/attempts/shuffle";
import type { Question } from "@/questions/schema";

beforeAll(() => {
  // The layout key comes from the app's secret (layout-key.ts).
  process.env.BETTER_AUTH_SECRET ||= "unit-tests-secret-0123456789abcdef";
});

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

describe("keyedShuffle", () => {
  const key = Buffer.from("a key for these tests only");
  it("is a permutation, deterministic per key and seed, and varies across seeds", () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(keyedShuffle(items, key, "x")).toEqual(keyedShuffle(items, key, "x"));
    expect([...keyedShuffle(items, key, "x")].sort((a, b) => a - b)).toEqual(items);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => keyedShuffle(items, key, `seed-${i}`).join(",")));
    expect(orders.size).toBeGreaterThan(15);
  });

  it("draws a different order under another key for the same seed", () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => keyedShuffle(items, Buffer.from(`key ${i}`), "attempt:question").join(",")));
    expect(orders.size).toBeGreaterThan(15);
  });

  it("draws every order about equally often (no position bias), past the eight numbers one HMAC gives", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2400; i++) {
      const order = keyedShuffle(["a", "b", "c", "d"], key, `s${i}`).join("");
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    // 24 orders, 100 expected each: all of them, none far off.
    expect(counts.size).toBe(24);
    for (const n of counts.values()) expect(n).toBeGreaterThan(55);
    const long = Array.from({ length: 12 }, (_, i) => i);
    const positionsOfFirst = new Set(Array.from({ length: 300 }, (_, i) => keyedShuffle(long, key, `t${i}`).indexOf(0)));
    expect(positionsOfFirst.size).toBe(12);
  });
});
