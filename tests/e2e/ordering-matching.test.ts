// Ordering and matching by hand (issue 13, item 5), at 1280 px and on a 360 px phone: the ordering
// items are a list in which each appears exactly once, moved by keyboard drag (Space, arrows,
// Space), by mouse drag and by the Up/Down buttons; matching options are dragged onto their items
// or chosen from a menu that swaps rather than using one option twice. Both are saved as the
// learner goes and come back after a reload; the server gives nothing for a crafted answer that
// repeats an item; without JavaScript the menus still answer. Screenshots:
// test-results/screenshots/ordering-matching-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { SHOTS } from "./support/harness";
import { signedInContext } from "./support/quiz-taking";
import { toQuestionRow } from "@/app/_server/bank/question-record";
import type { QuizSettings } from "@/app/_server/quizzes/quiz-settings";
import type { Question } from "@/questions/schema";

const chromiumPath = findChromium();
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
];

// Our own fixture questions (the demo quiz has neither type).
const ORDERING: Question = {
  type: "ordering",
  prompt: "Put the stages of a bill in a parliament in order, first at the top.",
  answer: ["First reading", "Committee stage", "Third reading", "Royal assent"],
  explanation: "",
};
const PAIRS = [
  { left: "Nairobi", right: "Kenya" },
  { left: "Lima", right: "Peru" },
  { left: "Hanoi", right: "Vietnam" },
];
const MATCHING: Question = { type: "matching", prompt: "Match each capital with its country.", answer: PAIRS, choices: ["Kenya", "Peru", "Vietnam", "Chile"], explanation: "" };
const WARM_UP: Question = { type: "true_false", prompt: "A bill becomes law after royal assent.", answer: true, explanation: "" };

interface Keys {
  warmUp: { id: string };
  ordering: { id: string; items: string[] };
  matching: { id: string; pairs: { left: string; right: string }[] };
}

/** The three questions, approved, and a published quiz of them per settings given. */
async function makeQuizzes(databaseUrl: string, settings: Record<string, Partial<QuizSettings>>): Promise<{ keys: Keys; quizzes: Record<string, string> }> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const ids: string[] = [];
    for (const q of [WARM_UP, ORDERING, MATCHING]) ids.push((await db.question.create({ data: { ...toQuestionRow(q), status: "approved" }, select: { id: true } })).id);
    const quizzes: Record<string, string> = {};
    for (const [name, s] of Object.entries(settings)) {
      const quiz = await db.quiz.create({
        data: { title: `Bills and capitals (${name})`, status: "published", settings: JSON.stringify({ shuffleChoices: false, ...s }), questions: { create: ids.map((questionId, position) => ({ questionId, position })) } },
        select: { id: true },
      });
      quizzes[name] = quiz.id;
    }
    return { keys: { warmUp: { id: ids[0]! }, ordering: { id: ids[1]!, items: ORDERING.answer as string[] }, matching: { id: ids[2]!, pairs: PAIRS } }, quizzes };
  } finally {
    await db.$disconnect();
  }
}

async function savedMark(databaseUrl: string, attemptId: string, questionId: string) {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const row = await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId } }, select: { response: true, fraction: true } });
    return row && { response: JSON.parse(row.response) as unknown, fraction: row.fraction };
  } finally {
    await db.$disconnect();
  }
}


/** The ordering list's items, top to bottom. */
const shownOrder = (card: Locator) => card.locator("[data-item-text]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-item-text") ?? ""));

/** What dnd-kit last told screen readers (its live region holds the latest message). */
const announced = (page: Page) => page.locator("[id^='DndLiveRegion']").allInnerTexts().then((t) => t.join(" "));

/**
 * Drags with the mouse from the middle of one element to the middle of another, waiting for
 * dnd-kit to announce the lift (after 4 px of movement) and what the pointer is over before letting go.
 */
async function mouseDrag(page: Page, from: Locator, to: Locator, says: { lifted: string; over: string }): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + 6, { steps: 3 });
  await expect.poll(() => announced(page)).toContain(says.lifted);
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await expect.poll(() => announced(page)).toContain(says.over);
  await page.mouse.up();
}

/** Moves each of the key's items up into its place with the Up buttons. */
async function orderWithButtons(card: Locator, key: string[]): Promise<void> {
  // Layouts are drawn uniformly, the key's own order included (decision 017): when it is shown
  // already, the learner still has to touch the list for the answer to count as given, so the
  // first item goes down and back up.
  if ((await shownOrder(card)).join("\u0000") === key.join("\u0000")) {
    await card.getByRole("button", { name: `Move ${key[0]} down`, exact: true }).click();
    await expect.poll(async () => (await shownOrder(card)).indexOf(key[0]!), { timeout: 15_000 }).toBe(1);
  }
  for (let target = 0; target < key.length; target++) {
    const order = await shownOrder(card);
    for (let at = order.indexOf(key[target]!); at > target; at--) {
      await card.getByRole("button", { name: `Move ${key[target]} up`, exact: true }).click();
      // Each move is waited for: on a busy machine a click can land before the last one rendered.
      await expect.poll(async () => (await shownOrder(card)).indexOf(key[target]!), { timeout: 15_000 }).toBe(at - 1);
    }
  }
}

async function startQuiz(page: Page, baseUrl: string, quizId: string): Promise<string> {
  await page.goto(`${baseUrl}/quiz/${quizId}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.waitForURL(/\/attempts\/[^/?]+(\?.*)?$/);
  return page.url().split("?")[0]!.split("/").pop()!;
}

describe.skipIf(!chromiumPath)("ordering and matching by hand in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let keys: Keys;
  let quizzes: Record<string, string>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
    ({ keys, quizzes } = await makeQuizzes(server.databaseUrl, { plain: {}, onePerScreen: { pageLayout: "one" }, during: { review: "during" } }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px`, () => {
      let context: BrowserContext;
      let page: Page;
      let attemptUrl: string;
      /** Errors the page logged: a server-rendered list that React could not hydrate shows here (#418). */
      const errors: string[] = [];
      const attemptId = () => attemptUrl.split("/").pop()!;
      const ordering = () => page.locator(`[data-question-id="${keys.ordering.id}"]`);
      const matching = () => page.locator(`[data-question-id="${keys.matching.id}"]`);

      beforeAll(async () => {
        ({ context } = await signedInContext(browser, server, { viewport }));
        page = await context.newPage();
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`${server.baseUrl}/quiz/${quizzes.plain}`);
        await page.getByRole("button", { name: "Start the quiz" }).click();
        await page.waitForURL(/\/attempts\/[^/?]+$/);
        attemptUrl = page.url();
      });

      afterAll(async () => {
        await context?.close();
      });

      it("shows the ordering items as one list, each item exactly once, and no menus to repeat one", async () => {
        const card = ordering();
        await card.locator("[data-ordering-list]").waitFor();
        const shown = await shownOrder(card);
        expect([...shown].sort()).toEqual([...keys.ordering.items].sort());
        expect(await card.locator("select").count()).toBe(0);
        // Untouched, the list is not an answer yet: no fields carry an order.
        expect(await card.locator("input[data-answer-part]").count()).toBe(0);
        // Opening the page saves nothing for either. (Autosave looks for changed fields once it runs,
        // then saves in turn: once an answer given after that is stored, anything it sent is too.)
        await page.locator(`[data-question-id="${keys.warmUp.id}"] input[value="true"]`).check();
        await expect.poll(() => savedMark(server.databaseUrl, attemptId(), keys.warmUp.id).then((m) => m?.response)).toBe(true);
        expect(await savedMark(server.databaseUrl, attemptId(), keys.ordering.id)).toBeNull();
        expect(await savedMark(server.databaseUrl, attemptId(), keys.matching.id)).toBeNull();
        await card.screenshot({ path: `${SHOTS}/ordering-matching-ordering-untouched-${viewport.name}.png` });
        expect(await seriousViolations(page)).toEqual([]);
      });

      it("moves items by keyboard drag, mouse drag and the Up/Down buttons into the key's order, saves it and shows it after a reload", async () => {
        const card = ordering();
        const key = keys.ordering.items;
        const handle = (item: string) => card.getByRole("button", { name: `Drag ${item}`, exact: true });

        // 1. Keyboard: the key's first item to the top (Space lifts, arrows move, Space drops).
        let order = await shownOrder(card);
        const from = order.indexOf(key[0]!);
        const live = () => announced(page);
        const over = (position: number) => expect.poll(live).toContain(`${key[0]} is over position ${position} of`);
        await handle(key[0]!).focus();
        await page.keyboard.press("Space");
        // Lifted: it is over its own place (the live region holds the latest message).
        await over(from + 1);
        if (from > 0) {
          for (let position = from; position >= 1; position--) {
            await page.keyboard.press("ArrowUp");
            await over(position);
          }
        } else {
          // Already first (the layout is drawn at random): away and back, to drop in place, which
          // still makes the order an answer.
          await page.keyboard.press("ArrowDown");
          await over(2);
          await page.keyboard.press("ArrowUp");
          await over(1);
        }
        await page.keyboard.press("Space");
        // dnd-kit announced the drop to screen readers.
        await expect.poll(live).toContain(`${key[0]} dropped: now 1st of`);
        expect((await shownOrder(card))[0]).toBe(key[0]);

        // 2. Mouse: the last item onto the second place (always a real move: the first is now key[0]).
        order = await shownOrder(card);
        const last = order[order.length - 1]!;
        await mouseDrag(page, handle(last), card.locator("[data-item-text]").nth(1), { lifted: `${last} is over position ${order.length} of`, over: `${last} is over position 2 of` });
        await expect.poll(() => shownOrder(card)).toEqual([order[0], last, ...order.slice(1, -1)]);

        // 3. Buttons for the rest.
        for (let target = 1; target < key.length; target++) {
          order = await shownOrder(card);
          for (let at = order.indexOf(key[target]!); at > target; at--) {
      await card.getByRole("button", { name: `Move ${key[target]} up`, exact: true }).click();
      // Each move is waited for: on a busy machine a click can land before the last one rendered.
      await expect.poll(async () => (await shownOrder(card)).indexOf(key[target]!), { timeout: 15_000 }).toBe(at - 1);
    }
        }
        expect(await shownOrder(card)).toEqual(key);
        expect(await card.locator("input[data-answer-part]").evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))).toEqual(key);
        await expect.poll(() => savedMark(server.databaseUrl, attemptId(), keys.ordering.id)).toEqual({ response: key, fraction: 1 });

        // The Up button of the item now first is disabled; the buttons still work both ways.
        expect(await card.getByRole("button", { name: `Move ${key[0]} up`, exact: true }).isDisabled()).toBe(true);
        await card.getByRole("button", { name: `Move ${key[0]} down`, exact: true }).click();
        expect((await shownOrder(card)).slice(0, 2)).toEqual([key[1], key[0]]);
        // Focus stayed on a button of the moved item, and the move was announced.
        expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(new RegExp(`^Move .* (up|down)$`));
        await card.getByRole("button", { name: `Move ${key[0]} up`, exact: true }).click();
        expect(await shownOrder(card)).toEqual(key);
        await expect.poll(() => savedMark(server.databaseUrl, attemptId(), keys.ordering.id).then((m) => m?.response)).toEqual(key);
        await page.reload();
        await ordering().locator("[data-ordering-list]").waitFor();
        expect(await shownOrder(ordering())).toEqual(key);
        expect(await ordering().locator("input[data-answer-part]").count()).toBe(key.length);
        await ordering().screenshot({ path: `${SHOTS}/ordering-matching-ordering-done-${viewport.name}.png` });
      });

      it("matches by dragging an option onto its item and by menus that swap instead of using an option twice", async () => {
        const card = matching();
        const pairs = keys.matching.pairs;
        const pool = card.locator("[data-matching-pool] [data-option]");
        const poolTexts = () => pool.evaluateAll((chips) => chips.map((c) => c.getAttribute("data-option") ?? ""));
        const menu = (left: string) => card.locator(`[data-match-row="${left}"] select`);
        const chosen = (left: string) => menu(left).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
        const given = () => card.locator("input[data-answer-part]").evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));

        // Every option is offered once, none used yet.
        const offered = await poolTexts();
        expect(new Set(offered).size).toBe(offered.length);
        for (const p of pairs) expect(offered).toContain(p.right);
        await card.screenshot({ path: `${SHOTS}/ordering-matching-matching-untouched-${viewport.name}.png` });

        // Drag the first pair's option onto its item: it leaves the pool.
        await mouseDrag(page, pool.filter({ hasText: pairs[0]!.right }).first(), card.locator(`[data-match-row="${pairs[0]!.left}"]`), { lifted: `Picked up ${pairs[0]!.right}`, over: `${pairs[0]!.right} is over ${pairs[0]!.left}` });
        await expect.poll(() => chosen(pairs[0]!.left)).toBe(pairs[0]!.right);
        expect(await poolTexts()).not.toContain(pairs[0]!.right);

        // Choosing, for the second item, the option the first already has moves it there (a swap,
        // the first left with nothing): one option is never used twice.
        const swapLabel = await menu(pairs[1]!.left).locator("option").filter({ hasText: pairs[0]!.right }).innerText();
        expect(swapLabel).toContain(`now with ${pairs[0]!.left}`);
        await menu(pairs[1]!.left).selectOption({ label: swapLabel });
        await expect.poll(() => chosen(pairs[1]!.left)).toBe(pairs[0]!.right);
        expect(await chosen(pairs[0]!.left)).toBe("Choose…");
        expect(await given()).toEqual([pairs[0]!.right]);

        // Now match every item right with the menus; each option ends up used once.
        for (const p of pairs) {
          const label = await menu(p.left).locator("option").filter({ hasText: p.right }).first().innerText();
          await menu(p.left).selectOption({ label });
        }
        for (const p of pairs) expect(await chosen(p.left)).toBe(p.right);
        const values = await given();
        expect(new Set(values).size).toBe(values.length);
        await expect.poll(() => savedMark(server.databaseUrl, attemptId(), keys.matching.id)).toEqual({ response: Object.fromEntries(pairs.map((p) => [p.left, p.right])), fraction: 1 });

        await page.reload();
        await matching().locator("[data-match-row]").first().waitFor();
        for (const p of pairs) expect(await chosen(p.left)).toBe(p.right);
        await matching().screenshot({ path: `${SHOTS}/ordering-matching-matching-done-${viewport.name}.png` });
        await page.screenshot({ path: `${SHOTS}/ordering-matching-page-${viewport.name}.png`, fullPage: true });
        expect(await seriousViolations(page)).toEqual([]);
        // Three loads, each hydrated (the drags and menus above answered), none with a hydration error.
        expect(errors.filter((e) => /418|hydrat/i.test(e))).toEqual([]);
      });

      it("gives nothing for a crafted answer that puts one item in every place", async () => {
        const item = keys.ordering.items[0]!;
        const crafted = keys.ordering.items.map(() => item);
        const res = await page.request.put(`${server.baseUrl}/api/attempts/${attemptId()}/answers/${keys.ordering.id}`, {
          data: { response: crafted },
          headers: { origin: server.baseUrl },
        });
        expect(res.status()).toBe(200);
        expect(await savedMark(server.databaseUrl, attemptId(), keys.ordering.id)).toEqual({ response: crafted, fraction: 0 });
        const matchCrafted = Object.fromEntries(keys.matching.pairs.map((p) => [p.left, keys.matching.pairs[0]!.right]));
        await page.request.put(`${server.baseUrl}/api/attempts/${attemptId()}/answers/${keys.matching.id}`, { data: { response: matchCrafted }, headers: { origin: server.baseUrl } });
        expect(await savedMark(server.databaseUrl, attemptId(), keys.matching.id)).toEqual({ response: matchCrafted, fraction: 0 });
      });
    });
  }

  it("drags by touch on a phone (360 px): an ordering item and a matching option", async () => {
    const { context } = await signedInContext(browser, server, { viewport: VIEWPORTS[1]!, hasTouch: true });
    try {
      const page = await context.newPage();
      const attemptId = await startQuiz(page, server.baseUrl, quizzes.plain!);
      const cdp = await context.newCDPSession(page);
      /** A finger pressed on one element, moved in small steps to another and lifted (Chromium makes pointer events of it). */
      const touchDrag = async (from: Locator, to: Locator, says: { lifted: string; over: string }) => {
        const a = (await from.boundingBox())!;
        const b = (await to.boundingBox())!;
        const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
        const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [start] });
        for (let i = 1; i <= 3; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: start.x, y: start.y + 2 * i }] });
        await expect.poll(() => announced(page)).toContain(says.lifted);
        for (let i = 1; i <= 10; i++) {
          await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: start.x + ((end.x - start.x) * i) / 10, y: start.y + 6 + ((end.y - start.y - 6) * i) / 10 }] });
        }
        await expect.poll(() => announced(page)).toContain(says.over);
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      };

      const card = page.locator(`[data-question-id="${keys.ordering.id}"]`);
      await card.locator("[data-ordering-list]").waitFor();
      await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
      const order = await shownOrder(card);
      const last = order[order.length - 1]!;
      await touchDrag(card.getByRole("button", { name: `Drag ${last}`, exact: true }), card.locator("[data-item-text]").first(), {
        lifted: `${last} is over position ${order.length} of`,
        over: `${last} is over position 1 of`,
      });
      await expect.poll(() => shownOrder(card)).toEqual([last, ...order.slice(0, -1)]);
      await expect.poll(() => savedMark(server.databaseUrl, attemptId, keys.ordering.id).then((m) => m?.response)).toEqual([last, ...order.slice(0, -1)]);

      const match = page.locator(`[data-question-id="${keys.matching.id}"]`);
      const pair = keys.matching.pairs[1]!;
      // The whole question in view: a finger near the screen's edge scrolls the page as it drags.
      await match.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await touchDrag(match.locator(`[data-matching-pool] [data-option="${pair.right}"]`), match.locator(`[data-match-row="${pair.left}"]`), {
        lifted: `Picked up ${pair.right}`,
        over: `${pair.right} is over ${pair.left}`,
      });
      await expect.poll(() => match.locator(`[data-match-row="${pair.left}"] select`).inputValue().then(async (v) => match.locator(`[data-match-row="${pair.left}"] option[value="${v}"]`).innerText())).toBe(pair.right);
      await expect.poll(() => savedMark(server.databaseUrl, attemptId, keys.matching.id).then((m) => m?.response)).toEqual({ [pair.left]: pair.right });
    } finally {
      await context.close();
    }
  });

  it("keeps the order across screens one question per screen (360 px)", async () => {
    const { context } = await signedInContext(browser, server, { viewport: VIEWPORTS[1]! });
    try {
      const page = await context.newPage();
      const attemptId = await startQuiz(page, server.baseUrl, quizzes.onePerScreen!);
      await page.getByRole("button", { name: "Next →" }).click();
      const card = page.locator(`[data-question-id="${keys.ordering.id}"]`);
      await card.locator("[data-ordering-list]").waitFor();
      // A learner happy with the order as shown says so: it becomes the answer, and focus lands on the note.
      const shown = await shownOrder(card);
      await card.getByRole("button", { name: "Keep this order" }).click();
      expect(await card.locator("input[data-answer-part]").evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))).toEqual(shown);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Your order is your answer.");
      await orderWithButtons(card, keys.ordering.items);
      await page.getByRole("button", { name: "Next →" }).click();
      await page.locator(`[data-question-id="${keys.matching.id}"]`).waitFor();
      expect((await savedMark(server.databaseUrl, attemptId, keys.ordering.id))?.fraction).toBe(1);
      await page.getByRole("button", { name: "← Previous" }).click();
      await card.locator("[data-ordering-list]").waitFor();
      expect(await shownOrder(card)).toEqual(keys.ordering.items);
    } finally {
      await context.close();
    }
  });

  it("checks an order and a matching with feedback during the attempt, then locks them (1280 px)", async () => {
    const { context } = await signedInContext(browser, server, { viewport: VIEWPORTS[0]! });
    try {
      const page = await context.newPage();
      await startQuiz(page, server.baseUrl, quizzes.during!);
      const card = page.locator(`[data-question-id="${keys.ordering.id}"]`);
      await card.locator("[data-ordering-list]").waitFor();
      await orderWithButtons(card, keys.ordering.items);
      await card.getByRole("button", { name: "Check answer" }).click();
      await card.getByRole("status").filter({ hasText: "Correct" }).waitFor();
      expect(await shownOrder(card)).toEqual(keys.ordering.items);
      expect(await card.getByRole("button", { name: /^(Drag|Move) / }).count()).toBe(0);
      const match = page.locator(`[data-question-id="${keys.matching.id}"]`);
      for (const p of keys.matching.pairs) await match.getByLabel(p.left, { exact: true }).selectOption({ label: p.right });
      await match.getByRole("button", { name: "Check answer" }).click();
      await match.getByRole("status").filter({ hasText: "Correct" }).waitFor();
      expect(await match.locator("select:disabled").count()).toBe(keys.matching.pairs.length);
      await page.screenshot({ path: `${SHOTS}/ordering-matching-feedback-during-desktop.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("still answers ordering and matching with menus without JavaScript", async () => {
    const { context } = await signedInContext(browser, server, { viewport: VIEWPORTS[1]!, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const attemptId = await startQuiz(page, server.baseUrl, quizzes.plain!);
      const ordering = page.locator(`[data-question-id="${keys.ordering.id}"]`);
      const menus = ordering.locator("select");
      expect(await menus.count()).toBe(keys.ordering.items.length);
      for (const [i, item] of keys.ordering.items.entries()) await menus.nth(i).selectOption(item);
      const matching = page.locator(`[data-question-id="${keys.matching.id}"]`);
      for (const p of keys.matching.pairs) await matching.getByLabel(p.left, { exact: true }).and(page.locator("select:visible")).selectOption(p.right);
      await page.screenshot({ path: `${SHOTS}/ordering-matching-nojs-phone.png`, fullPage: true });
      await page.getByRole("button", { name: "Submit answers" }).click();
      await page.getByTestId("score").waitFor();
      expect((await savedMark(server.databaseUrl, attemptId, keys.ordering.id))?.fraction).toBe(1);
      expect((await savedMark(server.databaseUrl, attemptId, keys.matching.id))?.fraction).toBe(1);
    } finally {
      await context.close();
    }
  });
});
