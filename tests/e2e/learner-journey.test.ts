// A new learner in a real browser against the production build: sign up, take the demo quiz,
// see the marked result, find the attempt in the history. Screenshots go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { submitAnswers } from "./support/quiz-taking";

/** What must not reach the browser before submission: source sentences and typed-in answers. */
async function secretsOfPublishedQuestions(databaseUrl: string): Promise<string[]> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const rows = await db.question.findMany({ where: { status: "approved" }, select: { type: true, answer: true, choices: true, sourceSentence: true, explanation: true } });
    const secrets = rows.flatMap((r) => [r.sourceSentence ?? "", r.explanation]);
    // A typed question's key may rightly be shown as another question's choice (a country asked
    // in one question and offered in another): that is no leak, and no substring test can tell.
    const shown = new Set(rows.flatMap((r) => (r.choices ? (JSON.parse(r.choices) as string[]) : [])));
    for (const r of rows) if (!["multiple_choice", "multiple_response", "ordering", "matching", "true_false"].includes(r.type)) secrets.push(String(JSON.parse(r.answer)));
    return secrets.filter((s) => s.length >= 4 && !shown.has(s));
  } finally {
    await db.$disconnect();
  }
}

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("learner journey in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1100, height: 900 });
    ({ server, browser, page } = app);
  });

  afterAll(() => closeApp(app));

  it("shows the demo quiz on the home page", async () => {
    await page.goto(server.baseUrl);
    await expect(page.getByRole("heading", { name: "Available quizzes" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("Demo", { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
  });

  it("signs up a new learner", async () => {
    await page.getByRole("link", { name: "Sign up" }).click();
    await page.waitForURL(/\/sign-up/);
    // A bad form first: errors are shown per field and nothing is lost.
    await page.getByLabel("Name").fill("Dana Learner");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Enter a valid email address.").waitFor();
    await page.screenshot({ path: `${SHOTS}/sign-up-errors.png`, fullPage: true });
    expect(await page.getByLabel("Name").inputValue()).toBe("Dana Learner");

    await page.getByLabel("Email").fill(`dana-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.includes("session_token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });

  it("takes the demo quiz without the answers in the page, and sees the score", async () => {
    await page.goto(server.baseUrl);
    await page.getByRole("link", { name: /Open quiz: Demo/ }).first().click();
    await page.getByRole("button", { name: "Start the quiz" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/quiz.png`, fullPage: true });
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await page.waitForURL(/\/attempts\//);
    await page.getByRole("button", { name: "Submit answers" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/take-quiz.png`, fullPage: true });

    // The HTML includes the React Server Components payload, so this covers both.
    const html = await page.content();
    const secrets = await secretsOfPublishedQuestions(server.databaseUrl);
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/sourceSentence|acceptedAnswers|"answer"/);

    // An answer is saved as it is given: a reload brings it back.
    const firstChoice = page.locator("ol > li").first().locator('input[type="radio"]').nth(1);
    const chosen = await firstChoice.getAttribute("value");
    await firstChoice.check();
    await expect.poll(() => page.getByTestId("autosave-status").innerText()).toBe("All answers saved");
    await page.reload();
    expect(await page.locator(`ol > li`).first().locator(`input[type="radio"][value="${chosen}"]`).isChecked()).toBe(true);

    // Answer every question with its first option or a plain guess.
    for (const group of await page.locator("ol > li").all()) {
      const radio = group.locator('input[type="radio"]').first();
      const text = group.locator('input[type="text"], input[inputmode="decimal"]').first();
      if (await radio.count()) await radio.check();
      else if (await text.count()) await text.fill("42");
    }
    await submitAnswers(page);
    await page.getByText("Your result").waitFor();
    const score = await page.getByTestId("score").innerText();
    expect(score).toMatch(/^\d+(\.\d+)? \/ \d+/);
    await expect(page.getByText("Correct answer").first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/result.png`, fullPage: true });
  });

  it("finds the attempt in the score history", async () => {
    await page.getByRole("link", { name: "My history" }).first().click();
    await page.waitForURL(/\/history/);
    const rows = page.getByTestId("history-score");
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/\d+ \/ \d+/);
    await page.screenshot({ path: `${SHOTS}/history.png`, fullPage: true });
  });

  it("charts the history and fits a 360 px phone", async () => {
    const chart = page.getByRole("img", { name: /^Score line chart of 1 attempt on / });
    expect(await chart.count()).toBe(1);
    expect(await page.getByTestId("history-time").first().innerText()).toMatch(/^\d+(m \d{2})?s$/);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    await page.screenshot({ path: `${SHOTS}/history-mobile.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it("sends a signed-out visitor to sign in from the history page", async () => {
    const guest = await browser.newPage();
    await guest.goto(`${server.baseUrl}/history`);
    await guest.waitForURL(/\/sign-in\?next=%2Fhistory/);
    await guest.screenshot({ path: `${SHOTS}/sign-in.png`, fullPage: true });
    await guest.close();
  });
});
