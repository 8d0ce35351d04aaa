// What was left of issue 13 after its closing note, in Chromium at 1280 and 360 px:
// - the practice due date and an invitation's expiry in the reader's zone (a browser in New York),
//   server-rendered, no hydration error;
// - "review" names only the teacher's checking of drafts: the learner's queue is "Practice" at
//   /practice, and /review still lands there;
// - a used invitation says so instead of offering "Accept"; guests are hidden from the people list
//   unless asked for; joining a class twice says "already in".
// Screenshots: test-results/screenshots/leftovers-*-{1280,360}.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { withDb } from "./support/db";
import { SHOTS } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";
import { seriousViolations } from "./support/axe";

const chromiumPath = findChromium();
const ZONE = "America/New_York";
/** A practice question due at 03:10 UTC on 15 January 2027: 22:10 EST on the 14th in New York. */
const DUE = new Date("2027-01-15T03:10:00Z");
const WIDTHS = [1280, 360] as const;

/** How the app writes an instant for a reader in New York ("14 Jan 2027, 22:10 EST"). */
function newYork(date: Date): string {
  const text = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  const zone = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")!.value;
  return `${text} ${zone}`;
}

describe.skipIf(!chromiumPath)("issue 13's leftovers, in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  /** A page in its own context (its own cookies), in New York, watched for hydration errors. */
  async function newPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: ZONE });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /418|hydrat/i.test(message.text())) problems.push(message.text());
    });
    return page;
  }

  /** Screenshots at both widths and axe at both, of the page as it is. */
  async function look(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      await page.reload();
      await ready();
      expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/leftovers-${name}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  describe("item 1: times in the reader's zone", () => {
    it("shows the next practice in New York time on the practice page and the history", async () => {
      const page = await newPage();
      const email = await signUp(page, server.baseUrl, "Noor Practice");
      await withDb(server.databaseUrl, async (db) => {
        const me = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
        const question = await db.question.create({ data: { type: "true_false", prompt: "The ferry runs at night.", answer: "true", status: "approved" }, select: { id: true } });
        await db.reviewCard.create({ data: { userId: me.id, questionId: question.id, due: DUE, stability: 3, difficulty: 5, state: 2, lastReview: new Date() } });
      });
      const due = page.locator(`time[datetime="${DUE.toISOString()}"]`);
      await page.goto(`${server.baseUrl}/history`);
      await expect.poll(() => due.first().innerText()).toBe("14 Jan 2027, 22:10 EST");
      await page.goto(`${server.baseUrl}/practice`);
      await expect.poll(() => due.first().innerText()).toBe("14 Jan 2027, 22:10 EST");
      expect(await page.locator("main").innerText()).not.toMatch(/UTC|GMT/);
      // Rendered so on the server: the HTML already holds it.
      expect(await (await page.request.get(`${server.baseUrl}/practice`)).text()).toContain("22:10 EST");
      await look(page, "practice", () => due.first().waitFor());
      expect(problems).toEqual([]);
    });

    it("gives an invitation's expiry in New York time, to the admin and on the link's page", async () => {
      const admin = await newPage();
      const adminEmail = await signUp(admin, server.baseUrl, "Ada Admin");
      await grantRole(server.databaseUrl, adminEmail, "admin");
      await admin.goto(`${server.baseUrl}/admin/people`);
      await admin.getByRole("button", { name: "Create a teacher invitation" }).click();
      const link = await admin.getByTestId("invite-link").innerText();
      const expiry = admin.getByRole("status").locator("time");
      const expiresAt = new Date((await expiry.getAttribute("datetime"))!);
      expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
      expect(await expiry.innerText()).toBe(newYork(expiresAt));

      const invitee = await newPage();
      await signUp(invitee, server.baseUrl, "Ivo Invitee");
      await invitee.goto(link);
      expect(await invitee.locator(`time[datetime="${expiresAt.toISOString()}"]`).innerText()).toBe(newYork(expiresAt));
      expect(problems).toEqual([]);
    });
  });

  describe("item 4: practice and draft checking have their own names", () => {
    it("calls the learner's queue Practice, at /practice, and sends /review there", async () => {
      const page = await newPage();
      await signUp(page, server.baseUrl, "Pia Practice");
      const nav = page.getByRole("navigation", { name: "Main" });
      expect(await nav.getByRole("link", { name: /^Practice/ }).count()).toBe(1);
      expect(await nav.getByRole("link", { name: /^Review/ }).count()).toBe(0);
      await page.goto(`${server.baseUrl}/review?done=2`);
      await page.waitForURL(/\/practice\?done=2$/);
      await page.getByRole("heading", { level: 1, name: "Practice" }).waitFor();
      expect(await page.title()).toMatch(/^Practice/);
    });

    it("calls the teacher's page of drafts 'Check drafts', with drafts 'to check'", async () => {
      const page = await newPage();
      const email = await signUp(page, server.baseUrl, "Tess Checker");
      await grantRole(server.databaseUrl, email, "teacher");
      await page.goto(`${server.baseUrl}/teach/articles/new`);
      await page.getByLabel("Title").fill("Harbour ferry fares");
      await page.getByLabel("Article text").fill("The harbour council raised ferry fares by 12 percent on Monday. Mayor Ilse Varga said the money would pay for two new boats. The boats will carry up to 300 passengers each and should arrive next spring from a shipyard in Gdansk.");
      await page.getByRole("button", { name: "Make questions" }).click();
      await page.waitForURL(/\/teach\/articles\/(?!new)/);
      await page.getByRole("heading", { name: "Questions, best first" }).waitFor();
      // The title is set as the page hydrates: waited for, not read once.
      await page.waitForFunction(() => document.title.startsWith("Check drafts"));
      await page.getByText(/\d+ questions · \d+ to check · \d+ approved/).waitFor();
      expect(await page.locator("main").innerText()).not.toMatch(/\breview\b/i);
    });
  });

  describe("item 5: smaller things", () => {
    it("says a used invitation is used, to the one who used it and to anyone else, with no Accept button", async () => {
      const admin = await newPage();
      const adminEmail = await signUp(admin, server.baseUrl, "Abe Admin");
      await grantRole(server.databaseUrl, adminEmail, "admin");
      await admin.goto(`${server.baseUrl}/admin/people`);
      await admin.getByRole("button", { name: "Create a teacher invitation" }).click();
      const link = await admin.getByTestId("invite-link").innerText();

      const taker = await newPage();
      await signUp(taker, server.baseUrl, "Tom Taker");
      await taker.goto(link);
      await taker.getByRole("button", { name: "Accept the invitation" }).click();
      await taker.waitForURL(/\/teach$/);
      await taker.goto(link);
      await taker.getByText("You have accepted this invitation: your account can teach.").waitFor();
      expect(await taker.getByRole("button", { name: "Accept the invitation" }).count()).toBe(0);
      await look(taker, "invite-accepted", () => taker.getByText("You have accepted this invitation").waitFor());

      const latecomer = await newPage();
      await signUp(latecomer, server.baseUrl, "Lia Late");
      await latecomer.goto(link);
      await latecomer.getByText("This invitation has been used.").waitFor();
      expect(await latecomer.getByRole("button", { name: "Accept the invitation" }).count()).toBe(0);
      await look(latecomer, "invite-used", () => latecomer.getByText("This invitation has been used.").waitFor());
    });

    it("hides guest accounts from the people list unless the admin asks for them", async () => {
      const guestEmail = `guest-${randomUUID()}@guests.example.test`;
      await withDb(server.databaseUrl, (db) => db.user.create({ data: { id: randomUUID(), name: "Anonymous visitor", email: guestEmail, isAnonymous: true } }));
      const admin = await newPage();
      const adminEmail = await signUp(admin, server.baseUrl, "Amy Admin");
      await grantRole(server.databaseUrl, adminEmail, "admin");
      await admin.goto(`${server.baseUrl}/admin/people`);
      await admin.getByRole("cell", { name: adminEmail }).waitFor();
      expect(await admin.getByRole("cell", { name: guestEmail }).count()).toBe(0);
      expect(await admin.getByTestId("guests-hidden").innerText()).toMatch(/^\d+ guest accounts? (is|are) hidden/);
      await look(admin, "people-guests-hidden", () => admin.getByTestId("guests-hidden").waitFor());

      await admin.getByLabel("Show guest accounts").check();
      await admin.getByRole("button", { name: "Search" }).click();
      await admin.waitForURL(/guests=1/);
      const row = admin.getByRole("row").filter({ hasText: guestEmail });
      await row.waitFor();
      expect(await row.innerText()).toContain("guest");
      expect(await admin.getByLabel("Show guest accounts").isChecked()).toBe(true);
      await look(admin, "people-guests-shown", () => admin.getByRole("row").filter({ hasText: guestEmail }).waitFor());
    });

    it("tells a learner who joins a class twice that they are already in it", async () => {
      const code = "K7M2Q9XB";
      await withDb(server.databaseUrl, async (db) => {
        const teacher = await db.user.create({ data: { id: randomUUID(), name: "Cora Class", email: `cora-${randomUUID()}@example.test`, role: "teacher" } });
        await db.classroom.create({ data: { name: "Year 10 news", ownerId: teacher.id, joinCode: code } });
      });
      const page = await newPage();
      await signUp(page, server.baseUrl, "Jo Joiner");
      await page.goto(`${server.baseUrl}/classes`);
      const join = async () => {
        await page.getByLabel("Join a class with its code").fill(code.toLowerCase());
        await page.getByRole("button", { name: "Join", exact: true }).click();
      };
      await join();
      await page.getByText("You joined Year 10 news.").waitFor();
      await join();
      await page.getByText("You are already in Year 10 news.").waitFor();
      expect(await page.getByText("You joined Year 10 news.").count()).toBe(0);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
        expect(await seriousViolations(page), `classes at ${width} px`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/leftovers-classes-already-${width}.png`, fullPage: true });
      }
    });
  });
});
