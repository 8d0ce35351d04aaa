// The quiz builder ticks nothing in advance (as draft review): a teacher who types only a title and
// presses Publish gets the plain "pick at least one" message, not a quiz of every approved question
// (it was 24 for the outside tester). "Tick all N" ticks a group when that is what they want.
// At 1280 and 360 px. Screenshots: test-results/screenshots/quiz-builder-{empty,error,ticked}-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { withDb } from "./support/db";
import { SHOTS } from "./support/harness";
import { seriousViolations } from "./support/axe";
import { signedInContext } from "./support/quiz-taking";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("the quiz builder ticks nothing until the teacher does, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;

  async function shot(page: Page, name: string, width: number): Promise<void> {
    expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/quiz-builder-${name}-${width}.png`, fullPage: true });
  }

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const width of [1280, 360]) {
    it(`publishes only what was ticked (${width} px)`, async () => {
      const viewport = { width, height: width === 360 ? 780 : 900 };
      const { context, userId } = await signedInContext(browser, server, { viewport, role: "teacher" });
      const prompts = ["The pier opened in 1907.", "The ferry runs at night.", "The harbour froze in 1963."].map((p) => `${p} (${width})`);
      await withDb(server.databaseUrl, async (db) => {
        for (const prompt of prompts) await db.question.create({ data: { type: "true_false", prompt, answer: "true", status: "approved", authorId: userId } });
      });
      const page = await context.newPage();
      const boxes = page.locator('input[name="questionId"]');
      const title = `Only a title (${width})`;

      await page.goto(`${server.baseUrl}/teach/quizzes/new`);
      await page.getByText(prompts[0]!).waitFor();
      expect(await boxes.count()).toBe(3);
      for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
      await shot(page, "empty", width);

      await page.getByLabel("Title").fill(title);
      await page.getByRole("button", { name: "Publish quiz" }).click();
      await page.getByText("Pick at least one approved question, or draw some at random.").waitFor();
      expect(page.url()).toMatch(/\/teach\/quizzes\/new$/);
      expect(await page.getByLabel("Title").inputValue()).toBe(title);
      for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
      expect(await withDb(server.databaseUrl, (db) => db.quiz.count({ where: { title } }))).toBe(0);
      await shot(page, "error", width);

      // "Tick all 3" ticks the group; the teacher unticks one and publishes two.
      await page.getByRole("button", { name: "Tick all 3" }).click();
      for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
      await page.getByLabel(prompts[1]!).uncheck();
      await shot(page, "ticked", width);
      await page.getByRole("button", { name: "Publish quiz" }).click();
      await page.waitForURL(/\/teach\/quizzes\/(?!new$)\w+$/);
      const quiz = await withDb(server.databaseUrl, (db) => db.quiz.findFirstOrThrow({ where: { title }, select: { questions: { select: { question: { select: { prompt: true } } }, orderBy: { position: "asc" } } } }));
      expect(quiz.questions.map((q) => q.question.prompt).sort()).toEqual([prompts[0], prompts[2]].sort());
      await context.close();
    });
  }
});
