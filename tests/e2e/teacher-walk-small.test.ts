// The outside tester's smaller finds on the teacher's walk: /favicon.ico answered 404 (the app's
// icon is /icon.svg); a true/false answer checked as you go said "Not quite: True", which reads as
// "not quite true"; the bank said "written by hand" of GIFT imports, and answered
// ?to=2026-13-45 with a 500. At 1280 and 360 px.
// Screenshots: test-results/screenshots/teacher-walk-{true-false,bank,bank-bad-date}-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { withDb } from "./support/db";
import { SHOTS } from "./support/harness";
import { seriousViolations } from "./support/axe";
import { signedInContext } from "./support/quiz-taking";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("the teacher walk's smaller things, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("answers /favicon.ico with the app's icon", async () => {
    const page = await browser.newPage();
    const moved = await page.request.get(`${server.baseUrl}/favicon.ico`, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()["location"]).toBe("/icon.svg");
    const icon = await page.request.get(`${server.baseUrl}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    await page.close();
  });

  for (const width of [1280, 360]) {
    it(`says where bank questions came from, and a filter day that is not a date is left out plainly (${width} px)`, async () => {
      const viewport = { width, height: width === 360 ? 780 : 900 };
      const { context, userId } = await signedInContext(browser, server, { viewport, role: "teacher" });
      await withDb(server.databaseUrl, async (db) => {
        await db.question.create({ data: { type: "true_false", prompt: `Imported from Moodle (${width}).`, answer: "true", status: "approved", authorId: userId, origin: "gift" } });
        await db.question.create({ data: { type: "true_false", prompt: `Imported from a JSON export (${width}).`, answer: "true", status: "approved", authorId: userId, origin: "json" } });
        await db.question.create({ data: { type: "true_false", prompt: `Written in the editor (${width}).`, answer: "true", status: "approved", authorId: userId, origin: "written" } });
      });
      const page = await context.newPage();
      const origin = (prompt: string) => page.locator("li", { hasText: prompt }).getByTestId("question-origin").innerText();
      await page.goto(`${server.baseUrl}/teach/bank`);
      expect(await origin(`Imported from Moodle (${width}).`)).toBe("imported from GIFT");
      expect(await origin(`Imported from a JSON export (${width}).`)).toBe("imported from JSON");
      expect(await origin(`Written in the editor (${width}).`)).toBe("written by hand");
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/teacher-walk-bank-${width}.png`, fullPage: true });

      const response = await page.goto(`${server.baseUrl}/teach/bank?to=2026-13-45`);
      expect(response?.status()).toBe(200);
      await page.getByText("“2026-13-45” is not a date, so the filter leaves it out.").waitFor();
      expect(await page.getByText(`Imported from Moodle (${width}).`).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/teacher-walk-bank-bad-date-${width}.png`, fullPage: true });
      await context.close();
    });

    it(`says "Not quite: the answer is True." for a wrong true/false answer (${width} px)`, async () => {
      const viewport = { width, height: width === 360 ? 780 : 900 };
      const { context, userId } = await signedInContext(browser, server, { viewport, role: "teacher" });
      const quizId = await withDb(server.databaseUrl, async (db) => {
        const question = await db.question.create({ data: { type: "true_false", prompt: `The flood barrier held in 2025 (${width}).`, answer: "true", status: "approved", authorId: userId }, select: { id: true } });
        const quiz = await db.quiz.create({
          data: { title: `Flood barrier (${width})`, status: "published", ownerId: userId, settings: JSON.stringify({ review: "during" }), questions: { create: [{ questionId: question.id, position: 0 }] } },
          select: { id: true },
        });
        return quiz.id;
      });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
      await page.getByRole("button", { name: "Preview as a learner" }).click();
      await page.waitForURL(/\/attempts\//);
      await page.getByLabel("False").check();
      await page.getByRole("button", { name: "Check answer" }).click();
      const verdict = page.getByRole("status").filter({ hasText: "Not quite" });
      await verdict.waitFor();
      expect((await verdict.locator("p").first().innerText()).trim()).toBe("Not quite: the answer is True.");
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/teacher-walk-true-false-${width}.png`, fullPage: true });
      await context.close();
    });
  }
});
