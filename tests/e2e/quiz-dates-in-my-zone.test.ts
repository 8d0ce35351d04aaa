// A quiz's Opens and Closes are the teacher's own clock (decision 025's zone): a teacher in Tokyo
// who sets Closes to 18:30 on 20 December sees 18:30 on the quiz page and in the edit form, and
// the quiz closes at 09:30 UTC. It was read as UTC: the page said "21 Dec 2026, 03:30 GMT+9" while
// the form still said 18:30. At 1280 and 360 px.
// Screenshots: test-results/screenshots/quiz-dates-{builder,quiz,edit}-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { withDb } from "./support/db";
import { SHOTS } from "./support/harness";
import { seriousViolations } from "./support/axe";
import { signedInContext } from "./support/quiz-taking";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("a quiz's dates in the teacher's zone, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;

  async function shot(page: Page, name: string, width: number): Promise<void> {
    expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/quiz-dates-${name}-${width}.png`, fullPage: true });
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
    it(`reads and shows Opens and Closes on a Tokyo teacher's clock (${width} px)`, async () => {
      const viewport = { width, height: width === 360 ? 780 : 900 };
      const { context, userId } = await signedInContext(browser, server, { viewport, role: "teacher", timezoneId: "Asia/Tokyo" });
      await withDb(server.databaseUrl, (db) => db.question.create({ data: { type: "true_false", prompt: `The night ferry sails at 18:30 (${width}).`, answer: "true", status: "approved", authorId: userId } }));
      const page = await context.newPage();
      const title = `Night ferry, Tokyo (${width})`;

      await page.goto(`${server.baseUrl}/teach/quizzes/new`);
      // The browser tells the server its zone (a cookie, then the page again); the form says whose clock it reads.
      await page.getByText("Your time: Asia/Tokyo.").first().waitFor();
      await page.getByLabel("Title").fill(title);
      await tickEveryQuestion(page);
      await page.getByLabel("Closes").fill("2026-12-20T18:30");
      await shot(page, "builder", width);
      await page.getByRole("button", { name: "Publish quiz" }).click();
      await page.waitForURL(/\/teach\/quizzes\/(?!new$)\w+$/);
      const quizId = page.url().split("/").pop()!;

      const closes = page.locator("dt", { hasText: /^Closes$/ }).locator("xpath=following-sibling::dd[1]");
      expect(await closes.innerText()).toBe("20 Dec 2026, 18:30 GMT+9");
      expect(await withDb(server.databaseUrl, (db) => db.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { closeAt: true } }))).toEqual({ closeAt: new Date("2026-12-20T09:30:00Z") });
      await shot(page, "quiz", width);

      await page.goto(`${server.baseUrl}/teach/quizzes/${quizId}/edit`);
      expect(await page.getByLabel("Closes").inputValue()).toBe("2026-12-20T18:30");
      await page.getByLabel("Opens").fill("2026-12-20T08:00");
      await shot(page, "edit", width);
      await page.getByRole("button", { name: "Save settings" }).click();
      await page.waitForURL(/\?saved=1$/);
      const opens = page.locator("dt", { hasText: /^Opens$/ }).locator("xpath=following-sibling::dd[1]");
      expect(await opens.innerText()).toBe("20 Dec 2026, 08:00 GMT+9");
      expect(await closes.innerText()).toBe("20 Dec 2026, 18:30 GMT+9");
      expect(await withDb(server.databaseUrl, (db) => db.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { openAt: true, closeAt: true } }))).toEqual({
        openAt: new Date("2026-12-19T23:00:00Z"),
        closeAt: new Date("2026-12-20T09:30:00Z"),
      });
      // Saved again untouched, the dates stay where they are (they used to move nine hours a save).
      await page.goto(`${server.baseUrl}/teach/quizzes/${quizId}/edit`);
      expect(await page.getByLabel("Opens").inputValue()).toBe("2026-12-20T08:00");
      expect(await page.getByLabel("Closes").inputValue()).toBe("2026-12-20T18:30");
      await context.close();
    });
  }
});
