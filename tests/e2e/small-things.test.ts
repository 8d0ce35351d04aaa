// Issue 13, item 9, the parts no browser test held: the site has an icon (no favicon 404 on every
// page); History does not say "40% · 0 of 1 right" after part marks; the quiz builder does not
// call imported questions "written by hand". At 1280 and 360 px, with axe on the changed pages.
// Screenshots: test-results/screenshots/small-things-*-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { withDb } from "./support/db";
import { SHOTS } from "./support/harness";
import { seriousViolations } from "./support/axe";
import { signedInContext } from "./support/quiz-taking";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("issue 13's smaller things, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;

  async function look(page: Page, name: string): Promise<void> {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/small-things-${name}-${width}.png`, fullPage: true });
    }
  }

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("has an icon, so no page asks for a favicon that is not there", async () => {
    const page = await browser.newPage();
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto(server.baseUrl);
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await page.request.get(new URL(href!, server.baseUrl).toString());
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\//);
    await page.waitForLoadState("networkidle");
    expect(missing).toEqual([]);
    await page.close();
  });

  it("says '0 of 1 fully right' beside 40% after part marks, not '0 of 1 right'", async () => {
    const { context, userId } = await signedInContext(browser, server, { viewport: { width: 1280, height: 900 } });
    await withDb(server.databaseUrl, async (db) => {
      const teacher = await db.user.create({ data: { id: randomUUID(), name: "Pat Parts", email: `pat-${randomUUID()}@example.test`, role: "teacher" } });
      const tag = await db.tag.create({ data: { name: `harbours-${randomUUID().slice(0, 8)}` } });
      const question = await db.question.create({
        data: { type: "multiple_response", prompt: "Which towns have a ferry pier?", choices: JSON.stringify(["Varna", "Burgas", "Sofia"]), answer: JSON.stringify(["Varna", "Burgas"]), status: "approved", authorId: teacher.id, tags: { create: [{ tagId: tag.id }] } },
        select: { id: true },
      });
      const quiz = await db.quiz.create({
        data: { title: "Piers", status: "published", ownerId: teacher.id, settings: JSON.stringify({}), questions: { create: [{ questionId: question.id, position: 0 }] } },
        select: { id: true },
      });
      const submittedAt = new Date(Date.now() - 3600_000);
      await db.attempt.create({
        data: {
          quizId: quiz.id, userId, status: "submitted", startedAt: new Date(submittedAt.getTime() - 120_000), submittedAt, score: 0.4, maxScore: 1,
          layout: JSON.stringify([{ questionId: question.id, points: 1 }]),
          responses: { create: [{ questionId: question.id, response: JSON.stringify(["Varna"]), fraction: 0.4, points: 0.4 }] },
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/history`);
    const row = page.getByTestId("accuracy-tags").locator("li").first();
    await expect.poll(() => row.innerText()).toMatch(/40%\s*0 of 1 fully right/);
    await look(page, "history-part-marks");
    await context.close();
  });

  it("groups questions that came from no article as 'not from an article', not 'written by hand'", async () => {
    const { context, userId } = await signedInContext(browser, server, { viewport: { width: 1280, height: 900 }, role: "teacher" });
    await withDb(server.databaseUrl, (db) => db.question.create({ data: { type: "true_false", prompt: "Imported: the pier opened in 1907.", answer: "true", status: "approved", authorId: userId } }));
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/teach/quizzes/new`);
    await page.getByText("Imported: the pier opened in 1907.").waitFor();
    expect(await page.getByText("Written by hand").count()).toBe(0);
    await page.getByText("Not from an article (written or imported)").waitFor();
    await look(page, "quiz-builder");
    await context.close();
  });
});
