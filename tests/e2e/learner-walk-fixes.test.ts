// What an outside tester found on the learner side, at 1280 px and on a 360 px phone:
// A. one per screen with feedback after each answer: an answer given but not checked is saved (a
//    draft, no key shown, not locked) and counts at submit (decision 032);
// B. a number question reads the one number typed ("250 passengers" is 250, in the browser and on
//    the server); text with no number is refused beside the field, keeping what was typed and the
//    answer saved before, never shown as "saved" (decision 032);
// C. a quiz closed while its page is open: Start says it has closed (not "This page couldn't
//    load"), the page shows it closed with no Start button, and the JSON API answers 403 with why;
// H. "1 minute", not "1 minutes", on the quiz page.
// Screenshots: test-results/screenshots/walk-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { withDb } from "./support/db";
import { SHOTS } from "./support/harness";
import { signedInContext, submitAnswers } from "./support/quiz-taking";
import { toQuestionRow } from "@/app/_server/bank/question-record";
import type { QuizSettings } from "@/app/_server/quizzes/quiz-settings";
import type { Question } from "@/questions/schema";

const chromiumPath = findChromium();
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
];

const PASSENGERS: Question = { type: "numeric", prompt: "How many passengers did the ferry carry?", answer: 250, tolerance: 0, explanation: "The ferry carried 250 passengers." };
const DOCK: Question = { type: "multiple_choice", prompt: "Where did the ferry dock?", choices: ["Port Vila", "Suva", "Apia"], answer: "Port Vila", explanation: "It docked at Port Vila." };

/** The two questions, approved, and a published quiz of them per settings given. */
async function makeQuizzes(databaseUrl: string, settings: Record<string, Partial<QuizSettings> & { closeAt?: Date }>) {
  return withDb(databaseUrl, async (db) => {
    const ids: string[] = [];
    for (const q of [PASSENGERS, DOCK]) ids.push((await db.question.create({ data: { ...toQuestionRow(q), status: "approved" }, select: { id: true } })).id);
    const quizzes: Record<string, string> = {};
    for (const [name, { closeAt, ...s }] of Object.entries(settings)) {
      const quiz = await db.quiz.create({
        data: { title: `The ferry (${name})`, status: "published", closeAt, settings: JSON.stringify({ shuffleChoices: false, ...s }), questions: { create: ids.map((questionId, position) => ({ questionId, position })) } },
        select: { id: true },
      });
      quizzes[name] = quiz.id;
    }
    return { ids, quizzes };
  });
}

/** The stored answer (and, `withDraft`, whether it is a draft not yet checked). */
async function storedResponse(databaseUrl: string, attemptId: string, questionId: string, withDraft = true) {
  return withDb(databaseUrl, async (db) => {
    const row = await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId } }, select: { response: true, ...(withDraft ? { draft: true } : {}) } });
    return row && { response: JSON.parse(row.response) as unknown, ...(withDraft ? { draft: row.draft } : {}) };
  });
}

async function closeQuiz(databaseUrl: string, quizId: string) {
  await withDb(databaseUrl, async (db) => {
    // What "Close now" does (manage-quiz.ts closeQuizNow).
    await db.quiz.update({ where: { id: quizId }, data: { closeAt: new Date(Date.now() - 1000) } });
  });
}

async function startQuiz(page: Page, baseUrl: string, quizId: string): Promise<string> {
  await page.goto(`${baseUrl}/quiz/${quizId}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.waitForURL(/\/attempts\/[^/?]+(\?.*)?$/);
  return page.url().split("?")[0]!.split("/").pop()!;
}

describe.skipIf(!chromiumPath)("fixes from the learner-side walk in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let ids: string[];
  let quizzes: Record<string, string>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
    ({ ids, quizzes } = await makeQuizzes(server.databaseUrl, {
      during: { pageLayout: "one", review: "during" },
      plain: {},
      "closing-desktop": {},
      "closing-phone": {},
      timed: { timeLimitSeconds: 60 },
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px`, () => {
      let context: BrowserContext;
      let page: Page;

      beforeAll(async () => {
        ({ context } = await signedInContext(browser, server, { viewport }));
        page = await context.newPage();
      });

      afterAll(async () => {
        await context?.close();
      });

      it("A: keeps an answer typed but not checked (one per screen, feedback after each answer), without showing its key", async () => {
        const attemptId = await startQuiz(page, server.baseUrl, quizzes.during!);
        await page.getByText("Question 1 of 2").waitFor();
        const box = page.getByRole("textbox", { name: PASSENGERS.prompt });
        await box.fill("250");
        await box.press("Enter");
        await page.getByText("Question 2 of 2").waitFor();
        await page.getByText("1 answered", { exact: true }).waitFor();
        expect(await storedResponse(server.databaseUrl, attemptId, ids[0]!)).toEqual({ response: 250, draft: true });
        // Chosen on the second screen and autosaved, not checked: back after a reload.
        await page.getByLabel("Suva").check();
        await page.getByTestId("autosave-status").getByText("All answers saved").waitFor();
        await page.reload();
        expect(await page.getByLabel("Suva").isChecked()).toBe(true);
        await page.getByRole("button", { name: "← Previous" }).click();
        await page.getByText("Question 1 of 2").waitFor();
        expect(await page.getByRole("textbox", { name: PASSENGERS.prompt }).inputValue()).toBe("250");
        expect(await page.getByRole("textbox", { name: PASSENGERS.prompt }).isEditable()).toBe(true);
        await page.getByText("2 answered", { exact: true }).waitFor();
        // Not checked: no feedback, no key in the page.
        expect(await page.getByRole("button", { name: "Check answer" }).count()).toBe(1);
        expect(await page.content()).not.toContain(PASSENGERS.explanation);
        await page.screenshot({ path: `${SHOTS}/walk-a-draft-kept-${viewport.name}.png`, fullPage: true });
        // Checking is what shows the feedback and locks it.
        await page.getByRole("button", { name: "Check answer" }).click();
        await page.getByText("Correct: the answer is 250.").waitFor();
        expect(await storedResponse(server.databaseUrl, attemptId, ids[0]!)).toEqual({ response: 250, draft: false });
        await page.getByRole("button", { name: "Next →" }).click();
        await page.getByText("Question 2 of 2").waitFor();
        await page.getByLabel("Port Vila").check();
        await submitAnswers(page);
        await page.getByTestId("score").waitFor();
        // 250 (checked) and Port Vila (the final choice, never checked) both count.
        expect(await page.getByTestId("score").innerText()).toMatch(/^2 \/ 2/);
      });

      it("B: reads the number in \"250 passengers\", and says beside the box when there is none", async () => {
        const attemptId = await startQuiz(page, server.baseUrl, quizzes.plain!);
        const box = () => page.getByRole("textbox", { name: PASSENGERS.prompt });
        await box().fill("250 passengers");
        await page.getByTestId("autosave-status").getByText("All answers saved").waitFor();
        expect(await storedResponse(server.databaseUrl, attemptId, ids[0]!, false)).toEqual({ response: 250 });
        expect(await page.getByTestId("number-hint").count()).toBe(0);
        await page.reload();
        expect(await box().inputValue()).toBe("250");

        // No number in it: said beside the box, kept as typed, not "saved", the 250 kept.
        await box().fill("two hundred and fifty");
        await page.getByTestId("number-hint").waitFor();
        expect(await box().getAttribute("aria-invalid")).toBe("true");
        expect(await box().getAttribute("aria-describedby")).toBe(await page.getByTestId("number-hint").getAttribute("id"));
        await page.getByTestId("autosave-status").getByText(/needs a number/).waitFor();
        expect(await box().inputValue()).toBe("two hundred and fifty");
        expect(await storedResponse(server.databaseUrl, attemptId, ids[0]!, false)).toEqual({ response: 250 });
        await page.screenshot({ path: `${SHOTS}/walk-b-not-a-number-${viewport.name}.png`, fullPage: true });
        await box().fill("about 250");
        expect(await page.getByTestId("number-hint").count()).toBe(0);
        await page.getByLabel("Port Vila").check();
        await submitAnswers(page);
        await page.getByTestId("score").waitFor();
        expect(await page.getByTestId("score").innerText()).toMatch(/^2 \/ 2/);
      });

      it("C: a quiz closed while its page was open says it has closed, and its start request says why", async () => {
        const quizId = quizzes[`closing-${viewport.name}`]!;
        await page.goto(`${server.baseUrl}/quiz/${quizId}`);
        const start = page.getByRole("button", { name: "Start the quiz" });
        await start.waitFor();
        await closeQuiz(server.databaseUrl, quizId);
        await start.click();
        await page.getByTestId("quiz-closed").waitFor();
        expect(page.url()).toBe(`${server.baseUrl}/quiz/${quizId}`);
        expect(await page.getByTestId("quiz-closed").innerText()).toMatch(/^This quiz closed on .+: it no longer takes attempts\./);
        expect(await page.getByRole("button", { name: "Start the quiz" }).count()).toBe(0);
        expect(await page.getByText("couldn't load").count()).toBe(0);
        await page.screenshot({ path: `${SHOTS}/walk-c-closed-${viewport.name}.png`, fullPage: true });
        const api = await page.evaluate(async (url) => {
          const response = await fetch(url, { method: "POST" });
          return { status: response.status, body: (await response.json()) as { error?: string } };
        }, `/api/quizzes/${quizId}/attempts`);
        expect(api).toEqual({ status: 403, body: { error: "This quiz has closed: it no longer takes attempts." } });
      });

      it("H: a one-minute quiz says \"1 minute\"", async () => {
        await page.goto(`${server.baseUrl}/quiz/${quizzes.timed}`);
        await page.getByText("2 questions · 1 minute", { exact: true }).waitFor();
        await page.screenshot({ path: `${SHOTS}/walk-h-one-minute-${viewport.name}.png`, fullPage: true });
      });
    });
  }
});
