// Part marks and names in the question editor, in Chromium: a teacher writes a choice worth half the
// marks ("%50%") and a name, sees plain errors for percentages that do not add up and a number for
// part marks without its percentage, finds both kept
// in the bank and when editing again, and a learner who picks the half-right choice is given half
// the marks by the server. Screenshots at desktop and phone widths; axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser } from "playwright-core";
import { mkdirSync } from "node:fs";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { SHOTS } from "./support/harness";
import { signedInContext, submitAnswers } from "./support/quiz-taking";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();


const CHOICES = "%50% Quell town hall\n*Quell customs house\nPort Vane";

describe.skipIf(!chromiumPath)("part marks and names in the question editor", () => {
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
    it(`are written, checked, kept and marked (${viewport.name} px)`, async () => {
      const { context } = await signedInContext(browser, server, { viewport, role: "teacher" });
      const page = await context.newPage();

      // Percentages of a select-all question that do not add up: a plain error, nothing lost.
      await page.goto(`${server.baseUrl}/teach/questions/new`);
      await page.getByLabel("Type").selectOption("multiple_response");
      await page.getByLabel("Question", { exact: true }).fill("Which trees grow on the Quell quay?");
      await page.getByLabel("Choices").fill("%50% Alder\n%30% Beech\n%-50% Cypress");
      await page.getByRole("button", { name: "Add to my bank" }).click();
      await page.getByText("The correct choices' percentages add up to 80%: make them add up to 100%.").waitFor();
      expect(await page.getByLabel("Choices").inputValue()).toBe("%50% Alder\n%30% Beech\n%-50% Cypress");
      await page.screenshot({ path: `${SHOTS}/question-credit-error-${viewport.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);

      // A number for part marks without its percentage: said plainly, under that field.
      await page.goto(`${server.baseUrl}/teach/questions/new`);
      await page.getByLabel("Type").selectOption("numeric");
      await page.getByLabel("Question", { exact: true }).fill("How many crates were landed at Quell?");
      await page.getByLabel("Correct number").fill("80");
      await page.getByLabel("Numbers worth part of the marks").fill("%50% 80 ± 5\n90");
      await page.getByRole("button", { name: "Add to my bank" }).click();
      await page.getByText('Start each line with the part of the marks it earns, like %50% 80 ± 5 ("90").').waitFor();
      await page.screenshot({ path: `${SHOTS}/question-credit-numeric-error-${viewport.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`${server.baseUrl}/teach/questions/new`);
      await page.getByLabel("Question", { exact: true }).fill("Where did the Quell harbour board meet?");
      await page.getByLabel("Name", { exact: true }).fill("Quell board meeting");
      await page.getByLabel("Choices").fill(CHOICES);
      await page.screenshot({ path: `${SHOTS}/question-credit-editor-${viewport.name}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Add to my bank" }).click();
      await page.waitForURL(/\/teach\/bank/);
      await page.getByTestId("question-name").filter({ hasText: "Quell board meeting" }).waitFor();
      expect(await page.locator("li", { hasText: "Quell town hall" }).last().innerText()).toContain("(50%)");
      await page.screenshot({ path: `${SHOTS}/question-credit-bank-${viewport.name}.png`, fullPage: true });

      // Editing again shows what was written.
      await page.getByRole("link", { name: "Edit" }).first().click();
      await page.waitForURL(/\/teach\/questions\/[^/]+$/);
      expect(await page.getByLabel("Choices").inputValue()).toBe(CHOICES);
      expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Quell board meeting");

      // A learner's half-right choice earns half the marks, as the server counts them.
      await page.goto(`${server.baseUrl}/teach/quizzes/new`);
      await page.getByLabel("Title").fill(`Quell harbour ${viewport.name}`);
      await tickEveryQuestion(page);
      await page.getByRole("button", { name: "Publish quiz" }).click();
      await page.waitForURL(/\/teach\/quizzes\/\w+$/);
      await page.getByRole("button", { name: "Preview as a learner" }).click();
      await page.waitForURL(/\/attempts\//);
      const taking = await page.content();
      expect(taking).not.toContain("Quell board meeting");
      expect(taking).not.toMatch(/choiceWeights|50%/);
      await page.getByLabel("Quell town hall").check();
      await submitAnswers(page);
      await page.getByTestId("score").waitFor();
      expect(await page.getByTestId("score").innerText()).toMatch(/^0\.50 \/ 1\s*50%$/);
      await context.close();
    });
  }
});
