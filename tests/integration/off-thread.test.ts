// Adding a long article or importing a large GIFT file must not hold up other requests: the
// generator and the GIFT parser run in a worker thread for large inputs (app/_server/imports/off-thread.ts).
// A timer on this thread measures how long the event loop went unanswered while the use case ran;
// the bar is relative to the use case's own duration, not a time: inline, the loop is blocked for
// nearly all of it.
import { afterAll, describe, expect, it } from "vitest";
import { createArticle } from "@/app/_server/articles/create-article";
import { importGiftQuestions } from "@/app/_server/bank/create-questions";
import { stopOffThreadWorker } from "@/app/_server/imports/off-thread";
import { ARTICLE_TEXT_MAX } from "@/app/_server/articles/article-rules";
import { createTeacher } from "./factories";
import { largeGift, longArticle } from "../support/large-inputs";

afterAll(() => stopOffThreadWorker());

/** Runs `work`; returns how long it took and the longest the event loop went without running a timer. */
async function longestStall(work: () => Promise<unknown>): Promise<{ took: number; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return { took: performance.now() - started, stall: Math.max(stall, performance.now() - last) };
}

describe("large inputs off the event loop", () => {
  it("adds a long article while the event loop keeps answering", async () => {
    const teacher = await createTeacher();
    const text = longArticle(ARTICLE_TEXT_MAX - 1000);
    const { took, stall } = await longestStall(() => createArticle({ actor: teacher, input: { title: "A long day of meetings", text } }));
    expect(stall, `the event loop stalled ${stall.toFixed(0)} ms of ${took.toFixed(0)} ms`).toBeLessThan(took / 3);
  }, 120_000);

  it("imports a 2 MB GIFT file while the event loop keeps answering", async () => {
    const teacher = await createTeacher();
    // Comment lines between blank lines (what froze the server), then a few questions: the file is
    // work for the parser, not for the database.
    const gift = `${"// [tag:x]\n\n".repeat(150_000)}${largeGift(1_000)}`;
    expect(gift.length).toBeGreaterThan(1024 * 1024);
    let result: Awaited<ReturnType<typeof importGiftQuestions>> | undefined;
    const { took, stall } = await longestStall(async () => (result = await importGiftQuestions({ actor: teacher, text: gift })));
    expect(result!.imported).toBeGreaterThan(5);
    expect(stall, `the event loop stalled ${stall.toFixed(0)} ms of ${took.toFixed(0)} ms`).toBeLessThan(took / 3);
  }, 120_000);
});
