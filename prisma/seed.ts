// Demo content: our own article on the Lee–Ishiba–Trump summits, run through the generator, with
// its best questions approved and published as the demo quiz. Idempotent: does nothing when a
// demo quiz exists. Run by `npm start` on an empty database, or alone with `npm run db:seed`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDb } from "./client";
import { storeGeneratedArticle } from "@/app/_server/articles/store-generated-article";

const DEMO_ARTICLE = fileURLToPath(new URL("./demo/lee-japan-us-summit.txt", import.meta.url));
const DEMO_QUESTION_COUNT = 10;

export async function loadDemoContent(): Promise<{ created: boolean; quizId: string }> {
  const db = getDb();
  const existing = await db.quiz.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (existing) return { created: false, quizId: existing.id };

  const [title = "Demo article", ...body] = readFileSync(DEMO_ARTICLE, "utf8").trim().split("\n");
  const { questionIds } = await storeGeneratedArticle({
    title: title.trim(),
    text: body.join("\n").trim(),
    source: "Newsquiz demo article, written for this project",
    publishedAt: new Date("2025-08-23T00:00:00Z"),
  });
  const chosen = questionIds.slice(0, DEMO_QUESTION_COUNT);
  if (chosen.length === 0) throw new Error("the generator produced no questions for the demo article");
  await db.question.updateMany({ where: { id: { in: chosen } }, data: { status: "approved" } });
  const quiz = await db.quiz.create({
    data: {
      title: `Demo: ${title.trim()}`,
      description: "Ten questions generated from a news article about summits between South Korea, Japan and the United States.",
      status: "published",
      isDemo: true,
      settings: JSON.stringify({ shuffleChoices: true }),
      questions: { create: chosen.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
  return { created: true, quizId: quiz.id };
}

export const WEEKLY_QUIZ_TITLE = "This week's news";

/**
 * "This week's news": a published quiz with no fixed questions that draws ten approved questions
 * from articles published in the last seven days, afresh for every attempt, so it follows the
 * news as articles arrive. Created once; idempotent.
 */
export async function ensureWeeklyQuiz(): Promise<string> {
  const db = getDb();
  const existing = await db.quiz.findFirst({ where: { ownerId: null, isDemo: false, title: WEEKLY_QUIZ_TITLE }, select: { id: true } });
  if (existing) return existing.id;
  const quiz = await db.quiz.create({
    data: {
      title: WEEKLY_QUIZ_TITLE,
      description: "Ten questions from the articles published in the last seven days, drawn afresh every time you play.",
      status: "published",
      settings: JSON.stringify({ shuffleChoices: true }),
      drawRules: JSON.stringify([{ recentDays: 7, count: 10, points: 1 }]),
    },
    select: { id: true },
  });
  return quiz.id;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await loadDemoContent();
  console.log(result.created ? `demo quiz created: ${result.quizId}` : `demo quiz already present: ${result.quizId}`);
  await ensureWeeklyQuiz();
  await getDb().$disconnect();
}
