// A teacher's review page in Chromium: at most 20 drafts, one per fact, each with its accepted
// answers and its other forms; switching a draft to another form; drafting more until nothing is
// left, when the button goes. Screenshots go to test-results/screenshots/review-drafts-*.png (1280 and 360 px wide).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { FLOOD_BARRIER_ARTICLE, FLOOD_BARRIER_TITLE } from "../support/flood-barrier-article";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("reviewing an article's drafts in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let page: Page;
  const drafts = () => page.locator("ol > li");
  const mainPrompt = (draft: Locator) => draft.getByTestId("question-prompt");
  const prompts = () => page.getByTestId("question-prompt").allInnerTexts();
  /** All the article's questions, from the page's summary (the list shows one page of them). */
  const total = async () => Number((await page.locator("header p").filter({ hasText: /questions ·/ }).innerText()).match(/^(\d+) questions/)![1]);
  const draftMoreButton = () => page.getByRole("button", { name: /^(Draft more questions|Drafting…)$/ });

  /**
   * Presses "Draft more questions" and returns what the page then says. The button stays disabled
   * from the press until the action's answer is shown (and goes when nothing was left) (Playwright's response.finished() never
   * settles for an action's streamed answer, so that is not waited for).
   */
  async function draftMore(): Promise<string> {
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/teach/articles/"));
    await draftMoreButton().click();
    await answered;
    // Enabled again, or gone once there is nothing left to draft.
    // (The answer's headers come first; drafting itself may take seconds on a busy machine.)
    // One look at the page per poll: counting and then asking isEnabled() raced the button going
    // away in between, and isEnabled() then waited its own 30 s for a button that was gone.
    await expect.poll(() => draftMoreButton().evaluateAll((buttons) => buttons.every((b) => !(b as HTMLButtonElement).disabled)), { timeout: 30_000 }).toBe(true);
    return page.getByRole("status").filter({ hasText: /Added|No new drafts/ }).innerText();
  }

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    ({ server, page } = app);
    const email = await signUp(page, server.baseUrl, "Rhea Reviewer");
    await grantRole(server.databaseUrl, email, "teacher");
    await page.goto(`${server.baseUrl}/teach/articles/new`);
    await page.getByLabel("Title").fill(FLOOD_BARRIER_TITLE);
    await page.getByLabel("Publication date").fill("2025-11-04");
    await page.getByLabel("Article text").fill(FLOOD_BARRIER_ARTICLE);
    // Issue 13, item 9: the text box is in the page's own sans-serif face, like every other field.
    const fonts = await page.evaluate(() => ["Title", "Article text"].map((label) => getComputedStyle([...document.querySelectorAll("label")].find((l) => l.textContent?.trim().startsWith(label))!.control!).fontFamily));
    expect(fonts[1]).toBe(fonts[0]);
    await page.getByRole("button", { name: "Make questions" }).click();
    await page.waitForURL(/\/teach\/articles\//);
    await page.getByRole("heading", { name: "Questions, best first" }).waitFor();
  });

  afterAll(() => closeApp(app));

  it("shows at most 20 drafts, each asked once, with what typed answers accept and the other forms", async () => {
    const count = await drafts().count();
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThanOrEqual(20);
    expect(new Set(await prompts()).size).toBe(count);
    expect(await page.getByText(/^Other forms \(\d\)$/).count()).toBeGreaterThan(count / 2);
    // Typed forms say what else the grader takes: other wordings, or a number's range.
    await page.getByText(/also accepts|accepts [\d,.]+ to [\d,.]+|exact number only/).first().waitFor({ state: "attached" });
    await page.screenshot({ path: `${SHOTS}/review-drafts-1280.png`, fullPage: true });
  });

  it("opens a draft's other forms and switches it to one of them", async () => {
    const draft = drafts().filter({ has: page.getByText(/^Other forms \(\d\)$/) }).first();
    const before = await mainPrompt(draft).innerText();
    await draft.getByText(/^Other forms/).click();
    const form = draft.locator("details li").first();
    await form.getByRole("button", { name: /^Use this form/ }).waitFor();
    const chosen = await form.getByTestId("form-prompt").innerText();
    expect(chosen).not.toBe(before);
    await page.screenshot({ path: `${SHOTS}/review-drafts-forms-open.png`, fullPage: false, clip: (await draft.boundingBox()) ?? undefined });
    await form.getByRole("button", { name: /^Use this form/ }).click();

    // The page comes back with the chosen form as the question, and the old one among the others.
    await expect.poll(() => mainPrompt(drafts().filter({ hasText: chosen }).first()).innerText()).toBe(chosen);
    // The other forms stay open: the replaced form is now one of them, with its own button.
    const switched = drafts().filter({ hasText: chosen }).first();
    const replaced = switched.locator("details li").filter({ hasText: before });
    await replaced.getByRole("button", { name: /^Use this form/ }).waitFor();
  });

  it("drafts more questions, then says when there is nothing left to draft and offers no more", async () => {
    const before = await total();
    let said = await draftMore();
    expect(said).toMatch(/^Added \d+ new drafts?\./);
    await expect.poll(total).toBeGreaterThan(before);
    // The link to the first new draft opens the page it is on.
    const first = page.getByRole("link", { name: "Go to the first" });
    expect(await first.getAttribute("href")).toMatch(/^\/teach\/articles\/[^?#]+(\?page=\d+)?#q-/);
    expect(new Set(await prompts()).size).toBe(await drafts().count());

    // Until the button goes: with the last drafts (the generator said there are no others) or,
    // when that could not be known, on a press that found nothing.
    for (let round = 0; round < 5 && (await draftMoreButton().count()) > 0; round++) said = await draftMore();
    expect(said).toMatch(/^(No new drafts: every fact found in this article already has a question\.|Added \d+ new drafts?\. That was the last of them: every fact found in this article now has a question\.)( Go to the first)?$/);
    expect(await draftMoreButton().count()).toBe(0);
    expect(new Set(await prompts()).size).toBe(await drafts().count());
  });

  it("keeps the button away after a reload once nothing is left to draft (issue 13)", async () => {
    // axe needs a page of a context of its own: the same teacher, signed in by their cookies.
    const context = await app!.browser.newContext();
    await context.addCookies(await page.context().cookies());
    const again = await context.newPage();
    for (const width of [1280, 360]) {
      await again.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      await again.goto(page.url().replace(/#.*$/, ""));
      await again.getByText("Every fact the generator found in this article has a question.").waitFor();
      expect(await again.getByRole("button", { name: /^(Draft more questions|Drafting…)$/ }).count()).toBe(0);
      expect(await seriousViolations(again)).toEqual([]);
      await again.getByText("Every fact the generator found").scrollIntoViewIfNeeded();
      await again.screenshot({ path: `${SHOTS}/review-drafts-none-left-${width}.png` });
    }
    await context.close();

    // A short article whose few facts all got a draft at once never offers the button.
    await page.goto(`${server.baseUrl}/teach/articles/new`);
    await page.getByLabel("Title").fill("Harbour ferry fares");
    await page.getByLabel("Article text").fill("The harbour council raised ferry fares by 12 percent on Monday. Mayor Ilse Varga said the money would pay for two new boats. The boats will carry up to 300 passengers each and should arrive next spring from a shipyard in Gdansk.");
    await page.getByRole("button", { name: "Make questions" }).click();
    await page.waitForURL(/\/teach\/articles\/(?!new)/);
    await page.getByRole("heading", { name: "Questions, best first" }).waitFor();
    expect(await drafts().count()).toBeGreaterThan(0);
    await page.getByText("Every fact the generator found in this article has a question.").waitFor();
    expect(await draftMoreButton().count()).toBe(0);
  });

  it("fits a phone's width", async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.reload();
    await drafts().first().getByText(/^Other forms/).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/review-drafts-360.png`, fullPage: true });
  });
});
