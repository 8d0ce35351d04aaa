// A teacher's review page for an article with 150 extra drafts (issue 13, item 7): nothing comes
// ticked, filters by type and status and paging are in the address (the server picks the rows),
// select all/none act on the page shown and say how many are ticked, Approve acts on the ticked
// ones only and says how many, and Regenerate asks before discarding drafts. The extra drafts are
// written straight into the server's database (drafting itself is covered by review-drafts).
// Screenshots: test-results/screenshots/draft-review-paging-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { FLOOD_BARRIER_ARTICLE, FLOOD_BARRIER_TITLE } from "../support/flood-barrier-article";

const chromiumPath = findChromium();
const EXTRA = 150;

/** 150 more drafts on the article: true/false and short answers, ranked below the generator's. */
async function seedDrafts(databaseUrl: string, articleId: string) {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { createdById: true } });
    await db.question.createMany({
      data: Array.from({ length: EXTRA }, (_, i) => ({
        type: i % 2 ? "short_answer" : "true_false",
        prompt: i % 2 ? `Which town is named in extra fact ${i + 1}?` : `Extra fact ${i + 1} is true.`,
        answer: i % 2 ? JSON.stringify("Rotterdam") : "true",
        status: "draft",
        score: -1 - i,
        articleId,
        authorId: article.createdById,
      })),
    });
  } finally {
    await db.$disconnect();
  }
}

describe.skipIf(!chromiumPath)("reviewing many drafts, a page at a time, in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;
  let reviewUrl = "";
  const cards = () => page.locator("ol > li");
  const ticks = () => page.locator("ol > li input[type=checkbox]");
  const tickedCount = () => page.getByTestId("ticked-count").innerText();
  const summary = () => page.locator("header p").filter({ hasText: /questions ·/ }).innerText();

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    server = app.server;
    // A context of our own: axe needs one (it opens a page per frame).
    page = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const email = await signUp(page, server.baseUrl, "Paula Pager");
    await grantRole(server.databaseUrl, email, "teacher");
    await page.goto(`${server.baseUrl}/teach/articles/new`);
    await page.getByLabel("Title").fill(FLOOD_BARRIER_TITLE);
    await page.getByLabel("Publication date").fill("2025-11-04");
    await page.getByLabel("Article text").fill(FLOOD_BARRIER_ARTICLE);
    await page.getByRole("button", { name: "Make questions" }).click();
    await page.getByRole("heading", { name: "Questions, best first" }).waitFor();
    reviewUrl = page.url().replace(/[?#].*$/, "");
    await seedDrafts(server.databaseUrl, reviewUrl.split("/").pop()!);
    await page.goto(reviewUrl);
    await page.getByRole("heading", { name: "Questions, best first" }).waitFor();
  });

  afterAll(() => closeApp(app));

  it("shows one page of 20 with nothing ticked, and says which of how many", async () => {
    const total = Number((await summary()).match(/^(\d+) questions/)![1]);
    expect(total).toBeGreaterThan(EXTRA);
    expect(await cards().count()).toBe(20);
    expect(await page.locator("ol > li input[type=checkbox]:checked").count()).toBe(0);
    await expect.poll(tickedCount).toBe("0 of 20 ticked");
    await page.getByText(`Showing 1–20 of ${total}`).waitFor();
    await page.getByText(`Page 1 of ${Math.ceil(total / 20)}`).waitFor();
    await page.screenshot({ path: `${SHOTS}/draft-review-paging-1280.png`, fullPage: false });
  });

  it("approves nothing when nothing is ticked, and says so", async () => {
    await page.getByRole("button", { name: "Approve ticked" }).click();
    await page.getByRole("alert").filter({ hasText: "Nothing is ticked: tick the questions to approve first." }).waitFor();
    expect(await summary()).toMatch(/· 0 approved/);
  });

  it("selects all and none on the page shown, counting as it goes", async () => {
    await page.getByRole("button", { name: "Select all on this page" }).click();
    await expect.poll(tickedCount).toBe("20 of 20 ticked");
    await page.getByRole("button", { name: "Select none" }).click();
    await expect.poll(tickedCount).toBe("0 of 20 ticked");
    await ticks().nth(1).check();
    await expect.poll(tickedCount).toBe("1 of 20 ticked");
    await page.getByRole("button", { name: "Select none" }).click();
  });

  it("approves only the ticked drafts and says how many", async () => {
    for (const i of [0, 2, 4]) await ticks().nth(i).check();
    await expect.poll(tickedCount).toBe("3 of 20 ticked");
    await page.getByRole("button", { name: "Approve ticked" }).click();
    await page.getByRole("status").filter({ hasText: "Approved 3 questions." }).waitFor();
    await expect.poll(summary).toMatch(/· 3 approved/);
    await expect.poll(tickedCount).toBe("0 of 20 ticked");
    const badges = await cards().evaluateAll((items) => items.slice(0, 5).map((li) => /approved/i.test(li.textContent ?? "")));
    expect(badges).toEqual([true, false, true, false, true]);
  });

  it("filters by status and type in the address, and pages through the rest", async () => {
    await page.getByLabel("Status").selectOption("draft");
    await page.getByLabel("Type").selectOption("true_false");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/[?&]status=draft/);
    expect(new URL(page.url()).searchParams.get("type")).toBe("true_false");
    const shown = await cards().allInnerTexts();
    expect(shown.length).toBe(20);
    for (const text of shown) {
      // The type label is shown in capitals (CSS), which innerText keeps.
      expect(text.toLowerCase()).toContain("true/false");
      expect(text.toLowerCase()).not.toMatch(/\bapproved\b/);
    }
    const matching = Number((await page.getByText(/^Showing 1–20 of \d+$/).innerText()).split(" of ")[1]);
    expect(matching).toBeGreaterThanOrEqual(EXTRA / 2);

    const firstOnPage1 = await cards().first().getByTestId("question-prompt").innerText();
    await page.getByRole("link", { name: "Next" }).click();
    await page.waitForURL(/[?&]page=2/);
    await page.getByText(`Page 2 of ${Math.ceil(matching / 20)}`).waitFor();
    expect(new URL(page.url()).searchParams.get("type")).toBe("true_false");
    expect(await cards().first().getByTestId("question-prompt").innerText()).not.toBe(firstOnPage1);
    await page.getByText(/^Showing 21–40 of \d+$/).waitFor();
    await expect.poll(tickedCount).toBe("0 of 20 ticked");
  });

  it("reads a hand-typed address it does not understand as the first page of everything", async () => {
    await page.goto(`${reviewUrl}?page=abc&status=nope&type=%3Cscript%3E`);
    await page.getByText(/^Showing 1–20 of \d+$/).waitFor();
    expect(await page.getByLabel("Status").inputValue()).toBe("all");
    expect(await page.getByLabel("Type").inputValue()).toBe("all");
    await page.goto(`${reviewUrl}?page=999`);
    await page.getByText(/^Page (\d+) of \1$/).waitFor();
  });

  it("asks before regenerating discards drafts", async () => {
    await page.goto(reviewUrl);
    const before = await cards().first().getByTestId("question-prompt").innerText();
    await page.getByText("Regenerate drafts…").click();
    const confirm = page.getByRole("button", { name: "Discard drafts and regenerate" });
    await confirm.waitFor();
    await page.getByText(/This discards the \d+ drafts nobody has edited/).waitFor();
    expect(await cards().first().getByTestId("question-prompt").innerText()).toBe(before);
  });

  it("has no serious accessibility problems and fits a phone", async () => {
    await page.goto(reviewUrl);
    const results = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole("search", { name: "Filter questions" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/draft-review-paging-360.png`, fullPage: false });
    await page.getByRole("navigation", { name: "Pages of questions" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/draft-review-paging-360-pager.png`, fullPage: false });
  });
});
