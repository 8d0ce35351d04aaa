// Spaced review in a real browser: a learner misses questions in the demo quiz, finds them in
// Review, answers one, sees the answer only then, and moves on to the next card or the end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, type AppInBrowser } from "./support/harness";
import { signUp } from "./support/accounts";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { submitAnswers } from "./support/quiz-taking";

const chromiumPath = findChromium();
const SHOTS = "test-results/screenshots";

/** Source sentences and explanations of the demo questions: never on the page before an answer. */
async function demoSecrets(databaseUrl: string): Promise<string[]> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const rows = await db.question.findMany({ where: { status: "approved" }, select: { sourceSentence: true, explanation: true } });
    return rows.flatMap((r) => [r.sourceSentence ?? "", r.explanation]).filter((s) => s.length >= 8);
  } finally {
    await db.$disconnect();
  }
}

/** Answers whatever question is on the page with a plausible but probably wrong guess. */
async function guess(page: Page, scope = page.locator("main")): Promise<void> {
  const radio = scope.locator('input[type="radio"]');
  const checkbox = scope.locator('input[type="checkbox"][name^="q."]');
  const text = scope.locator('input[type="text"], input[inputmode="decimal"]');
  const select = scope.locator("select");
  if (await radio.count()) await radio.last().check();
  else if (await checkbox.count()) await checkbox.first().check();
  else if (await text.count()) await text.first().fill("42");
  else for (const s of await select.all()) await s.selectOption({ index: 1 });
}

describe.skipIf(!chromiumPath)("spaced review in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1100, height: 900 });
    ({ server, page } = app);
    await signUp(page, server.baseUrl, "Rui Reviewer");
  });

  afterAll(() => closeApp(app));

  it("starts with an empty queue", async () => {
    // The old address still lands (decision 029).
    await page.goto(`${server.baseUrl}/review`);
    await page.waitForURL(/\/practice$/);
    await page.getByRole("heading", { name: "All caught up" }).waitFor();
    await expect(page.getByText("Nothing is waiting").isVisible()).resolves.toBe(true);
  });

  it("queues the questions missed in the demo quiz", async () => {
    await page.goto(server.baseUrl);
    await page.getByRole("link", { name: /Open quiz: Demo/ }).first().click();
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await page.waitForURL(/\/attempts\//);
    for (const item of await page.locator("ol > li").all()) await guess(page, item);
    await submitAnswers(page);
    await page.getByTestId("score").waitFor();
    await expect(page.getByRole("link", { name: "practice queue", exact: true }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/review-result.png`, fullPage: true });

    // A question answered right can be added by hand.
    const hard = page.getByRole("button", { name: "This was hard — practise it later" });
    if (await hard.count()) {
      await hard.first().click();
      await page.getByText("Added to your practice queue.").waitFor();
      await page.getByText("Added to your practice queue.").locator("xpath=ancestor::li[1]").screenshot({ path: `${SHOTS}/review-hard-added.png` });
    }

    // The navigation shows how many are due.
    await page.goto(server.baseUrl);
    const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Practice/ });
    expect(await nav.innerText()).toMatch(/Practice\s*\d+/);
    await nav.click();
    await page.waitForURL(/\/practice/);
  });

  it("answers a card, shows the answer only afterwards, then moves on", async () => {
    const progress = page.getByTestId("practice-progress");
    await progress.waitFor();
    const [, total] = /1 of (\d+) due/.exec(await progress.innerText()) ?? [];
    expect(Number(total)).toBeGreaterThan(0);
    const html = await page.content();
    for (const secret of await demoSecrets(server.databaseUrl)) expect(html).not.toContain(secret);
    await page.screenshot({ path: `${SHOTS}/review-question.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${SHOTS}/review-question-narrow.png`, fullPage: true });
    await page.setViewportSize({ width: 1100, height: 900 });

    await guess(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByTestId("practice-correct-answer").waitFor();
    await expect(page.getByRole("heading", { name: /Correct|Partly correct|Not quite/ }).isVisible()).resolves.toBe(true);
    expect(await page.getByTestId("practice-next-due").innerText()).toMatch(/Next practice in \d+ (minute|hour|day)s?/);
    await page.screenshot({ path: `${SHOTS}/review-feedback.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${SHOTS}/review-feedback-narrow.png`, fullPage: true });
    await page.setViewportSize({ width: 1100, height: 900 });

    const badge = () => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Practice/ }).innerText();
    const before = Number((await badge()).replace(/\D+/g, ""));
    await page.getByRole("link", { name: "Next" }).click();
    await page.waitForURL(/\/practice\?done=1/);
    // The count in the navigation follows.
    await expect.poll(async () => Number((await badge()).replace(/\D+/g, "") || 0)).toBe(before - 1);
    if (Number(total) > 1) {
      await expect.poll(() => progress.innerText()).toMatch(/^2 of \d+ due/);
      expect(await page.getByTestId("practice-correct-answer").count()).toBe(0);
    } else {
      await page.getByRole("heading", { name: "All caught up" }).waitFor();
    }
  });

  it("ends caught up, with the date of the next review", async () => {
    // Wrong answers come back after a minute; answering quickly gets through the queue first.
    for (let i = 0; i < 30 && (await page.getByTestId("practice-progress").count()); i++) {
      await guess(page);
      await page.getByRole("button", { name: "Check answer" }).click();
      await page.getByRole("link", { name: "Next" }).click();
      await page.waitForURL(new RegExp(`done=${i + 2}$`));
    }
    await page.getByRole("heading", { name: "All caught up" }).waitFor();
    expect(await page.getByText(/Next practice on .+ UTC/).innerText()).toMatch(/\(in \d+ (minute|hour|day)s?\)/);
    await page.screenshot({ path: `${SHOTS}/review-caught-up.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${SHOTS}/review-caught-up-narrow.png`, fullPage: true });
  });
});
