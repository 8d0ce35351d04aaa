// The worker thread that takes large GIFT files and long articles off the event loop
// (app/_server/imports/off-thread.ts): it must give exactly what running inline gives, and a task past its
// time budget is stopped without stopping the ones after it.
import { afterAll, describe, expect, it } from "vitest";
import { generateQuestions } from "@/questions";
import { parseGift } from "@/questions/formats/gift";
import { OFF_THREAD_MIN_CHARS, runOffThread, stopOffThreadWorker, TimeBudgetError } from "@/app/_server/imports/off-thread";
import { longArticle, largeGift } from "../support/large-inputs";

afterAll(() => stopOffThreadWorker());

describe("work off the event loop", () => {
  it("parses a GIFT file in the worker exactly as inline", async () => {
    const gift = largeGift(OFF_THREAD_MIN_CHARS * 10);
    const inline = parseGift(gift);
    expect(inline.questions.length).toBeGreaterThan(1000);
    expect(inline.errors.length).toBeGreaterThan(0);
    expect(await runOffThread("parseGift", [gift])).toEqual(inline);
  }, 60_000);

  it("generates the same drafts from a long article in the worker as inline, dates included", async () => {
    const text = longArticle(OFF_THREAD_MIN_CHARS * 2);
    const options = { title: "Ministers meet", publishedAt: new Date("2026-03-02T00:00:00Z"), limit: 30 };
    const inline = generateQuestions(text, options);
    expect(inline.drafts.length).toBeGreaterThan(10);
    expect(await runOffThread("generateQuestions", [text, options])).toEqual(inline);
  }, 60_000);

  it("stops a task past its time budget, and the worker serves the next one", async () => {
    const text = longArticle(150_000);
    const small = "Who hosts? {=Japan ~Peru}";
    const slow = runOffThread("generateQuestions", [text], { budgetMs: 20 });
    // Queued behind the slow one: it must still be answered, by a new worker.
    const queued = runOffThread("parseGift", [small]);
    await expect(slow).rejects.toBeInstanceOf(TimeBudgetError);
    expect(await queued).toEqual(parseGift(small));
    expect(await runOffThread("parseGift", [small])).toEqual(parseGift(small));
  }, 60_000);
});
