// A quiz that gives feedback after each answer: the teacher sets it up and previews it, checks
// one answer, sees the feedback, and cannot change that answer afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { submitAnswers } from "./support/quiz-taking";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("feedback after each answer in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 900, height: 1000 });
    ({ server, page } = app);
    const email = await signUp(page, server.baseUrl, "Fay Teacher");
    await grantRole(server.databaseUrl, email, "teacher");
  });

  afterAll(() => closeApp(app));

  it("checks an answer, shows the right one, and locks it", async () => {
    await page.goto(`${server.baseUrl}/teach/questions/new`);
    await page.getByLabel("Question", { exact: true }).fill("Which city hosts Fiji's parliament?");
    await page.getByLabel("Choices").fill("*Suva\nNadi\nLautoka");
    await page.getByRole("button", { name: "Add to my bank" }).click();
    await page.waitForURL(/\/teach\/bank/);
    await page.goto(`${server.baseUrl}/teach/quizzes/new`);
    await page.getByLabel("Title").fill("Fiji, checked as you go");
    await tickEveryQuestion(page);
    await page.getByLabel("Show answers and explanations").selectOption("during");
    await page.getByRole("button", { name: "Publish quiz" }).click();
    await page.waitForURL(/\/teach\/quizzes\/\w+$/);
    await page.getByRole("button", { name: "Preview as a learner" }).click();
    await page.waitForURL(/\/attempts\//);

    // Nothing chosen yet: "Check answer" is unavailable, and says why.
    const check = page.getByRole("button", { name: "Check answer" });
    await page.getByTestId("check-hint").waitFor();
    expect(await check.isDisabled()).toBe(true);
    expect(await check.getAttribute("aria-describedby")).toBe(await page.getByTestId("check-hint").getAttribute("id"));
    await page.screenshot({ path: `${SHOTS}/feedback-during-blank.png`, fullPage: true });
    await page.getByLabel("Nadi").check();
    expect(await check.isEnabled()).toBe(true);
    expect(await page.getByTestId("check-hint").count()).toBe(0);
    await check.click();
    await page.getByText("Not quite: the answer is Suva.").waitFor();
    expect(await page.getByLabel("Nadi").isChecked()).toBe(true);
    expect(await page.getByLabel("Suva").isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Check answer" }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/feedback-during.png`, fullPage: true });

    await submitAnswers(page);
    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("score").innerText()).toMatch(/^0 \/ 1/);
  });
});
