// A teacher manages a published quiz (issue 13, item 8): edits its settings (warned when attempts
// exist), chooses who sees it, unpublishes and closes it; a quiz with nothing to ask is never
// listed and cannot be started. Screenshots: test-results/screenshots/quiz-manage-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { seriousViolations } from "./support/axe";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { grantRole, signUp } from "./support/accounts";
import { useServerDatabase } from "./support/authz-world";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { assignQuiz, createClass, joinClass } from "@/app/_server/classes/classes";
import type { Actor } from "@/app/_server/auth/session";
import { getDb } from "@/prisma/client";

const chromiumPath = findChromium();
const SHOTS = "test-results/screenshots";
const WIDTHS = [1280, 360] as const;


describe.skipIf(!chromiumPath)("managing a quiz in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const tag = randomBytes(3).toString("hex");
  const title = `Harbour quiz ${tag}`;
  const emptyTitle = `Empty draw quiz ${tag}`;
  let quizId = "";
  let emptyId = "";
  let teacher: Page;
  let learner: Page;
  let member: Page;
  let visitor: Page;

  const newPage = async (width = 1280): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 850 } });
    contexts.push(context);
    return context.newPage();
  };
  const actorOf = async (email: string, role: Actor["role"]): Promise<Actor> => {
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    return { id: user.id, name: user.name, email, role };
  };
  const listed = async (page: Page, text: string) => {
    await page.goto(`${server.baseUrl}/`);
    return (await page.getByText(text).count()) > 0;
  };
  const setVisibility = async (label: string) => {
    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}/edit`);
    await teacher.getByLabel("Who can see and take it").selectOption({ label });
    await teacher.getByRole("button", { name: "Save settings" }).click();
    await teacher.waitForURL(/saved=1/);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    useServerDatabase(server.databaseUrl);
    browser = await launchChromium(chromiumPath!);
    [teacher, learner, member, visitor] = await Promise.all([newPage(), newPage(), newPage(), newPage()]);
    const teacherEmail = await signUp(teacher, server.baseUrl, "Tess Teacher");
    await grantRole(server.databaseUrl, teacherEmail, "teacher");
    await signUp(learner, server.baseUrl, "Lee Learner");
    const memberEmail = await signUp(member, server.baseUrl, "Mo Member");
    const t = await actorOf(teacherEmail, "teacher");
    const ids = await createQuestions({ actor: t, questions: [{ type: "true_false", prompt: `The ferry ${tag} runs daily.`, answer: true, explanation: "It runs daily." }] });
    quizId = (await createQuiz({ actor: t, input: { title, questionIds: ids } })).id;
    // A random draw from a tag nobody used: published (as the weekly quiz is before any news), nothing to ask.
    emptyId = (await createQuiz({ actor: t, input: { title: emptyTitle, draws: [{ tag: `none-${tag}`, count: 3 }], publish: false } })).id;
    await getDb().quiz.update({ where: { id: emptyId }, data: { status: "published" } });
    const cls = await createClass({ actor: t, name: `Year 9 ${tag}` });
    await joinClass({ actor: await actorOf(memberEmail, "learner"), code: cls.joinCode });
    await assignQuiz({ actor: t, classId: cls.id, quizId });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it("a quiz with nothing to ask is never listed, and its page says it cannot be started", async () => {
    expect(await listed(visitor, emptyTitle)).toBe(false);
    expect(await listed(learner, emptyTitle)).toBe(false);
    const response = await learner.goto(`${server.baseUrl}/quiz/${emptyId}`);
    expect(response?.status()).toBe(200);
    await learner.getByText("This quiz has no questions to ask yet").waitFor();
    expect(await learner.getByRole("button", { name: "Start the quiz" }).count()).toBe(0);
  });

  it("each visibility level, as a visitor, a signed-in learner and a class member", async () => {
    // Public (the default): everyone.
    expect(await listed(visitor, title)).toBe(true);
    expect(await listed(learner, title)).toBe(true);

    await setVisibility("signed-in learners");
    await expect(teacher.getByTestId("quiz-visibility").innerText()).resolves.toBe("Signed-in learners");
    expect(await listed(visitor, title)).toBe(false);
    expect((await visitor.goto(`${server.baseUrl}/quiz/${quizId}`))?.status()).toBe(404);
    expect(await listed(learner, title)).toBe(true);

    await setVisibility("only the classes it is assigned to");
    expect(await listed(visitor, title)).toBe(false);
    expect(await listed(learner, title)).toBe(false);
    // Not by URL either.
    expect((await learner.goto(`${server.baseUrl}/quiz/${quizId}`))?.status()).toBe(404);
    expect(await listed(member, title)).toBe(true);
    await member.goto(`${server.baseUrl}/quiz/${quizId}`);
    await member.getByRole("button", { name: "Start the quiz" }).click();
    await member.waitForURL(/\/attempts\//);
  });

  it("editing settings once attempts exist warns, and saves only when confirmed", async () => {
    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    await teacher.getByRole("link", { name: "Edit settings" }).click();
    await teacher.waitForURL(/\/edit$/);
    await expect(teacher.getByTestId("attempts-warning").innerText()).resolves.toContain("1 attempt in progress so far.");
    await teacher.getByLabel("Attempts allowed").fill("2");
    await teacher.getByRole("button", { name: "Save settings" }).click();
    await expect(teacher.locator("#confirmed-error").innerText()).resolves.toContain("Tick");
    await expect(teacher.getByLabel("Attempts allowed").inputValue()).resolves.toBe("2");
    for (const width of WIDTHS) {
      await teacher.setViewportSize({ width, height: 850 });
      await teacher.screenshot({ path: `${SHOTS}/quiz-manage-edit-${width}.png`, fullPage: true });
      expect(await seriousViolations(teacher)).toEqual([]);
    }
    await teacher.setViewportSize({ width: 1280, height: 850 });
    await teacher.getByLabel("I understand").check();
    await teacher.getByRole("button", { name: "Save settings" }).click();
    await teacher.waitForURL(/saved=1/);
    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}/edit`);
    await expect(teacher.getByLabel("Attempts allowed").inputValue()).resolves.toBe("2");
  });

  it("unpublish hides the quiz, publish brings it back, close now ends it", async () => {
    await teacher.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    for (const width of WIDTHS) {
      await teacher.setViewportSize({ width, height: 850 });
      await teacher.screenshot({ path: `${SHOTS}/quiz-manage-page-${width}.png`, fullPage: true });
      expect(await seriousViolations(teacher)).toEqual([]);
    }
    await teacher.setViewportSize({ width: 1280, height: 850 });
    const state = (text: string) => teacher.getByTestId("quiz-state").filter({ hasText: text }).waitFor();
    await teacher.getByRole("button", { name: "Unpublish" }).click();
    await state("Draft");
    expect(await listed(member, title)).toBe(false);
    await teacher.getByRole("button", { name: "Publish", exact: true }).click();
    await state("Published");
    expect(await listed(member, title)).toBe(true);
    await teacher.getByRole("button", { name: "Close now" }).click();
    await state("Closed");
    expect(await listed(member, title)).toBe(false);
  });
});
