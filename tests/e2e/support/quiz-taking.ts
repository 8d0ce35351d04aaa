// Helpers for tests that take quizzes in the browser: submitting through the confirmation dialog,
// learners signed in straight from the database, and quizzes made from the demo's questions.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import type { QuizSettings } from "@/app/_server/quizzes/quiz-settings";
import { createLearners } from "./session-fixture";
import { E2E_AUTH_SECRET } from "./app-server";

/** "Submit answers", then "Submit now" in the dialog that asks first. */
export async function submitAnswers(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("dialog", { name: "Submit your answers?" }).getByRole("button", { name: "Submit now" }).click();
}

let made = 0;

/** A browser context signed in as a new account (a learner, or a teacher), made in the database. */
export async function signedInContext(
  browser: Browser,
  server: { baseUrl: string; databaseUrl: string },
  options: { viewport: { width: number; height: number }; role?: "teacher"; javaScriptEnabled?: boolean; hasTouch?: boolean; timezoneId?: string },
): Promise<{ context: BrowserContext; userId: string }> {
  const db = createDb(resolveDatabase(server.databaseUrl));
  try {
    const [learner] = await createLearners(db, 1, E2E_AUTH_SECRET, `take-${process.pid}-${Date.now()}-${made++}`);
    if (options.role) await db.user.update({ where: { id: learner!.userId }, data: { role: options.role } });
    const context = await browser.newContext({ viewport: options.viewport, javaScriptEnabled: options.javaScriptEnabled ?? true, hasTouch: options.hasTouch ?? false, timezoneId: options.timezoneId });
    const [name, ...value] = learner!.cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: server.baseUrl, httpOnly: true, sameSite: "Lax" }]);
    return { context, userId: learner!.userId };
  } finally {
    await db.$disconnect();
  }
}

export interface DemoQuiz {
  id: string;
  /** The demo's questions in order, with their types. */
  questions: { id: string; type: string }[];
}

export async function demoQuiz(databaseUrl: string): Promise<DemoQuiz> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const quiz = await db.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { id: true, questions: { orderBy: { position: "asc" }, select: { question: { select: { id: true, type: true } } } } } });
    return { id: quiz.id, questions: quiz.questions.map((q) => q.question) };
  } finally {
    await db.$disconnect();
  }
}

/** A published quiz of the demo's questions, with these settings (and this owner, for a teacher's preview). */
export async function quizFromDemo(databaseUrl: string, title: string, settings: Partial<QuizSettings>, ownerId?: string): Promise<string> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    const demo = await db.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { questions: { select: { questionId: true, position: true, points: true } } } });
    const quiz = await db.quiz.create({
      data: {
        title,
        status: "published",
        ownerId: ownerId ?? null,
        settings: JSON.stringify({ shuffleChoices: false, ...settings }),
        questions: { create: demo.questions.map(({ questionId, position, points }) => ({ questionId, position, points })) },
      },
      select: { id: true },
    });
    return quiz.id;
  } finally {
    await db.$disconnect();
  }
}
