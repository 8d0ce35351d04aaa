// Per-answer feedback in Chromium: the teacher writes it in the question editor, and a learner who
// picks that answer reads it on the result page (and nowhere before submitting). Screenshots of
// both at desktop and phone widths; axe finds nothing serious on either.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { SHOTS } from "./support/harness";
import { signedInContext, submitAnswers } from "./support/quiz-taking";
import { mkdirSync } from "node:fs";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();


const FEEDBACK = "Suva hosts it; Nadi has the international airport.";

describe.skipIf(!chromiumPath)("per-answer feedback in Chromium", () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of [{ name: "1280", width: 1280, height: 900 }, { name: "360", width: 360, height: 740 }]) {
    it(`is written in the editor and shown with the result (${viewport.name} px)`, async () => {
      const { context } = await signedInContext(browser, server, { viewport, role: "teacher" });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/teach/questions/new`);
      await page.getByLabel("Question", { exact: true }).fill("Which city hosts Fiji's parliament?");
      await page.getByLabel("Choices").fill("*Suva\nNadi\nLautoka");
      await page.getByLabel("Feedback for answers").fill(`Nadi | ${FEEDBACK}\nSuva | Yes: the capital.`);
      await page.screenshot({ path: `${SHOTS}/answer-feedback-editor-${viewport.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Add to my bank" }).click();
      await page.waitForURL(/\/teach\/bank/);

      await page.goto(`${server.baseUrl}/teach/quizzes/new`);
      await page.getByLabel("Title").fill(`Fiji with feedback ${viewport.name}`);
      await tickEveryQuestion(page);
      await page.getByRole("button", { name: "Publish quiz" }).click();
      await page.waitForURL(/\/teach\/quizzes\/\w+$/);
      await page.getByRole("button", { name: "Preview as a learner" }).click();
      await page.waitForURL(/\/attempts\//);
      // Before submitting, the page holds no feedback at all.
      expect(await page.content()).not.toContain("international airport");

      await page.getByLabel("Nadi").check();
      await submitAnswers(page);
      await page.getByTestId("score").waitFor();
      expect(await page.getByTestId("answer-feedback").innerText()).toContain(FEEDBACK);
      expect(await page.content()).not.toContain("Yes: the capital.");
      await page.screenshot({ path: `${SHOTS}/answer-feedback-result-${viewport.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it("is shown with a checked answer when the quiz gives feedback during the attempt (360 px)", async () => {
    const { context } = await signedInContext(browser, server, { viewport: { width: 360, height: 740 }, role: "teacher" });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/teach/questions/new`);
    await page.getByLabel("Type").selectOption("numeric");
    await page.getByLabel("Question", { exact: true }).fill("How many islands make up Fiji, roughly?");
    await page.getByLabel("Correct number").fill("330");
    await page.getByLabel("Tolerance (±)").fill("10");
    await page.getByLabel("Feedback for answers").fill("100 ± 20 | That counts only the inhabited ones.\n* | Count the small ones too.");
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
    expect(await page.content()).not.toContain("inhabited");
    await page.getByRole("textbox").first().fill("106");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByText("That counts only the inhabited ones.").waitFor();
    expect(await page.content()).not.toContain("Count the small ones too.");
    await page.screenshot({ path: `${SHOTS}/answer-feedback-during-360.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
