// axe-core over every learner page, and every teacher and admin page that needs no id, with no
// serious or critical violations, on desktop and phone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser, BrowserContext } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { grantRole, signUp } from "./support/accounts";
import { submitAnswers } from "./support/quiz-taking";

const chromiumPath = findChromium();


describe.skipIf(!chromiumPath)("accessibility of learner, teacher and admin pages", () => {
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

  for (const viewport of [{ name: "desktop", width: 1200, height: 900 }, { name: "phone", width: 360, height: 740 }]) {
    it(`has no serious violations on ${viewport.name}`, async () => {
      const context: BrowserContext = await browser.newContext({ viewport });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      const check = async (label: string) => {
        // After a client-side navigation Next.js sets the new title a moment after the URL and the
        // content change; check the settled page (a page with no title at all still times out here).
        await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 10_000 });
        const v = await seriousViolations(page);
        if (v.length) found[label] = v;
      };
      try {
        await page.goto(server.baseUrl);
        await check("home");
        await page.goto(`${server.baseUrl}/sign-in`);
        await check("sign-in");
        await signUp(page, server.baseUrl, `Axe ${viewport.name}`);
        await page.goto(server.baseUrl);
        await page.getByRole("link", { name: /Open quiz: Demo/ }).click();
        await check("quiz");
        await page.getByRole("button", { name: "Start the quiz" }).click();
        await page.waitForURL(/\/attempts\//);
        await check("attempt");
        await submitAnswers(page);
        await page.getByTestId("score").waitFor();
        await check("result");
        for (const path of ["/history", "/classes", "/practice"]) {
          const response = await page.goto(`${server.baseUrl}${path}`);
          if (response?.ok()) await check(path);
        }
      } finally {
        await context.close();
      }
      expect(found).toEqual({});
    });

    it(`has no serious violations on the teacher's and admin's pages, ${viewport.name}`, async () => {
      const context: BrowserContext = await browser.newContext({ viewport });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      try {
        const email = await signUp(page, server.baseUrl, `Axe staff ${viewport.name}`);
        await grantRole(server.databaseUrl, email, "admin");
        const paths = ["/teach", "/teach/articles/new", "/teach/questions/new", "/teach/bank", "/teach/quizzes/new", "/teach/classes", "/teach/imports", "/admin/people"];
        for (const path of paths) {
          const response = await page.goto(`${server.baseUrl}${path}`);
          // Every one of these is a page an admin can open: a refusal would hide it from axe.
          expect(response?.ok(), path).toBe(true);
          await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 10_000 });
          const v = await seriousViolations(page);
          if (v.length) found[path] = v;
        }
      } finally {
        await context.close();
      }
      expect(found).toEqual({});
    });
  }
});
