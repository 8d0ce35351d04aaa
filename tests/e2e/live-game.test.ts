// A whole live game in Chromium: a teacher hosts from the quiz page (projector at 1280 px), three
// players join on phones (360 px, separate browser contexts: one signed-in learner, two guests),
// one reloads mid-question, one answers late and one answers twice (both refused), and the
// scores on the phones match what the server stored, as live points and as quiz attempts. The
// host turns the streak bonus on: Ana's run of right answers shows on her phone and counts. After
// the podium the host opens the game report (1280 and 360 px), also linked from the quiz page.
// Screenshots: test-results/screenshots/live-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { findChromium } from "./support/chromium";
import type { AppServer } from "./support/app-server";
import { closeApp, openApp, SHOTS, type AppInBrowser } from "./support/harness";
import { grantRole, signUp } from "./support/accounts";

const chromiumPath = findChromium();

/** Every message of a phone's event stream, read over the network until the server ends it. */
async function recordStream(url: string, cookie: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(url, { headers: { cookie, accept: "text/event-stream" } });
  if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
  const messages: Record<string, unknown>[] = [];
  let buffered = "";
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffered.indexOf("\n\n")) >= 0) {
      const event = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      for (const line of event.split("\n")) if (line.startsWith("data: ")) messages.push(JSON.parse(line.slice(6)) as Record<string, unknown>);
    }
  }
  return messages;
}

/** All a phone may hear of an open question. */
const OPEN_QUESTION_FIELDS = ["answered", "count", "index", "input", "kind", "options", "prompt", "remainingMs", "seconds"];
const PHONE = { width: 360, height: 740 };


/** A quiz of the three kinds a phone answers: tap one, tap true/false, type a number. */
async function makeQuiz(db: Db, ownerId: string): Promise<string> {
  const q = (data: { type: string; prompt: string; choices?: string[]; answer: unknown; tolerance?: number }) =>
    db.question.create({
      data: { type: data.type, prompt: data.prompt, choices: data.choices ? JSON.stringify(data.choices) : null, answer: JSON.stringify(data.answer), tolerance: data.tolerance ?? null, status: "approved", authorId: ownerId },
      select: { id: true },
    });
  const questions = [
    await q({ type: "multiple_choice", prompt: "Where did the lighthouse keepers meet this spring?", choices: ["Kirkwall", "Lerwick", "Stornoway", "Oban"], answer: "Lerwick" }),
    await q({ type: "true_false", prompt: "The keepers agreed to share one supply boat.", answer: true }),
    await q({ type: "numeric", prompt: "How many lighthouses does the new rota cover?", answer: 14 }),
  ];
  const quiz = await db.quiz.create({
    data: { title: "Lighthouse news", ownerId, status: "published", questions: { create: questions.map((x, position) => ({ questionId: x.id, position, points: 1 })) } },
    select: { id: true },
  });
  return quiz.id;
}

describe.skipIf(!chromiumPath)("a live game in Chromium", () => {
  let app: AppInBrowser | undefined;
  let server: AppServer;
  let browser: Browser;
  let host: Page;
  let db: Db;
  const contexts: BrowserContext[] = [];
  const phones: Record<"ana" | "ben" | "cai", Page> = {} as never;
  let quizId = "";
  let gameUrl = "";
  let pin = "";
  let recorded: Promise<Record<string, unknown>[]> | undefined;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    ({ server, browser } = app);
    // Its own context, as axe-core needs, like each phone.
    host = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    db = createDb(resolveDatabase(server.databaseUrl));
    const email = await signUp(host, server.baseUrl, "Tess Host");
    await grantRole(server.databaseUrl, email, "teacher");
    const teacher = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    quizId = await makeQuiz(db, teacher.id);
    for (const name of ["ana", "ben", "cai"] as const) {
      const context = await browser.newContext({ viewport: PHONE });
      contexts.push(context);
      phones[name] = await context.newPage();
    }
  });

  afterAll(async () => {
    await db?.$disconnect();
    await closeApp(app);
  });

  it("starts a game from the teacher's quiz page, with a PIN and a QR code", async () => {
    await host.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    await host.screenshot({ path: `${SHOTS}/live-teach-quiz-run-live.png` });
    await host.getByLabel("Streak bonus").check();
    await host.getByRole("button", { name: "Run live" }).click();
    await host.waitForURL(/\/live\/host\//);
    gameUrl = host.url();
    pin = (await host.getByTestId("game-pin").innerText()).trim();
    expect(pin).toMatch(/^\d{6}$/);
    expect(await host.getByRole("img", { name: /QR code/ }).getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it("lets a signed-in learner and two guests join, with unique nicknames", async () => {
    // Ana has an account: her name is filled in.
    await signUp(phones.ana, server.baseUrl, "Ana");
    await phones.ana.goto(`${server.baseUrl}/live?pin=${pin}`);
    expect(await phones.ana.getByLabel("Nickname").inputValue()).toBe("Ana");
    expect(await seriousViolations(phones.ana)).toEqual([]);
    await phones.ana.screenshot({ path: `${SHOTS}/live-join-phone.png`, fullPage: true });
    await phones.ana.getByRole("button", { name: "Join" }).click();
    await phones.ana.waitForURL(/\/live\/play\//);

    // Ben is a guest, from the header link, typing the PIN.
    await phones.ben.goto(server.baseUrl);
    await phones.ben.getByRole("link", { name: "Join a live game" }).click();
    await phones.ben.getByLabel("Game PIN").fill("123");
    await phones.ben.getByLabel("Nickname").fill("Ben");
    await phones.ben.getByRole("button", { name: "Join" }).click();
    await phones.ben.getByText("The game PIN is six digits.").waitFor();
    // PINs are six digits from 100000 up: this one is nobody's.
    await phones.ben.getByLabel("Game PIN").fill("000000");
    await phones.ben.getByRole("button", { name: "Join" }).click();
    await phones.ben.getByText("No game is running with that PIN").waitFor();
    await phones.ben.getByLabel("Game PIN").fill(pin);
    await phones.ben.getByRole("button", { name: "Join" }).click();
    await phones.ben.waitForURL(/\/live\/play\//);
    // Everything Ben's phone is sent, read over the network beside his browser, for the whole game.
    const cookie = (await contexts[1]!.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    recorded = recordStream(`${server.baseUrl}/api/live/${gameUrl.split("/").pop()}/events`, cookie);

    // Cai tries a name already taken (in other letters' case), then a blank one, then their own.
    await phones.cai.goto(`${server.baseUrl}/live?pin=${pin}`);
    await phones.cai.getByLabel("Nickname").fill("  aNA ");
    await phones.cai.getByRole("button", { name: "Join" }).click();
    await phones.cai.getByText("Someone in this game already has that nickname").waitFor();
    await phones.cai.getByLabel("Nickname").fill("   ");
    await phones.cai.getByRole("button", { name: "Join" }).click();
    await phones.cai.getByText("Choose a nickname.").waitFor();
    await phones.cai.getByLabel("Nickname").fill("Cai");
    await phones.cai.getByRole("button", { name: "Join" }).click();
    await phones.cai.waitForURL(/\/live\/play\//);
    await phones.cai.getByText("You're in, Cai!").waitFor();

    await host.getByTestId("player-count").filter({ hasText: "3" }).waitFor();
    for (const name of ["Ana", "Ben", "Cai"]) await host.getByText(name, { exact: true }).waitFor();
    expect(await seriousViolations(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/live-host-lobby.png`, fullPage: true });
    // The same screens the other way round: the projector page on a phone, the join page on a laptop.
    await host.setViewportSize(PHONE);
    expect(await seriousViolations(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/live-host-lobby-360.png`, fullPage: true });
    await host.setViewportSize({ width: 1280, height: 900 });
  });

  it("lets the host remove a nickname, and that player join again", async () => {
    const extra = await contexts[0]!.browser()!.newContext({ viewport: PHONE });
    const page = await extra.newPage();
    await page.goto(`${server.baseUrl}/live?pin=${pin}`);
    await page.getByLabel("Nickname").fill("Rude name");
    await page.getByRole("button", { name: "Join" }).click();
    await page.waitForURL(/\/live\/play\//);
    await host.getByRole("button", { name: "Remove Rude name" }).click();
    await page.getByText("You are no longer in this game").waitFor();
    await host.getByTestId("player-count").filter({ hasText: "3" }).waitFor();
    await extra.close();
  });

  it("plays question 1: everyone answers (one after a reload), so it closes before the clock", async () => {
    await host.getByRole("button", { name: "Start" }).click();
    await host.getByRole("heading", { name: /lighthouse keepers meet/ }).waitFor();
    for (const phone of Object.values(phones)) await phone.getByRole("button", { name: "Lerwick" }).waitFor();
    expect(await seriousViolations(phones.ana)).toEqual([]);
    await phones.ana.screenshot({ path: `${SHOTS}/live-phone-question.png`, fullPage: true });
    await phones.ana.setViewportSize({ width: 1280, height: 800 });
    await phones.ana.screenshot({ path: `${SHOTS}/live-phone-question-1280.png` });
    await phones.ana.setViewportSize(PHONE);
    await host.screenshot({ path: `${SHOTS}/live-host-question.png`, fullPage: true });

    await phones.ana.getByRole("button", { name: "Lerwick" }).click();
    await phones.ana.getByTestId("locked").waitFor();
    await host.getByTestId("answer-count").filter({ hasText: "1 of 3" }).waitFor();
    // Ana reloads: the same player, still locked on the same question.
    await phones.ana.reload();
    await phones.ana.getByTestId("locked").waitFor();
    await phones.ben.getByRole("button", { name: "Oban" }).click();
    // Cai reloads before answering: the question comes back, with its options.
    await phones.cai.reload();
    await phones.cai.getByRole("button", { name: "Lerwick" }).click();

    await host.getByTestId("correct-answer").filter({ hasText: "Lerwick" }).waitFor();
    expect(await host.getByTestId("leaderboard").locator("li").count()).toBe(3);
    expect(await seriousViolations(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/live-host-reveal.png`, fullPage: true });
    await host.setViewportSize(PHONE);
    await host.screenshot({ path: `${SHOTS}/live-host-reveal-360.png`, fullPage: true });
    await host.setViewportSize({ width: 1280, height: 900 });
    await phones.ana.getByTestId("phone-result").waitFor();
    expect(await phones.ana.getByRole("heading", { name: "Right!" }).count()).toBe(1);
    expect(await phones.ben.getByRole("heading", { name: "Not this time" }).count()).toBe(1);
    expect(await phones.ben.getByTestId("points").innerText()).toBe("+0 points");
    // Streak bonus on: a first right answer starts a run (no bonus yet), a wrong one shows none.
    expect(await phones.ana.getByTestId("streak").innerText()).toContain("Streak 1");
    expect(await phones.ben.getByTestId("streak").count()).toBe(0);
    expect(await seriousViolations(phones.ana)).toEqual([]);
    await phones.ana.screenshot({ path: `${SHOTS}/live-phone-result.png`, fullPage: true });
  });

  it("plays question 2: a second answer is refused, the host closes it, and a late answer is refused", async () => {
    await host.getByRole("button", { name: "Next question" }).click();
    await phones.ana.getByRole("button", { name: "True" }).click();
    await phones.ana.getByTestId("locked").waitFor();
    // Ana's phone sends another answer by hand: refused, the first one stands.
    const second = await phones.ana.evaluate(async (url) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIndex: 1, answer: { choice: 1 } }) });
      return { status: res.status, body: await res.json() };
    }, `${server.baseUrl}/api/live/${gameUrl.split("/").pop()}/answers`);
    expect(second).toEqual({ status: 409, body: { error: "You have already answered this question." } });
    await phones.ben.getByRole("button", { name: "True" }).click();
    await phones.ben.getByTestId("locked").waitFor();
    // Cai has not answered when the host closes the question.
    await phones.cai.getByRole("button", { name: "True" }).waitFor();
    await host.getByRole("button", { name: "Close question" }).click();
    await host.getByTestId("correct-answer").filter({ hasText: "True" }).waitFor();
    const late = await phones.cai.evaluate(async (url) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIndex: 1, answer: { choice: 0 } }) });
      return { status: res.status, body: await res.json() };
    }, `${server.baseUrl}/api/live/${gameUrl.split("/").pop()}/answers`);
    expect(late).toEqual({ status: 409, body: { error: "This question has closed." } });
    await phones.cai.getByRole("heading", { name: "No answer" }).waitFor();
    // Ana's second right answer in a row: +100 on top of her speed points.
    await phones.ana.getByTestId("streak").filter({ hasText: "Streak 2 · +100" }).waitFor();
    expect(await phones.cai.getByTestId("streak").count()).toBe(0);
    expect(await seriousViolations(phones.ana)).toEqual([]);
    await phones.ana.screenshot({ path: `${SHOTS}/live-phone-streak.png`, fullPage: true });
  });

  it("plays question 3 (typed numbers, after a pause), then shows the podium and each phone its rank and score", async () => {
    // "End game" asks first (one stray click would end it for everyone); "Keep playing", focused,
    // so Enter, keeps the game going and hands focus back to "End game".
    await host.getByRole("button", { name: "End game" }).click();
    const asking = host.getByRole("group", { name: "End the game for every player now?" });
    await asking.waitFor();
    await host.screenshot({ path: `${SHOTS}/live-host-end-confirm.png`, fullPage: true });
    await host.keyboard.press("Enter");
    await asking.waitFor({ state: "detached" });
    expect(await host.evaluate(() => document.activeElement?.textContent)).toBe("End game");
    expect(await host.getByTestId("host-screen").getAttribute("data-kind")).toBe("reveal");
    await host.getByRole("button", { name: "Next question" }).click();
    await phones.ana.getByLabel("Your answer (a number)").waitFor();
    // The host pauses: the phones put the question away until it resumes.
    await host.getByRole("button", { name: "Pause" }).click();
    await host.getByTestId("paused").waitFor();
    for (const phone of Object.values(phones)) await phone.getByTestId("phone-paused").waitFor();
    await phones.ana.screenshot({ path: `${SHOTS}/live-phone-paused.png`, fullPage: true });
    await host.getByRole("button", { name: "Resume" }).click();
    for (const [name, typed] of [["ana", "14"], ["ben", "12"], ["cai", "14"]] as const) {
      await phones[name].getByLabel("Your answer (a number)").fill(typed);
      await phones[name].getByRole("button", { name: "Send" }).click();
    }
    await host.getByTestId("correct-answer").filter({ hasText: "14" }).waitFor();
    await host.getByRole("button", { name: "Show the podium" }).click();
    await host.getByTestId("podium").waitFor();
    await host.screenshot({ path: `${SHOTS}/live-host-podium.png`, fullPage: true });

    const gameId = gameUrl.split("/").pop()!;
    // The attempts are written just after the end went out (finish-game.ts): wait for them.
    for (let i = 0; i < 100 && !(await db.liveGame.findUniqueOrThrow({ where: { id: gameId } })).attemptsWrittenAt; i++) await new Promise((r) => setTimeout(r, 100));
    const players = await db.livePlayer.findMany({ where: { gameId }, select: { nickname: true, userId: true, attemptId: true, answers: { select: { points: true, correct: true } } } });
    expect(players.map((p) => p.nickname).sort()).toEqual(["Ana", "Ben", "Cai"]);
    // Speed points, plus the streak bonus: Ana's three in a row make +100 and +200; Cai's two
    // right answers are not in a row (no answer between), and Ben has no two in a row.
    const streakBonus: Record<string, number> = { Ana: 300, Ben: 0, Cai: 0 };
    const totals = Object.fromEntries(players.map((p) => [p.nickname, p.answers.reduce((s, a) => s + a.points, 0) + streakBonus[p.nickname]!]));
    // Right answers: Ana 3 (all), Ben 1 (question 2), Cai 2 (questions 1 and 3). Each right answer
    // makes 500–1000 points by its speed, each wrong or missing one nothing.
    const rights = Object.fromEntries(players.map((p) => [p.nickname, p.answers.filter((a) => a.correct).length]));
    expect(rights).toEqual({ Ana: 3, Ben: 1, Cai: 2 });
    for (const p of players) for (const a of p.answers) expect(a.correct ? a.points >= 500 && a.points <= 1000 : a.points === 0).toBe(true);

    const byScore = Object.entries(totals).sort((a, b) => b[1] - a[1]);
    for (const [name, page] of [["Ana", phones.ana], ["Ben", phones.ben], ["Cai", phones.cai]] as const) {
      await page.getByTestId("phone-final").waitFor();
      expect(Number(await page.getByTestId("score").innerText())).toBe(totals[name]);
      expect(Number(await page.getByTestId("rank").innerText())).toBe(1 + byScore.filter(([, s]) => s > totals[name]!).length);
    }
    await phones.cai.screenshot({ path: `${SHOTS}/live-phone-final.png`, fullPage: true });

    // Every player's game is an ordinary submitted attempt at the quiz, marked by the quiz grader.
    const attempts = await db.attempt.findMany({ where: { quizId }, select: { id: true, userId: true, status: true, score: true, maxScore: true, responses: { select: { fraction: true } } } });
    expect(attempts).toHaveLength(3);
    for (const p of players) {
      const attempt = attempts.find((a) => a.id === p.attemptId)!;
      expect(attempt.userId).toBe(p.userId);
      expect(attempt).toMatchObject({ status: "submitted", score: rights[p.nickname], maxScore: 3 });
      expect(attempt.responses).toHaveLength(3);
    }
    // The crawl of Ben's stream: every kind of message came, and no open question carried more
    // than its prompt and options (the keys here: "Lerwick", true, 14).
    const messages = await recorded!;
    expect(new Set(messages.map((m) => m.kind))).toEqual(new Set(["lobby", "question", "paused", "result", "ended"]));
    const open = messages.filter((m) => m.kind === "question");
    expect(new Set(open.map((m) => m.index))).toEqual(new Set([0, 1, 2]));
    for (const m of open) expect(Object.keys(m).sort()).toEqual(OPEN_QUESTION_FIELDS);
    for (const m of messages.filter((x) => x.kind === "paused")) expect(Object.keys(m).sort()).toEqual(["answered", "count", "index", "kind"]);
    expect(open.find((m) => m.index === 2)).toMatchObject({ options: null, input: "number" });
    expect(messages.filter((m) => m.kind === "result").map((m) => m.correctAnswer)).toEqual(["Lerwick", "True", "14"]);
    // Ben's runs came with the results only: wrong, right, wrong.
    expect(messages.filter((m) => m.kind === "result").map((m) => m.streak)).toEqual([{ count: 0, bonus: 0 }, { count: 1, bonus: 0 }, { count: 0, bonus: 0 }]);

    // Ana (signed in) finds it in her history.
    await phones.ana.goto(`${server.baseUrl}/history`);
    expect(await phones.ana.getByTestId("history-score").count()).toBe(1);
  });

  it("gives the host a report of the game, from the podium and from the quiz page", async () => {
    const gameId = gameUrl.split("/").pop()!;
    await host.getByRole("link", { name: "Open the game report" }).click();
    await host.waitForURL(new RegExp(`/teach/quizzes/${quizId}/live/${gameId}$`));
    const rows = host.getByTestId("report-player");
    await rows.first().waitFor();
    // Players by rank: nickname, right answers, score (with the streak bonus for Ana).
    const table = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())));
    expect(table).toHaveLength(3);
    expect(table[0]!.slice(0, 3)).toEqual(["1", "Ana", "3 of 3"]);
    expect(table.find((r) => r[1] === "Ana")![3]).toContain("incl. +300 streak");
    expect(table.find((r) => r[1] === "Ben")![2]).toBe("1 of 3");
    expect(table.find((r) => r[1] === "Cai")![2]).toBe("2 of 3");
    // Per question: the answers chosen, the share right and the mean time.
    const questions = host.getByTestId("report-question");
    expect(await questions.count()).toBe(3);
    expect(await questions.nth(0).getByTestId("percent-right").innerText()).toBe("67%");
    expect(await questions.nth(1).getByTestId("percent-right").innerText()).toBe("67%");
    expect(await questions.nth(1).getByRole("row", { name: /No answer/ }).innerText()).toMatch(/1$/);
    expect(await questions.nth(2).getByTestId("percent-right").innerText()).toBe("67%");
    expect(await questions.nth(0).getByRole("row", { name: /Oban/ }).innerText()).toMatch(/1$/);
    expect(await questions.nth(0).getByTestId("average-time").innerText()).toMatch(/^\d+\.\d s$/);
    expect(await seriousViolations(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/live-game-report.png`, fullPage: true });
    await host.setViewportSize(PHONE);
    expect(await seriousViolations(host)).toEqual([]);
    await host.screenshot({ path: `${SHOTS}/live-game-report-360.png`, fullPage: true });
    await host.setViewportSize({ width: 1280, height: 900 });

    // The quiz page lists the game, linked to the same report.
    await host.goto(`${server.baseUrl}/teach/quizzes/${quizId}`);
    const listed = host.getByRole("region", { name: "Live games" });
    expect(await listed.getByText("3 players").count()).toBe(1);
    expect(await listed.getByRole("link", { name: "Game report" }).getAttribute("href")).toBe(`/teach/quizzes/${quizId}/live/${gameId}`);
    await listed.screenshot({ path: `${SHOTS}/live-quiz-page-games.png` });
    // Another account cannot read it: a learner is turned away.
    expect((await phones.ana.goto(`${server.baseUrl}/teach/quizzes/${quizId}/live/${gameId}`))!.status()).toBe(404);
  });
});
