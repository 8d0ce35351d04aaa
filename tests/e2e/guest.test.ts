// A visitor tries the demo quiz without an account, then signs up and finds the attempt in
// their history. Screenshot: test-results/screenshots/guest-result.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { submitAnswers } from "./support/quiz-taking";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("guest in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 390, height: 844 });
    ({ server, page } = app);
  });

  afterAll(() => closeApp(app));

  it("tries the demo quiz without an account and keeps the score after signing up", async () => {
    await page.goto(server.baseUrl);
    await page.getByRole("link", { name: /Open quiz: Demo/ }).click();
    await page.getByRole("button", { name: "Try it now, no account needed" }).click();
    await page.waitForURL(/\/attempts\//);
    for (const group of await page.locator("ol > li").all()) {
      const radio = group.locator('input[type="radio"]').first();
      if (await radio.count()) await radio.check();
    }
    await submitAnswers(page);
    await page.getByTestId("score").waitFor();
    const score = await page.getByTestId("score").innerText();
    await page.screenshot({ path: `${SHOTS}/guest-result.png`, fullPage: true });

    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Name").fill("Gina Guest");
    await page.getByLabel("Email").fill(`gina-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/history");
    const rows = page.getByTestId("history-score");
    expect(await rows.count()).toBe(1);
    expect(score.startsWith((await rows.first().innerText()).split(" ")[0]!)).toBe(true);
  });
});
