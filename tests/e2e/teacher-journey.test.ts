// A new teacher in Chromium: paste an article, review the drafted questions against the
// highlighted article, approve, edit one, upload a saved web page, publish a quiz that a learner
// then finds on the home page. Screenshots go to test-results/screenshots/teach-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { articlePage, startLocalSite, type LocalSite } from "../support/local-site";
import { tickEveryQuestion } from "./support/quiz-builder";

const chromiumPath = findChromium();
const SHOTS = "test-results/screenshots";

const ARTICLE = [
  "Island states agree to share ferry service",
  "Transport ministers from Vanuatu, Fiji and Samoa met in Port Vila on Monday to restart talks on a shared ferry service.",
  "Vanuatu's Prime Minister Jotham Napat said the service would link eleven harbours and cost about $40 million to set up.",
  "The ministers agreed that ticket prices would rise by no more than 5 percent a year for the first decade.",
  "About 120,000 people travel between the three countries by sea every year, according to a regional survey.",
  "A final decision is expected in June, when the ministers meet again in Suva.",
].join("\n");

const PAGE = `<!doctype html><html><head><title>Rice harvest talks - Delta Daily</title></head><body>
<nav>Home | Business</nav><article><h1>Rice growers meet over poor harvest</h1>
<p>Farm ministers from Thailand and Vietnam met in Bangkok on Friday after the rice harvest fell by 12 percent.</p>
<p>Thailand's agriculture minister Somchai Wongsa said farmers would receive about $300 million in emergency aid.</p>
<p>Exports are expected to recover by March, when the next crop is gathered in the central plains.</p></article>
<footer>Subscribe today</footer></body></html>`;

describe.skipIf(!chromiumPath)("teacher journey in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    ({ server, browser, page } = app);
    const email = await signUp(page, server.baseUrl, "Tess Teacher");
    await grantRole(server.databaseUrl, email, "teacher");
  });

  afterAll(() => closeApp(app));

  it("keeps learners out of the teacher pages", async () => {
    const learner = await browser.newPage();
    await signUp(learner, server.baseUrl, "Lou Learner");
    const response = await learner.goto(`${server.baseUrl}/teach`);
    expect(response?.status()).toBe(404);
    await learner.close();
  });

  it("pastes an article and gets drafts to review beside the highlighted text", async () => {
    await page.goto(`${server.baseUrl}/teach`);
    await page.screenshot({ path: `${SHOTS}/teach-empty.png`, fullPage: true });
    await page.getByRole("link", { name: "Add an article" }).click();
    await page.getByRole("button", { name: "Make questions" }).click();
    await page.getByText("Give the article a title.").waitFor();
    await page.screenshot({ path: `${SHOTS}/teach-article-errors.png`, fullPage: true });

    await page.getByLabel("Title").fill("Island states agree to share ferry service");
    await page.getByLabel("Publication date").fill("2025-03-03");
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByRole("button", { name: "Make questions" }).click();
    await page.waitForURL(/\/teach\/articles\//);
    await page.getByRole("heading", { name: "Questions, best first" }).waitFor();
    expect(await page.locator("mark").count()).toBeGreaterThan(2);
    await page.screenshot({ path: `${SHOTS}/teach-review.png`, fullPage: false });
  });

  it("approves the checked questions and edits one", async () => {
    // Nothing comes ticked: the teacher ticks what they have read.
    for (const n of [1, 2, 3, 4]) await page.getByRole("checkbox", { name: `Select question ${n}`, exact: true }).check();
    await page.getByRole("button", { name: "Approve ticked" }).click();
    await page.getByRole("status").filter({ hasText: "Approved 4 questions." }).waitFor();
    await expect.poll(() => page.getByText("approved", { exact: true }).count()).toBeGreaterThan(2);

    await page.getByRole("link", { name: "Edit question 1", exact: true }).click();
    await page.getByRole("button", { name: "Save question" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/teach-edit.png`, fullPage: true });
    const prompt = page.getByLabel("Question", { exact: true });
    await prompt.fill("");
    await page.getByRole("button", { name: "Save question" }).click();
    await page.getByText("Write the question.").waitFor();
    await prompt.fill("Where did the transport ministers meet on Monday?");
    await page.getByRole("button", { name: "Save question" }).click();
    await page.waitForURL(/\/teach\/articles\//);
    await page.getByText("Where did the transport ministers meet on Monday?").waitFor();
  });

  it("uploads a saved web page and reads the article out of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nq-upload-"));
    const file = join(dir, "rice.html");
    writeFileSync(file, PAGE);
    await page.goto(`${server.baseUrl}/teach/articles/new`);
    await page.getByLabel("…or upload a file").setInputFiles(file);
    await page.getByRole("button", { name: "Make questions" }).click();
    await page.waitForURL(/\/teach\/articles\//);
    const text = await page.locator("section[aria-labelledby=article-heading]").innerText();
    expect(text).toContain("Farm ministers from Thailand and Vietnam met in Bangkok");
    expect(text).not.toMatch(/Subscribe today|Home \| Business/);
  });

  it("imports a Moodle GIFT file into the bank and exports the bank as GIFT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nq-gift-"));
    const file = join(dir, "bank.gift");
    writeFileSync(file, ["$CATEGORY: $course$/Pacific", "", "Capital of Samoa? {=Apia ~Suva ~Honiara}", "", "Broken {=x", ""].join("\n"));
    await page.goto(`${server.baseUrl}/teach/bank`);
    await page.getByLabel("GIFT (Moodle) or Newsquiz JSON file").setInputFiles(file);
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText("Imported 1 question.").waitFor();
    await page.getByText(/line 5: .*not closed/).waitFor();
    await page.goto(`${server.baseUrl}/teach/bank?tag=Pacific`);
    await page.getByText("Capital of Samoa?").waitFor();
    await page.screenshot({ path: `${SHOTS}/teach-bank.png`, fullPage: true });
    const download = await page.request.get(`${server.baseUrl}/teach/bank/export?format=gift`);
    expect(download.status()).toBe(200);
    const gift = await download.text();
    expect(gift).toContain("Capital of Samoa? {=Apia ~Suva ~Honiara}");
    expect(gift).toContain("// [tag:Pacific]");
  });

  it("publishes a quiz that learners see on the home page", async () => {
    await page.goto(`${server.baseUrl}/teach/quizzes/new`);
    await page.getByLabel("Title").fill("Ferry talks quiz");
    await tickEveryQuestion(page);
    await page.screenshot({ path: `${SHOTS}/teach-quiz-builder.png`, fullPage: true });
    await page.getByRole("button", { name: "Publish quiz" }).click();
    await page.waitForURL(/\/teach\/quizzes\/\w+$/);
    await page.getByRole("button", { name: "Preview as a learner" }).click();
    await page.waitForURL(/\/attempts\//);
    await page.getByRole("button", { name: "Submit answers" }).waitFor();
    await page.goto(server.baseUrl);
    await page.getByRole("heading", { name: "Ferry talks quiz" }).waitFor();
    await page.goto(`${server.baseUrl}/teach`);
    await page.screenshot({ path: `${SHOTS}/teach-dashboard.png`, fullPage: true });
  });

  describe("articles from the web", () => {
    // A news site on this machine (the app server allows 127.0.0.1 through NEWSQUIZ_FETCH_ALLOW_HOSTS).
    // Pages answer slowly so the import's progress can be watched.
    let site: LocalSite;
    const STORIES = [
      ["harbour", "Harbour reopens after storm repairs", ["The port of Nuku'alofa reopened on Wednesday after six weeks of repairs to its main wharf.", "Tonga's transport minister said the work cost about $12 million and was paid for by a regional fund.", "Cargo ships will return to a full timetable by May, port officials said."]],
      ["solar", "Schools switch to solar power", ["Two hundred schools in Kenya will run on solar power by December, the education ministry said on Monday.", "The programme costs about $25 million and is paid for by a loan from the African Development Bank.", "Officials expect electricity bills at the schools to fall by 60 percent."]],
      ["bridge", "New bridge links two river towns", ["A new bridge across the Mekong between Pakse and Champasak opened to traffic on Saturday.", "Laos's public works minister said the bridge cost $90 million and took four years to build.", "About 15,000 vehicles are expected to cross it every day."]],
    ] as const;

    beforeAll(async () => {
      site = await startLocalSite();
      for (const [slug, headline, paragraphs] of STORIES) {
        site.routes.set(`/news/${slug}`, { type: "text/html; charset=utf-8", body: articlePage({ headline, paragraphs: [...paragraphs], published: "2025-05-07T09:00:00Z" }), delayMs: 700 });
      }
      const items = [...STORIES.map(([slug, headline]) => [slug, headline]), ["gone", "A story that was taken down"]]
        .map(([slug, headline]) => `<item><title>${headline}</title><link>${site.origin}/news/${slug}</link><pubDate>Wed, 07 May 2025 09:00:00 GMT</pubDate></item>`)
        .join("");
      site.routes.set("/feed.xml", { type: "application/rss+xml", body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Gazette</title>${items}</channel></rss>` });
    });

    afterAll(() => site?.close());

    it("fetches an article by its address, refusing a private one", async () => {
      await page.goto(`${server.baseUrl}/teach/articles/new`);
      const address = page.getByLabel("Article address (URL)");
      await address.fill("http://10.0.0.1/news");
      await page.getByRole("button", { name: "Fetch article" }).click();
      await page.getByText(/not a public website/).waitFor();
      expect(await address.getAttribute("aria-invalid")).toBe("true");
      await page.screenshot({ path: `${SHOTS}/teach-fetch-error.png`, fullPage: true });

      await address.fill(`${site.origin}/news/harbour`);
      await page.getByRole("button", { name: "Fetch article" }).click();
      await page.waitForURL(/\/teach\/articles\//, { timeout: 30_000 });
      await page.getByRole("heading", { name: /Harbour reopens after storm repairs/ }).waitFor();
      const text = await page.locator("section[aria-labelledby=article-heading]").innerText();
      expect(text).toContain("reopened on Wednesday after six weeks of repairs");
      expect(text).not.toMatch(/newsletter/);
    });

    it("imports a feed, shows its progress while it runs, and skips what was already there", async () => {
      await page.goto(`${server.baseUrl}/teach`);
      await page.getByRole("link", { name: "Import a feed" }).click();
      await page.getByLabel("Feed address (RSS or Atom)").fill(`${site.origin}/feed.xml`);
      await page.getByRole("button", { name: "Start import" }).click();
      await page.waitForURL(/\/teach\/imports\/\w+/);
      const jobUrl = page.url();
      await page.getByRole("progressbar", { name: "Import progress" }).waitFor();
      await page.screenshot({ path: `${SHOTS}/teach-import-running.png`, fullPage: true });

      // Leave and come back through the list of imports.
      await page.goto(`${server.baseUrl}/teach/imports`);
      await page.getByRole("heading", { name: "Recent imports" }).waitFor();
      await page.getByRole("link", { name: `${site.origin}/feed.xml` }).first().click();
      await page.waitForURL(jobUrl);
      await page.getByText("Finished: 4 of 4 items.").waitFor({ timeout: 60_000 });
      await page.screenshot({ path: `${SHOTS}/teach-import-done.png`, fullPage: true });

      const imported = page.locator("section[aria-labelledby=imported-heading] li");
      // The harbour story was fetched by hand above: the feed skips it.
      expect(await imported.allInnerTexts()).toEqual([expect.stringContaining("Schools switch to solar power"), expect.stringContaining("New bridge links two river towns")]);
      expect(await page.getByRole("progressbar", { name: "Import progress" }).getAttribute("aria-valuenow")).toBe("4");
      await page.getByText("A story that was taken down").waitFor();
      await page.getByText("The site answered 404: the page was not found.").waitFor();
      await page.getByRole("link", { name: "New bridge links two river towns" }).click();
      await page.waitForURL(/\/teach\/articles\//);
      await page.getByRole("heading", { name: "Questions, best first" }).waitFor();

      await page.goto(`${server.baseUrl}/teach/imports`);
      await page.screenshot({ path: `${SHOTS}/teach-imports.png`, fullPage: true });
    });
  });
});
