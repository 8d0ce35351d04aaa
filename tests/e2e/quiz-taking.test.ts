// Taking a quiz as a learner, at 1280 px and on a 360 px phone (issue 13): Enter in an answer
// field saves and never submits; submitting asks first, with a question navigator and flags; the
// result opens at the score; the countdown says when time is up, draws its icon and hydrates
// cleanly; focus follows the next question; typing is sent when the page goes away; previews say
// so. Screenshots: test-results/screenshots/quiz-taking-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { SHOTS } from "./support/harness";
import { demoQuiz, quizFromDemo, signedInContext, submitAnswers, type DemoQuiz } from "./support/quiz-taking";
import { mkdirSync } from "node:fs";

const chromiumPath = findChromium();
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
];


describe.skipIf(!chromiumPath)("taking a quiz in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let demo: DemoQuiz;
  /** 1-based number of the demo's first question answered by typing. */
  let typed: number;
  const quizzes: Record<"onePerScreen" | "timesOut" | "timed", string> = { onePerScreen: "", timesOut: "", timed: "" };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
    demo = await demoQuiz(server.databaseUrl);
    typed = demo.questions.findIndex((q) => q.type === "short_answer" || q.type === "cloze") + 1;
    expect(typed).toBeGreaterThan(1);
    expect(typed).toBeLessThan(demo.questions.length);
    quizzes.onePerScreen = await quizFromDemo(server.databaseUrl, "One at a time", { pageLayout: "one" });
    quizzes.timesOut = await quizFromDemo(server.databaseUrl, "Six seconds", { timeLimitSeconds: 6 });
    quizzes.timed = await quizFromDemo(server.databaseUrl, "Ten minutes", { timeLimitSeconds: 600 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px`, () => {
      let context: BrowserContext;
      let page: Page;

      const start = async (quizId: string) => {
        ({ context } = await signedInContext(browser, server, { viewport }));
        page = await context.newPage();
        await page.goto(`${server.baseUrl}/quiz/${quizId}`);
        await page.getByRole("button", { name: "Start the quiz" }).click();
        await page.waitForURL(/\/attempts\/[^/?]+(\?.*)?$/);
        await page.getByRole("button", { name: "Submit answers" }).waitFor();
        return page.url().split("?")[0]!;
      };
      const typedField = (p: Page) => p.locator("ol > li").filter({ has: p.locator('input[type="text"]') }).first().locator('input[type="text"]');
      const shot = (name: string) => page.screenshot({ path: `${SHOTS}/quiz-taking-${name}-${viewport.name}.png`, fullPage: true });

      afterAll(async () => {
        await context?.close();
      });

      it("Enter in a typed answer saves it and does not submit the quiz", async () => {
        const url = await start(demo.id);
        await typedField(page).fill("Lee");
        await typedField(page).press("Enter");
        await expect.poll(() => page.getByTestId("autosave-status").innerText()).toBe("All answers saved");
        expect(page.url()).toBe(url);
        expect(await page.getByTestId("score").count()).toBe(0);
        await page.reload();
        expect(await typedField(page).inputValue()).toBe("Lee");
        await context.close();
      });

      it("Enter on a one-per-screen question saves it and moves on, not back", async () => {
        const url = await start(quizzes.onePerScreen);
        await page.goto(`${url}?q=${typed}`);
        await page.getByText(`Question ${typed} of ${demo.questions.length}`).waitFor();
        await page.locator('ol input[type="text"]').fill("Lee");
        await page.locator('ol input[type="text"]').press("Enter");
        await page.getByText(`Question ${typed + 1} of ${demo.questions.length}`).waitFor();
        // After Next, focus is on the new question, not on the page body.
        expect(await page.evaluate(() => document.activeElement?.closest("[data-question-id]") !== null)).toBe(true);
        await page.getByRole("button", { name: "← Previous" }).click();
        await page.getByText(`Question ${typed} of ${demo.questions.length}`).waitFor();
        expect(await page.locator('ol input[type="text"]').inputValue()).toBe("Lee");
        await context.close();
      });

      it("puts focus on the next question after Next", async () => {
        await start(quizzes.onePerScreen);
        await page.getByRole("button", { name: "Next →" }).click();
        await page.getByText(`Question 2 of ${demo.questions.length}`).waitFor();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^prompt-/);
        const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
        expect(focused.startsWith("2.")).toBe(true);
        await context.close();
      });

      it("asks before submitting, with the unanswered and flagged questions, and shows them in the navigator", async () => {
        await start(demo.id);
        const first = page.locator("ol > li").first();
        await first.locator('input[type="radio"]').first().check();
        await page.locator("ol > li").nth(1).getByRole("button", { name: "Flag for later" }).click();
        const nav = page.getByRole("navigation", { name: "Question navigation" });
        await nav.getByRole("link", { name: "Question 1, answered" }).waitFor();
        await nav.getByRole("link", { name: "Question 2, not answered, flagged" }).waitFor();
        expect(await page.locator("ol > li").nth(1).getByRole("button", { name: "Flag for later" }).getAttribute("aria-pressed")).toBe("true");

        await page.getByRole("button", { name: "Submit answers" }).click();
        const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
        await dialog.waitFor();
        const total = demo.questions.length;
        const summary = await dialog.getByTestId("submit-summary").innerText();
        expect(summary).toContain(`1 of ${total} questions answered; ${total - 1} not answered`);
        expect(summary).toContain("1 flagged for later (question 2)");
        await page.screenshot({ path: `${SHOTS}/quiz-taking-confirm-${viewport.name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
        await dialog.getByRole("button", { name: "Keep answering" }).click();
        await dialog.waitFor({ state: "hidden" });
        expect(await page.getByTestId("score").count()).toBe(0);
        await shot("navigator");
        expect(await seriousViolations(page)).toEqual([]);

        await submitAnswers(page);
        await page.getByTestId("score").waitFor();
      });

      it("goes to any question from the navigator, one per screen, keeping the answer given", async () => {
        await start(quizzes.onePerScreen);
        await page.locator('ol input[type="radio"]').first().check();
        await page.getByRole("navigation", { name: "Question navigation" }).getByRole("button", { name: `Question ${typed}, not answered` }).click();
        await page.getByText(`Question ${typed} of ${demo.questions.length}`).waitFor();
        await page.getByRole("navigation", { name: "Question navigation" }).getByRole("button", { name: "Question 1, answered" }).waitFor();
        await shot("one-per-screen");
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });

      it("opens the result at the score, with focus there", async () => {
        await start(demo.id);
        await page.locator("ol > li").first().locator('input[type="radio"]').first().check();
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        // Submitted the way the countdown does (the dialog has its own test): any submission lands here.
        await page.evaluate(() => (document.getElementById("attempt-form") as HTMLFormElement).requestSubmit());
        await page.getByTestId("score").waitFor();
        await page.waitForLoadState("networkidle");
        const box = await page.getByTestId("score").boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("score-heading");
        await page.screenshot({ path: `${SHOTS}/quiz-taking-result-${viewport.name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });

      it("draws the countdown's icon rather than a character many fonts lack", async () => {
        await start(quizzes.timed);
        const countdown = page.getByTestId("countdown");
        expect(await countdown.locator("svg").count()).toBe(1);
        expect(await countdown.innerText()).not.toContain("⏱");
        await page.screenshot({ path: `${SHOTS}/quiz-taking-countdown-${viewport.name}.png` });
        await context.close();
      });

      it("says time is up when the countdown submits", async () => {
        await start(quizzes.timesOut);
        // The alert lasts only while the submission is on its way (the result replaces the page
        // without reloading it): watched from inside the page, where no state is too short to see.
        const announced = page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const check = () => {
                const alert = [...document.querySelectorAll('[role="alert"]')].find((a) => a.textContent?.includes("Time's up"));
                if (alert) resolve(alert.textContent!);
              };
              new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
              check();
              setTimeout(() => resolve("no alert within 15 s"), 15_000);
            }),
        );
        expect(await announced).toBe("Time's up: your answers are being submitted.");
        await page.getByTestId("score").waitFor({ timeout: 15_000 });
        await page.getByText("Time's up: your answers were submitted when the time ran out.").waitFor();
        await shot("time-up");
        await context.close();
      });

      it("keeps text typed just before leaving the page", async () => {
        const url = await start(demo.id);
        await typedField(page).fill("Lee");
        await page.goto(`${server.baseUrl}/`);
        await page.goto(url);
        // (The keepalive request may reach a busy server after the page has come back.)
        await expect
          .poll(
            async () => {
              await page.reload();
              return typedField(page).inputValue();
            },
            { timeout: 20_000 },
          )
          .toBe("Lee");
        await context.close();
      });

      it("hydrates a timed attempt without React errors", async () => {
        await start(quizzes.timed);
        const url = page.url();
        const errors: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(e.message));
        // Hydration a second or more after the server rendered (a slow phone): the countdown's first
        // render must still match the server's to the second.
        await page.route("**/_next/static/chunks/**", async (route) => {
          await new Promise((r) => setTimeout(r, 1200));
          await route.continue();
        });
        for (let load = 0; load < 3; load++) {
          await page.goto(url);
          // Hydrated once the countdown ticks.
          const shown = await page.getByTestId("countdown").innerText();
          await expect.poll(() => page.getByTestId("countdown").innerText(), { timeout: 10_000 }).not.toBe(shown);
        }
        expect(errors.filter((e) => /418|hydrat/i.test(e))).toEqual([]);
        await context.close();
      });

      it("shows a teacher's preview as a preview from the first question", async () => {
        const teacher = await signedInContext(browser, server, { viewport, role: "teacher" });
        context = teacher.context;
        page = await context.newPage();
        const quizId = await quizFromDemo(server.databaseUrl, `Preview ${viewport.name}`, {}, teacher.userId);
        await page.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
        await page.getByRole("button", { name: "Preview as a learner" }).click();
        await page.waitForURL(/\/attempts\//);
        await page.getByTestId("preview-banner").waitFor();
        await shot("preview");
        await context.close();
      });

      it("still takes and submits the quiz without JavaScript, and Enter does not submit it there either", async () => {
        ({ context } = await signedInContext(browser, server, { viewport, javaScriptEnabled: false }));
        page = await context.newPage();
        await page.goto(`${server.baseUrl}/quiz/${demo.id}`);
        await page.getByRole("button", { name: "Start the quiz" }).click();
        await page.waitForURL(/\/attempts\//);
        await typedField(page).fill("Lee");
        await typedField(page).press("Enter");
        await page.waitForLoadState("load");
        await page.getByRole("button", { name: "Submit answers" }).waitFor();
        expect(await page.getByTestId("score").count()).toBe(0);
        expect(await typedField(page).inputValue()).toBe("Lee");
        await page.getByRole("button", { name: "Submit answers" }).click();
        await page.getByTestId("score").waitFor();
        await context.close();
      });
    });
  }
});
