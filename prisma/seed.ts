// Demo content: our own article on the Lee–Ishiba–Trump summits, run through the generator, with
// its best questions approved and published as the demo quiz. Idempotent: does nothing when a
// demo quiz exists. Run by `npm start` on an empty database, or alone with `npm run db:seed`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getDb } from "./client";
import { storeGeneratedArticle } from "@/app/_server/store-generated-article";

const DEMO_ARTICLE = fileURLToPath(new URL("./demo/lee-japan-us-summit.txt", import.meta.url));
const DEMO_QUESTION_COUNT = 10;

export async function loadDemoContent(): Promise<{ created: boolean; quizId: string }> {
  const db = getDb();
  const existing = await db.quiz.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (existing) return { created: false, quizId: existing.id };

  const [title = "Demo article", ...body] = readFileSync(DEMO_ARTICLE, "utf8").trim().split("\n");
  const { articleId, questionIds } = await storeGeneratedArticle({
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
  void articleId;
  return { created: true, quizId: quiz.id };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await loadDemoContent();
  console.log(result.created ? `demo quiz created: ${result.quizId}` : `demo quiz already present: ${result.quizId}`);
  await getDb().$disconnect();
}
