// Issue 13, item 9: a generated true/false question's feedback says whether the statement held and,
// when it did not, what the article gives, not "The answer is South Korea." The teacher pastes an
// article, switches a draft to its true/false form, approves it and publishes a quiz; the result
// page of a preview shows the feedback. Screenshots at 1280 and 360 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { signedInContext, submitAnswers } from "./support/quiz-taking";
import { seriousViolations } from "./support/axe";
import { FLOOD_BARRIER_ARTICLE, FLOOD_BARRIER_TITLE } from "../support/flood-barrier-article";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();
const FEEDBACK = /(?:^|\n)(?:True\.|False: the article gives .+, not .+\.)(?:\n|$)/;

describe.skipIf(!chromiumPath)("true/false feedback in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    ({ server, browser } = app);
  });

  afterAll(() => closeApp(app));

  for (const viewport of [{ name: "1280", width: 1280, height: 900 }, { name: "360", width: 360, height: 740 }]) {
    it(`says whether the statement held, and what the article gives (${viewport.name} px)`, async () => {
      const { context } = await signedInContext(browser, server, { viewport, role: "teacher" });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/teach/articles/new`);
      await page.getByLabel("Title").fill(FLOOD_BARRIER_TITLE);
      await page.getByLabel("Publication date").fill("2025-11-04");
      await page.getByLabel("Article text").fill(FLOOD_BARRIER_ARTICLE);
      await page.getByRole("button", { name: "Make questions" }).click();
      await page.waitForURL(/\/teach\/articles\/(?!new)/);
      await page.getByRole("heading", { name: "Questions, best first" }).waitFor();

      // A draft with a true/false among its other forms becomes that true/false.
      const drafts = page.locator("ol > li");
      const withStatement = drafts.filter({ has: page.getByTestId("form-prompt").filter({ hasText: /^True or false\?/ }) }).first();
      await withStatement.getByText(/^Other forms/).click();
      const form = withStatement.locator("details li").filter({ has: page.getByTestId("form-prompt").filter({ hasText: /^True or false\?/ }) }).first();
      const statement = await form.getByTestId("form-prompt").innerText();
      await form.getByRole("button", { name: /^Use this form/ }).click();
      const chosen = drafts.filter({ has: page.getByTestId("question-prompt").filter({ hasText: statement }) }).first();
      await expect.poll(() => chosen.getByTestId("question-prompt").innerText()).toBe(statement);
      await chosen.getByRole("checkbox").first().check();
      await page.getByRole("button", { name: "Approve ticked" }).click();
      await page.getByRole("status").filter({ hasText: "Approved 1 question." }).waitFor();

      await page.goto(`${server.baseUrl}/teach/quizzes/new`);
      await page.getByLabel("Title").fill(`Flood barrier statement ${viewport.name}`);
      await tickEveryQuestion(page);
      await page.getByRole("button", { name: "Publish quiz" }).click();
      await page.waitForURL(/\/teach\/quizzes\/\w+$/);
      await page.getByRole("button", { name: "Preview as a learner" }).click();
      await page.waitForURL(/\/attempts\//);
      // Before submitting, no feedback is on the page.
      expect(await page.locator("main").innerText()).not.toMatch(FEEDBACK);

      await page.getByLabel("True", { exact: true }).check();
      await submitAnswers(page);
      await page.getByTestId("score").waitFor();
      // The result shows the explanation's verdict, then the quoted sentence on its own.
      const main = await page.locator("main").innerText();
      expect(main).toMatch(FEEDBACK);
      expect(main).not.toMatch(/The answer is /);
      await page.screenshot({ path: `${SHOTS}/true-false-feedback-${viewport.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
