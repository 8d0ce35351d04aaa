// Forms keep what was typed after an error and after a save (issue 13, item 3), at 1280 and 360 px:
// the people page's role dropdown, writing an Ordering question with one item and then two, and the
// quiz builder with "five" (then 1000) as its time limit. Each page with its errors is checked with
// axe-core. Screenshots: test-results/screenshots/forms-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { grantRole, signUp } from "./support/accounts";
import { SHOTS } from "./support/harness";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 360, height: 740 },
];
/** What zod says when nobody translated it: never shown to a teacher. */
const RAW_ZOD = /Invalid input|expected number|received NaN|Too (small|big)/i;


/** Nothing on the page is wider than the window (no sideways scrolling on a phone). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The description a screen reader reads for a field: its aria-describedby targets' text. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

describe.skipIf(!chromiumPath)("forms keep what was typed, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const db = () => createDb(resolveDatabase(server.databaseUrl));

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px`, () => {
      let teacher: Page;

      beforeAll(async () => {
        const context = await browser.newContext({ viewport });
        contexts.push(context);
        teacher = await context.newPage();
        const email = await signUp(teacher, server.baseUrl, `Tia Teacher ${viewport.name}`);
        await grantRole(server.databaseUrl, email, "teacher");
        // An approved question of their own, so the quiz builder has something to offer.
        await teacher.goto(`${server.baseUrl}/teach/questions/new`);
        await teacher.getByLabel("Question", { exact: true }).fill(`Where did the ministers meet? (${viewport.name})`);
        await teacher.getByLabel("Choices").fill("*Port Vila\nSuva\nApia");
        await teacher.getByRole("button", { name: "Add to my bank" }).click();
        await teacher.waitForURL(/\/teach\/bank/);
      });

      it("the people page shows the role just saved, and a second Save keeps it", async () => {
        const context = await browser.newContext({ viewport });
        contexts.push(context);
        const admin = await context.newPage();
        const adminEmail = await signUp(admin, server.baseUrl, `Ari Admin ${viewport.name}`);
        await grantRole(server.databaseUrl, adminEmail, "admin");
        const other = await browser.newPage();
        const personEmail = await signUp(other, server.baseUrl, `Rita Role ${viewport.name}`);
        await other.close();

        await admin.goto(`${server.baseUrl}/admin/people?q=${encodeURIComponent(personEmail)}`);
        const role = admin.getByLabel(`Role of Rita Role ${viewport.name}`);
        const save = admin.getByRole("row", { name: new RegExp(`Rita Role ${viewport.name}`) }).getByRole("button", { name: "Save" });
        const storedRole = async () => {
          const client = db();
          try {
            return (await client.user.findUniqueOrThrow({ where: { email: personEmail }, select: { role: true } })).role;
          } finally {
            await client.$disconnect();
          }
        };

        await role.selectOption("teacher");
        await save.click();
        await expect.poll(storedRole, { timeout: 10_000 }).toBe("teacher");
        await admin.waitForLoadState("networkidle");
        await expect.poll(() => save.isEnabled()).toBe(true);
        expect(await role.inputValue()).toBe("teacher");

        // Saving again without touching the dropdown must not undo the change.
        await save.click();
        await admin.waitForLoadState("networkidle");
        await expect.poll(() => save.isEnabled()).toBe(true);
        expect(await storedRole()).toBe("teacher");
        expect(await role.inputValue()).toBe("teacher");

        // The last admin cannot demote themselves: the error shows, and the choice stays as made.
        await admin.goto(`${server.baseUrl}/admin/people?q=${encodeURIComponent(adminEmail)}`);
        const own = admin.getByLabel(`Role of Ari Admin ${viewport.name}`);
        const otherAdmins = await (async () => {
          const client = db();
          try {
            return client.user.count({ where: { role: "admin", NOT: { email: adminEmail } } });
          } finally {
            await client.$disconnect();
          }
        })();
        if (otherAdmins === 0) {
          await own.selectOption("learner");
          await admin.getByRole("button", { name: "Save" }).click();
          await admin.getByText("needs at least one admin").waitFor();
          expect(await own.inputValue()).toBe("learner");
        }
        await admin.screenshot({ path: `${SHOTS}/forms-people-${viewport.name}.png`, fullPage: true });
        expect(await pageOverflow(admin)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(admin)).toEqual([]);
      });

      it("an Ordering question with one item keeps its type and text, and the corrected one is saved", async () => {
        await teacher.goto(`${server.baseUrl}/teach/questions/new`);
        const type = teacher.getByLabel("Type");
        await type.selectOption("ordering");
        await teacher.getByLabel("Question", { exact: true }).fill(`Put these steps in order (${viewport.name})`);
        const items = teacher.getByLabel("Items in their correct order");
        await items.fill("Ministers meet");
        await teacher.getByLabel("Tags").fill("ferries");
        await teacher.getByRole("button", { name: "Add to my bank" }).click();

        await teacher.getByText("Write at least two items").waitFor();
        expect(await type.inputValue()).toBe("ordering");
        expect(await items.inputValue()).toBe("Ministers meet");
        expect(await teacher.getByLabel("Question", { exact: true }).inputValue()).toBe(`Put these steps in order (${viewport.name})`);
        expect(await teacher.getByLabel("Tags").inputValue()).toBe("ferries");
        expect(await items.getAttribute("aria-invalid")).toBe("true");
        expect(await description(items)).toContain("Write at least two items");
        await teacher.screenshot({ path: `${SHOTS}/forms-question-error-${viewport.name}.png`, fullPage: true });
        expect(await pageOverflow(teacher)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(teacher)).toEqual([]);

        await items.fill("Ministers meet\nA decision is taken");
        await teacher.getByRole("button", { name: "Add to my bank" }).click();
        await teacher.waitForURL(/\/teach\/bank/);
        await teacher.getByText(`Put these steps in order (${viewport.name})`).first().waitFor();
        const client = db();
        try {
          const saved = await client.question.findFirstOrThrow({ where: { prompt: `Put these steps in order (${viewport.name})` }, select: { type: true, status: true } });
          expect(saved).toEqual({ type: "ordering", status: "approved" });
        } finally {
          await client.$disconnect();
        }
      });

      it('the quiz builder keeps "Grade from" and "Show questions" when the time limit is "five" or too long', async () => {
        await teacher.goto(`${server.baseUrl}/teach/quizzes/new`);
        await teacher.getByLabel("Title").fill(`Ferry quiz (${viewport.name})`);
        await tickEveryQuestion(teacher);
        await teacher.getByLabel("Grade from").selectOption("latest");
        await teacher.getByLabel("Show questions").selectOption("one");
        await teacher.getByLabel("Show answers and explanations").selectOption("score_only");
        const limit = teacher.getByLabel("Time limit in minutes");
        await limit.pressSequentially("five");
        await teacher.getByRole("button", { name: "Publish quiz" }).click();

        const limitError = teacher.locator("#timeLimitMinutes-error");
        await limitError.waitFor();
        expect(await limitError.innerText()).not.toMatch(RAW_ZOD);
        expect(await limitError.innerText()).toMatch(/minutes/i);
        expect(await teacher.getByLabel("Grade from").inputValue()).toBe("latest");
        expect(await teacher.getByLabel("Show questions").inputValue()).toBe("one");
        expect(await teacher.getByLabel("Show answers and explanations").inputValue()).toBe("score_only");
        expect(await teacher.getByLabel("Title").inputValue()).toBe(`Ferry quiz (${viewport.name})`);
        expect(await limit.getAttribute("aria-invalid")).toBe("true");
        await teacher.screenshot({ path: `${SHOTS}/forms-quiz-five-${viewport.name}.png`, fullPage: true });

        // A number the server refuses: the same, with the number still in the field.
        await limit.fill("1000");
        await teacher.getByRole("button", { name: "Publish quiz" }).click();
        await teacher.getByText("The time limit can be at most 600 minutes.").waitFor();
        expect(await limit.inputValue()).toBe("1000");
        expect(await teacher.getByLabel("Grade from").inputValue()).toBe("latest");
        expect(await teacher.getByLabel("Show questions").inputValue()).toBe("one");
        expect(await teacher.getByLabel("Show answers and explanations").inputValue()).toBe("score_only");
        expect(await description(limit)).toContain("The time limit can be at most 600 minutes.");
        expect(await teacher.locator("body").innerText()).not.toMatch(RAW_ZOD);
        await teacher.screenshot({ path: `${SHOTS}/forms-quiz-error-${viewport.name}.png`, fullPage: true });
        expect(await pageOverflow(teacher)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(teacher)).toEqual([]);

        await limit.fill("20");
        await teacher.getByRole("button", { name: "Publish quiz" }).click();
        await teacher.waitForURL(/\/teach\/quizzes\/(?!new$)\w+$/);
        const client = db();
        try {
          const quiz = await client.quiz.findFirstOrThrow({ where: { title: `Ferry quiz (${viewport.name})` }, select: { settings: true } });
          expect(JSON.parse(quiz.settings)).toMatchObject({ timeLimitSeconds: 1200, grading: "latest", pageLayout: "one", review: "score_only" });
        } finally {
          await client.$disconnect();
        }
      });
    });
  }
});
