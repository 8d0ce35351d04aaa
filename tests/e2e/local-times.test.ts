// Times in the reader's own zone (issue 13, item 6): a learner whose browser is in New York sees
// an attempt submitted at 03:10 UTC on 2 December as 22:10 EST on 1 December, on the history and
// the result page, server-rendered (no hydration error), at desktop and phone widths.
// Screenshots: test-results/screenshots/local-times-{history,result}-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { SHOTS } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

const chromiumPath = findChromium();
const SUBMITTED = new Date("2026-12-02T03:10:00Z");

/** One submitted attempt of the learner's at SUBMITTED; returns its id. */
async function seedAttempt(databaseUrl: string, email: string): Promise<string> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const me = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const teacher = await db.user.create({ data: { id: randomUUID(), name: "Tim Zone", email: `tim.zone.${Date.now()}@example.test` } });
    const question = await db.question.create({ data: { type: "true_false", prompt: "The ferry runs at night.", answer: "true", status: "approved", authorId: teacher.id }, select: { id: true } });
    const quiz = await db.quiz.create({
      data: { title: "Night ferries", status: "published", ownerId: teacher.id, settings: JSON.stringify({}), questions: { create: [{ questionId: question.id, position: 0 }] } },
      select: { id: true },
    });
    const attempt = await db.attempt.create({
      data: {
        quizId: quiz.id,
        userId: me.id,
        status: "submitted",
        startedAt: new Date(SUBMITTED.getTime() - 4 * 60_000),
        submittedAt: SUBMITTED,
        score: 1,
        maxScore: 1,
        layout: JSON.stringify([{ questionId: question.id, points: 1 }]),
        responses: { create: [{ questionId: question.id, response: JSON.stringify(true), fraction: 1, points: 1 }] },
      },
      select: { id: true },
    });
    return attempt.id;
  } finally {
    await db.$disconnect();
  }
}

describe.skipIf(!chromiumPath)("dates and times in the reader's zone, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let attemptId = "";
  let email = "";
  let quizId = "";
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "America/New_York" });
    page = await context.newPage();
    // React's hydration mismatch is error #418 in a production build; any page error counts.
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /418|hydrat/i.test(message.text())) problems.push(message.text());
    });
    email = await signUp(page, server.baseUrl, "Nina Newyorker");
    attemptId = await seedAttempt(server.databaseUrl, email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists the attempt on the history page at New York's day and time", async () => {
    await page.goto(`${server.baseUrl}/history`);
    const row = page.locator("tr").filter({ hasText: "Night ferries" });
    // Written as every other page writes a time: "1 Dec 2026, 22:10 EST" (the comma was missing).
    await expect.poll(() => row.locator("time").innerText()).toBe("1 Dec 2026, 22:10 EST");
    expect(await row.locator("time").getAttribute("datetime")).toBe(SUBMITTED.toISOString());
    await page.screenshot({ path: `${SHOTS}/local-times-history-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    expect((await row.locator("time").innerText()).replace(/\s+/g, " ")).toBe("1 Dec 2026, 22:10 EST");
    await page.screenshot({ path: `${SHOTS}/local-times-history-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("says when the attempt was submitted, in New York time, on the result page", async () => {
    await page.goto(`${server.baseUrl}/attempts/${attemptId}`);
    await page.getByText("Submitted 1 Dec 2026, 22:10 EST").waitFor();
    expect(await page.locator("body").innerText()).not.toMatch(/GMT|UTC/);
    await page.screenshot({ path: `${SHOTS}/local-times-result-1280.png`, fullPage: false });
  });

  it("renders the local time on the server, so a fresh load has no hydration error", async () => {
    const html = await (await page.request.get(`${server.baseUrl}/attempts/${attemptId}`)).text();
    expect(html).toContain("22:10 EST");
    await page.reload();
    await page.getByText("Submitted 1 Dec 2026, 22:10 EST").waitFor();
    expect(problems).toEqual([]);
  });

  it("falls back to UTC, labelled, for a zone it does not know, and corrects it without an error", async () => {
    await context.addCookies([{ name: "tz", value: "Not/AZone", url: server.baseUrl }]);
    const html = await (await page.request.get(`${server.baseUrl}/attempts/${attemptId}`)).text();
    expect(html).toContain("2 Dec 2026, 03:10 UTC");
    await page.goto(`${server.baseUrl}/history`);
    await expect.poll(() => page.locator("tr").filter({ hasText: "Night ferries" }).locator("time").innerText()).toBe("1 Dec 2026, 22:10 EST");
    expect(problems).toEqual([]);
  });

  it("says when a quiz closes, in New York time, on its teacher's page", async () => {
    await grantRole(server.databaseUrl, email, "teacher");
    const db = createDb(resolveDatabase(server.databaseUrl));
    try {
      const me = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const quiz = await db.quiz.create({
        data: { title: "Ferries until January", status: "published", ownerId: me.id, settings: JSON.stringify({}), closeAt: new Date("2027-01-15T03:10:00Z") },
        select: { id: true },
      });
      quizId = quiz.id;
    } finally {
      await db.$disconnect();
    }
    await page.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    const closes = page.locator("dd time");
    await expect.poll(() => closes.innerText()).toBe("14 Jan 2027, 22:10 EST");
    expect(await closes.getAttribute("datetime")).toBe("2027-01-15T03:10:00.000Z");
    expect(problems).toEqual([]);
  });

  it("fits a phone and has no serious accessibility problems", async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const [name, path] of [["history", "/history"], ["result", `/attempts/${attemptId}`], ["quiz", `/teach/quizzes/${quizId}`]] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByText(/22:10 EST/).first().waitFor();
      const results = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/local-times-${name}-360.png`, fullPage: true });
    }
    expect(problems).toEqual([]);
  });
});
