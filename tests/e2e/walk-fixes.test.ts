// What an outside tester found walking the production build: a quiz open to "everyone, guests
// included" refused guests; an 8 MB .gift file in the bank's import form gave the framework's
// error page instead of a message beside the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();
const EIGHT_MB = Buffer.alloc(8 * 1024 * 1024, "Capital of Samoa? {=Apia ~Suva}\n\n");

describe.skipIf(!chromiumPath)("the tester's walk, in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    ({ server, page } = app);
    const email = await signUp(page, server.baseUrl, "Gus Teacher");
    await grantRole(server.databaseUrl, email, "teacher");
  });

  afterAll(() => closeApp(app));

  it("lets a visitor take a quiz open to everyone, guests included, as a guest", async () => {
    await page.goto(`${server.baseUrl}/teach/questions/new`);
    await page.getByLabel("Question", { exact: true }).fill("Which island is Apia on?");
    await page.getByLabel("Choices").fill("*Upolu\nSavai'i\nTutuila");
    await page.getByRole("button", { name: "Add to my bank" }).click();
    await page.waitForURL(/\/teach\/bank/);
    await page.goto(`${server.baseUrl}/teach/quizzes/new`);
    await page.getByLabel("Title").fill("Samoa, open to all");
    await tickEveryQuestion(page);
    await page.getByRole("button", { name: "Publish quiz" }).click();
    await page.waitForURL(/\/teach\/quizzes\/\w+$/);
    await page.getByText("Everyone, guests included").first().waitFor();
    const quizId = page.url().split("/").pop()!;

    for (const width of [1280, 360]) {
      const visitor = await app!.browser.newPage({ viewport: { width, height: 800 } });
      await visitor.goto(`${server.baseUrl}/quiz/${quizId}`);
      await visitor.screenshot({ path: `${SHOTS}/walk-guest-quiz-${width}.png`, fullPage: true });
      await visitor.getByRole("button", { name: "Try it now, no account needed" }).click();
      await visitor.waitForURL(/\/attempts\//);
      await visitor.getByLabel("Upolu").check();
      await visitor.screenshot({ path: `${SHOTS}/walk-guest-attempt-${width}.png`, fullPage: true });
      await visitor.close();
    }
  });

  it("says an import file is too large beside the field, and keeps the page when the server refuses it", async () => {
    await page.goto(`${server.baseUrl}/teach/bank`);
    const field = page.getByLabel("GIFT (Moodle) or Newsquiz JSON file");
    await field.setInputFiles({ name: "huge.gift", mimeType: "text/plain", buffer: EIGHT_MB });
    await page.getByText("The file is 8 MB; the limit is 2 MB.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    let posted = false;
    page.on("request", (r) => {
      if (r.method() === "POST") posted = true;
    });
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText("The file is 8 MB; the limit is 2 MB.").waitFor();
    expect(posted).toBe(false);
    await page.screenshot({ path: `${SHOTS}/walk-import-too-large-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${SHOTS}/walk-import-too-large-360.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // A browser that skips the check: the server's 413 is a message too, not an error page.
    await page.goto(`${server.baseUrl}/teach/bank`);
    await field.setInputFiles({ name: "huge.gift", mimeType: "text/plain", buffer: EIGHT_MB });
    await field.evaluate((input: HTMLInputElement) => input.setCustomValidity(""));
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText(/The server refused the upload as too large; the limit is 2 MB/).waitFor();
    expect(await page.getByText("This page couldn't load").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/walk-import-refused-1280.png`, fullPage: true });
  });
});
