// An admin invites a teacher, the teacher opens a class, a learner joins it with the code and
// finds the assigned quiz. Screenshots: test-results/screenshots/admin-*.png, class-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { grantRole, signUp } from "./support/accounts";
import { submitAnswers } from "./support/quiz-taking";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();
const SHOTS = "test-results/screenshots";

describe.skipIf(!chromiumPath)("classes and people in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 850 } });
    contexts.push(context);
    return context.newPage();
  };
  let inviteLink = "";
  let teacher: Page;
  let joinCode = "";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it("an admin creates a single-use teacher invitation", async () => {
    const admin = await newPage();
    const email = await signUp(admin, server.baseUrl, "Ada Admin");
    await grantRole(server.databaseUrl, email, "admin");
    await admin.goto(`${server.baseUrl}/admin/people`);
    await admin.getByRole("button", { name: "Create a teacher invitation" }).click();
    inviteLink = await admin.getByTestId("invite-link").innerText();
    expect(inviteLink).toMatch(/\/invite\/[\w-]{20,}$/);
    await admin.screenshot({ path: `${SHOTS}/admin-people.png`, fullPage: true });
  });

  it("the invited teacher accepts, writes a question, publishes a quiz and assigns it to a new class", async () => {
    teacher = await newPage();
    await signUp(teacher, server.baseUrl, "Theo Teacher");
    await teacher.goto(inviteLink);
    await teacher.getByRole("button", { name: "Accept the invitation" }).click();
    await teacher.waitForURL(/\/teach$/);

    // The same link does nothing a second time.
    const latecomer = await newPage();
    await signUp(latecomer, server.baseUrl, "Late Comer");
    await latecomer.goto(inviteLink);
    await latecomer.getByText("This invitation has been used.").waitFor();
    expect(await latecomer.getByRole("button", { name: "Accept the invitation" }).count()).toBe(0);

    await teacher.goto(`${server.baseUrl}/teach/questions/new`);
    await teacher.getByLabel("Question", { exact: true }).fill("Which city hosts Fiji's parliament?");
    await teacher.getByLabel("Choices").fill("*Suva\nNadi\nLautoka");
    await teacher.getByRole("button", { name: "Add to my bank" }).click();
    await teacher.waitForURL(/\/teach\/bank/);
    await teacher.goto(`${server.baseUrl}/teach/quizzes/new`);
    await teacher.getByLabel("Title").fill("Pacific capitals");
    await tickEveryQuestion(teacher);
    await teacher.getByRole("button", { name: "Publish quiz" }).click();
    await teacher.waitForURL(/\/teach\/quizzes\/\w+$/);

    await teacher.goto(`${server.baseUrl}/teach/classes`);
    await teacher.getByLabel("New class").fill("Year 9 current affairs");
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.waitForURL(/\/teach\/classes\/\w+/);
    joinCode = await teacher.getByTestId("join-code").innerText();
    await teacher.getByLabel("Assign a quiz").selectOption({ label: "Pacific capitals" });
    await teacher.getByRole("button", { name: "Assign" }).click();
    await teacher.getByRole("link", { name: "Pacific capitals" }).waitFor();
    await teacher.screenshot({ path: `${SHOTS}/class-teacher.png`, fullPage: true });
  });

  it("a learner joins with the code and finds the quiz", async () => {
    const learner = await newPage();
    await signUp(learner, server.baseUrl, "Lena Learner");
    await learner.getByRole("link", { name: "Classes" }).click();
    await learner.getByLabel("Join a class with its code").fill("WRONG123");
    await learner.getByRole("button", { name: "Join" }).click();
    await learner.getByText("No class has that code").waitFor();
    await learner.getByLabel("Join a class with its code").fill(joinCode.toLowerCase());
    await learner.getByRole("button", { name: "Join" }).click();
    await learner.getByText("You joined Year 9 current affairs.").waitFor();
    await learner.getByRole("link", { name: "Pacific capitals" }).waitFor();
    await learner.screenshot({ path: `${SHOTS}/class-learner.png`, fullPage: true });
    const response = await learner.goto(`${server.baseUrl}/admin/people`);
    expect(response?.status()).toBe(404);

    await learner.goto(`${server.baseUrl}/classes`);
    await learner.getByRole("link", { name: "Pacific capitals" }).click();
    await learner.getByRole("button", { name: "Start the quiz" }).click();
    await learner.getByLabel("Suva").check();
    await submitAnswers(learner);
    await learner.getByTestId("score").waitFor();
    expect(await learner.getByTestId("score").innerText()).toMatch(/^1 \/ 1/);
  });

  it("the teacher reads the report and downloads the grades", async () => {
    await teacher.goto(`${server.baseUrl}/teach`);
    await teacher.getByRole("link", { name: "Pacific capitals" }).click();
    await teacher.waitForURL(/\/teach\/quizzes\/\w+$/);
    await teacher.getByRole("cell", { name: /Lena Learner/ }).waitFor();
    expect(await teacher.getByTestId("item-report").count()).toBe(1);
    await teacher.screenshot({ path: `${SHOTS}/teach-report.png`, fullPage: true });
    // On a phone the answer bars keep their room: beside a 14rem answer column they had none at 360 px (decision 030).
    await teacher.setViewportSize({ width: 360, height: 740 });
    const bars = await teacher.locator(".answer-bars .bar").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(bars.length).toBeGreaterThan(0);
    expect(Math.min(...bars)).toBeGreaterThan(100);
    await teacher.setViewportSize({ width: 1200, height: 850 });
    const csv = await teacher.request.get(`${teacher.url()}/report`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toMatch(/^name,email,attempt/);
  });
});
