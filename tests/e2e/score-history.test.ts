// The score history page with a learner who has some history: several attempts at two quizzes,
// tagged questions of every fact kind, and a class. The rows are written straight into the
// server's database (the quiz flow itself is covered by the learner journey); the page is then
// checked and photographed at phone and desktop widths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { signUp } from "./support/accounts";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

const chromiumPath = findChromium();
const SHOTS = "test-results/screenshots";

const QUESTIONS = [
  { kind: "meeting", tags: ["pacific", "diplomacy"] },
  { kind: "role", tags: ["pacific"] },
  { kind: "money", tags: ["economy"] },
  { kind: "percentage", tags: ["economy"] },
  { kind: "place", tags: ["pacific", "transport"] },
  { kind: "date", tags: ["transport"] },
  { kind: null, tags: [] },
];

/** Per attempt: which quiz, the day in March 2026, minutes taken, and which questions were right. */
const PLAN = [
  { quiz: 0, day: 2, minutes: 4, right: [1, 0, 1, 0] },
  { quiz: 1, day: 3, minutes: 6, right: [0, 1, 0] },
  { quiz: 0, day: 5, minutes: 3, right: [1, 1, 1, 0] },
  { quiz: 1, day: 9, minutes: 5, right: [1, 1, 0] },
  { quiz: 0, day: 12, minutes: 2, right: [1, 1, 1, 1] },
  { quiz: 1, day: 16, minutes: 7, right: [0, 0, 1] },
];

async function seedHistory(db: Db, email: string) {
  const me = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const person = (name: string) => db.user.create({ data: { id: randomUUID(), name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.test` } });
  const teacher = await person("Terry Teacher");
  const [bea, cal, dan, eve] = [await person("Bea Classmate"), await person("Cal Classmate"), await person("Dan Classmate"), await person("Eve Classmate")];

  const questionIds: string[] = [];
  for (const [i, q] of QUESTIONS.entries()) {
    const row = await db.question.create({
      data: {
        type: "true_false",
        prompt: `Statement ${i + 1} is true.`,
        answer: "true",
        status: "approved",
        factKind: q.kind,
        authorId: teacher.id,
        tags: { create: q.tags.map((name) => ({ tag: { connectOrCreate: { where: { name }, create: { name } } } })) },
      },
      select: { id: true },
    });
    questionIds.push(row.id);
  }
  const quizQuestions = [questionIds.slice(0, 4), questionIds.slice(4)];
  const quizzes = await Promise.all(
    [
      { title: "Pacific leaders and budgets", grading: "highest" },
      { title: "Ferry timetable", grading: "latest" },
    ].map((q, i) =>
      db.quiz.create({
        data: {
          title: q.title,
          status: "published",
          ownerId: teacher.id,
          settings: JSON.stringify({ grading: q.grading }),
          questions: { create: quizQuestions[i]!.map((questionId, position) => ({ questionId, position })) },
        },
        select: { id: true },
      }),
    ),
  );

  const attempt = async (userId: string, quiz: number, day: number, minutes: number, right: number[]) => {
    const startedAt = new Date(Date.UTC(2026, 2, day, 9, 30));
    const ids = quizQuestions[quiz]!;
    await db.attempt.create({
      data: {
        quizId: quizzes[quiz]!.id,
        userId,
        status: "submitted",
        startedAt,
        submittedAt: new Date(startedAt.getTime() + minutes * 60_000 + 17_000),
        score: right.reduce((a, b) => a + b, 0),
        maxScore: ids.length,
        layout: JSON.stringify(ids.map((questionId) => ({ questionId, points: 1 }))),
        responses: { create: ids.map((questionId, i) => ({ questionId, response: JSON.stringify(Boolean(right[i])), fraction: right[i]!, points: right[i]! })) },
      },
    });
  };
  for (const p of PLAN) await attempt(me.id, p.quiz, p.day, p.minutes, p.right);
  await attempt(bea.id, 0, 4, 5, [1, 0, 0, 0]);
  await attempt(cal.id, 0, 6, 5, [1, 1, 0, 1]);
  await attempt(dan.id, 0, 6, 5, [1, 1, 0, 0]);
  await attempt(eve.id, 0, 7, 5, [1, 1, 1, 1]);

  const cls = await db.classroom.create({ data: { name: "Year 10 current affairs", ownerId: teacher.id, joinCode: randomUUID().slice(0, 8).toUpperCase() } });
  await db.classMember.createMany({ data: [me, bea, cal, dan, eve].map((u) => ({ classId: cls.id, userId: u.id })) });
  await db.quizAssignment.createMany({ data: quizzes.map((q) => ({ classId: cls.id, quizId: q.id })) });
}

describe.skipIf(!chromiumPath)("score history in Chromium", () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startAppServer();
    browser = await launchChromium(chromiumPath!);
    // A context of our own: axe needs one (it opens a page per frame), and it keeps cookies apart.
    page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    const email = await signUp(page, server.baseUrl, "Mia Historian");
    const db = createDb(resolveDatabase(server.databaseUrl));
    try {
      await seedHistory(db, email);
    } finally {
      await db.$disconnect();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the chart, per-quiz grades, accuracy and class standing on a desktop", async () => {
    await page.goto(`${server.baseUrl}/history`);
    const chart = page.getByRole("img", { name: /Score line chart of 6 attempts from 2 Mar 2026 to 16 Mar 2026/ });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toContain("first 50%, latest 33%, best 100%");
    expect(await page.getByTestId("history-score").count()).toBe(6);
    expect(await page.getByTestId("history-time").first().innerText()).toBe("7m 17s");
    expect(await page.getByTestId("quiz-summary").count()).toBe(2);
    expect(await page.getByTestId("accuracy-kinds").innerText()).toMatch(/People[\s\S]*Numbers[\s\S]*Places[\s\S]*Dates[\s\S]*Other/);
    const standing = await page.getByTestId("class-standing").innerText();
    // Mia's highest on the first quiz is 100%; Bea 25%, Cal 75%, Dan 50%, Eve 100%: median 75%.
    expect(standing).toContain("You: 100% · class median: 75%");
    const html = await page.content();
    for (const name of ["Bea Classmate", "Cal Classmate", "Dan Classmate", "Eve Classmate", "bea.classmate"]) expect(html).not.toContain(name);

    const axe = await new AxeBuilder({ page }).include("main").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/history-full-desktop.png`, fullPage: true });
  });

  it("fits a 360 px phone without sideways scrolling", async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${server.baseUrl}/history`);
    await page.getByTestId("score-chart").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/history-full-mobile.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/history-mobile-top.png` });
    await page.getByRole("heading", { name: "Accuracy" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/history-mobile-accuracy.png` });
    await page.getByRole("heading", { name: "In your classes" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/history-mobile-classes.png` });
  });
});
