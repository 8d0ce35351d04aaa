// One question per screen: a progress bar, answers kept when moving back and forth, and a
// score that counts the answers given on earlier screens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { submitAnswers } from "./support/quiz-taking";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("one question per screen in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;

  beforeAll(async () => {
    // A phone: this is how most learners will meet it.
    app = await openApp(chromiumPath!, { width: 360, height: 740 });
    ({ server, page } = app);
    const email = await signUp(page, server.baseUrl, "Paz Teacher");
    await grantRole(server.databaseUrl, email, "teacher");
  });

  afterAll(() => closeApp(app));

  it("steps through the questions and scores them all", async () => {
    for (const [prompt, choices] of [
      ["Which city hosts Fiji's parliament?", "*Suva\nNadi\nLautoka"],
      ["Which country is Port Vila the capital of?", "*Vanuatu\nSamoa\nTonga"],
    ]) {
      await page.goto(`${server.baseUrl}/teach/questions/new`);
      await page.getByLabel("Question", { exact: true }).fill(prompt!);
      await page.getByLabel("Choices").fill(choices!);
      await page.getByRole("button", { name: "Add to my bank" }).click();
      await page.waitForURL(/\/teach\/bank/);
    }
    await page.goto(`${server.baseUrl}/teach/quizzes/new`);
    await page.getByLabel("Title").fill("Pacific, one at a time");
    await tickEveryQuestion(page);
    await page.getByLabel("Show questions").selectOption("one");
    await page.getByRole("button", { name: "Publish quiz" }).click();
    await page.waitForURL(/\/teach\/quizzes\/\w+$/);
    await page.getByRole("button", { name: "Preview as a learner" }).click();
    await page.waitForURL(/\/attempts\//);

    await page.getByText("Question 1 of 2").waitFor();
    expect(await page.locator("ol > li").count()).toBe(1);
    const first = await page.locator("ol > li p").first().innerText();
    const right = (prompt: string) => (prompt.includes("Fiji") ? "Suva" : "Vanuatu");
    await page.getByLabel(right(first)).check();
    await page.screenshot({ path: `${SHOTS}/one-per-screen.png`, fullPage: true });
    await page.getByRole("button", { name: "Next →" }).click();
    await page.getByText("Question 2 of 2").waitFor();
    await page.getByText("1 answered").waitFor();
    await page.getByRole("button", { name: "← Previous" }).click();
    await page.getByText("Question 1 of 2").waitFor();
    expect(await page.getByLabel(right(first)).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Next →" }).click();
    await page.getByText("Question 2 of 2").waitFor();
    const second = await page.locator("ol > li p").first().innerText();
    await page.getByLabel(right(second)).check();
    await submitAnswers(page);
    await page.getByTestId("score").waitFor();
    expect(await page.getByTestId("score").innerText()).toMatch(/^2 \/ 2/);
  });
});
