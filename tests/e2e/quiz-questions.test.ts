// A published quiz's questions edited after a learner started it (issue 13, item 8, what was left):
// the teacher reorders, removes and adds from "Edit questions"; the page says what that means for
// the attempt already made; the learner's open attempt keeps its questions, a new one gets the
// new list. At 1280 and 360 px, with axe. Screenshots: test-results/screenshots/quiz-questions-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { SHOTS } from "./support/harness";
import { seriousViolations } from "./support/axe";
import { signedInContext, submitAnswers } from "./support/quiz-taking";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

const chromiumPath = findChromium();
const PROMPTS = ["The north pier reopened in March.", "The ferry to Varna runs at night.", "Harbour fees fell this year."] as const;

describe.skipIf(!chromiumPath)("editing a published quiz's questions, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let teacher: Page;
  let quizId = "";

  /** The prompts of the questions an attempt page shows, in order. */
  const shown = async (page: Page) => {
    const text = await page.locator("main").innerText();
    return PROMPTS.filter((p) => text.includes(p)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
  };
  const listed = () => teacher.getByTestId("quiz-question-prompt").allInnerTexts();

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
    const made = await signedInContext(browser, server, { viewport: { width: 1280, height: 900 }, role: "teacher" });
    teacher = await made.context.newPage();
    const db = createDb(resolveDatabase(server.databaseUrl));
    try {
      const ids: string[] = [];
      for (const prompt of PROMPTS) {
        ids.push((await db.question.create({ data: { type: "true_false", prompt, answer: "true", explanation: "So the article says.", status: "approved", authorId: made.userId }, select: { id: true } })).id);
      }
      const quiz = await db.quiz.create({
        data: { title: "Harbour week", status: "published", ownerId: made.userId, settings: JSON.stringify({}), questions: { create: [{ questionId: ids[0]!, position: 0 }, { questionId: ids[1]!, position: 1 }] } },
        select: { id: true },
      });
      quizId = quiz.id;
    } finally {
      await db.$disconnect();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("reorders, removes and adds questions; the learner's open attempt keeps its own, a new attempt gets the new list", async () => {
    const { context } = await signedInContext(browser, server, { viewport: { width: 360, height: 780 } });
    const learner = await context.newPage();
    await learner.goto(`${server.baseUrl}/quiz/${quizId}`);
    await learner.getByRole("button", { name: "Start the quiz" }).click();
    await learner.waitForURL(/\/attempts\//);
    expect(await shown(learner)).toEqual([PROMPTS[0], PROMPTS[1]]);

    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    await teacher.getByRole("link", { name: "Edit questions" }).click();
    await teacher.waitForURL(/\/questions$/);
    expect(await listed()).toEqual([PROMPTS[0], PROMPTS[1]]);
    // What a change means for the attempt already made, as the settings editor says for settings.
    expect(await teacher.getByTestId("attempts-warning").innerText()).toMatch(/^1 attempt has been made \(1 still in progress\)\. It keeps the questions it was given.*only to attempts started from now on/);

    await teacher.getByRole("button", { name: "Move question 2 up" }).click();
    await expect.poll(listed).toEqual([PROMPTS[1], PROMPTS[0]]);
    await teacher.getByRole("button", { name: "Remove question 2" }).click();
    await expect.poll(listed).toEqual([PROMPTS[1]]);
    await teacher.getByRole("status").filter({ hasText: "Removed from the quiz." }).waitFor();
    // The removed question is offered again among those to add.
    await teacher.getByLabel(PROMPTS[2]).check();
    await teacher.getByRole("button", { name: "Add ticked questions" }).click();
    await expect.poll(listed).toEqual([PROMPTS[1], PROMPTS[2]]);
    // The quiz page counts the new list.
    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    await teacher.getByText("2 questions").first().waitFor();

    // The attempt in progress is as it was, and is marked on its own questions.
    await learner.reload();
    expect(await shown(learner)).toEqual([PROMPTS[0], PROMPTS[1]]);
    for (const radio of await learner.getByRole("radio", { name: "True" }).all()) await radio.check();
    await submitAnswers(learner);
    await learner.getByTestId("score").waitFor();
    expect(await learner.getByTestId("score").innerText()).toMatch(/2\s*\/\s*2|100\s*%/);

    // A new learner gets the new list, in the new order.
    const fresh = await (await signedInContext(browser, server, { viewport: { width: 1280, height: 900 } })).context.newPage();
    await fresh.goto(`${server.baseUrl}/quiz/${quizId}`);
    await fresh.getByRole("button", { name: "Start the quiz" }).click();
    await fresh.waitForURL(/\/attempts\//);
    expect(await shown(fresh)).toEqual([PROMPTS[1], PROMPTS[2]]);
  });

  it("will not empty a published quiz, and says why", async () => {
    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}/questions`);
    await teacher.getByRole("button", { name: "Remove question 2" }).click();
    await expect.poll(listed).toHaveLength(1);
    await teacher.getByRole("button", { name: "Remove question 1" }).click();
    await teacher.getByRole("alert").filter({ hasText: "A published quiz needs a question to ask" }).waitFor();
    expect(await listed()).toHaveLength(1);
  });

  it("fits a phone and has no serious accessibility problems", async () => {
    for (const width of [1280, 360]) {
      await teacher.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}/questions`);
      await teacher.getByRole("heading", { name: "In this quiz" }).waitFor();
      expect(await seriousViolations(teacher), `at ${width} px`).toEqual([]);
      const overflow = await teacher.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await teacher.screenshot({ path: `${SHOTS}/quiz-questions-${width}.png`, fullPage: true });
      await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
      await teacher.getByRole("link", { name: "Edit questions" }).waitFor();
      await teacher.screenshot({ path: `${SHOTS}/quiz-questions-manage-panel-${width}.png`, fullPage: false });
    }
  });
});
