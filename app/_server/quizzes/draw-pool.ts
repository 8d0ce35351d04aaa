// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
// Which questions a quiz's random draws may pick from. docs/decisions/020-what-the-weekly-quiz-may-draw.md
import { getDb, type Prisma } from "@/prisma/client";
import { parseDrawRules, parseQuizSettings, type DrawRule } from "./quiz-settings";
import { marksVisible } from "../practice/practice-rating";

/**
 * The questions a draw rule may pick from (a Prisma `where`), before excluding ones already taken.
 * A tag or article draw takes the quiz owner's own approved questions. A draw of recent articles
 * ("This week's news", which anyone can play and which shows the answers after submitting) takes
 * other teachers' questions, so only what they chose to share, and never one another quiz still
 * keeps the answer of.
 */
export async function drawPool(rule: DrawRule, ownerId: string | null, now: Date): Promise<Prisma.QuestionWhereInput> {
  if (rule.recentDays === undefined) {
    return { status: "approved", authorId: ownerId, ...(rule.tag ? { tags: { some: { tag: { name: rule.tag } } } } : { articleId: rule.articleId }) };
  }
  const excluded = await heldBack(now);
  return {
    status: "approved",
    article: { sharedWithWeeklyQuiz: true, publishedAt: { gte: new Date(now.getTime() - rule.recentDays * 86_400_000), lte: now } },
    ...(excluded.length ? { NOT: excluded } : {}),
  };
}

/**
 * Questions some quiz keeps the answers of (score only, or after close and not closed yet), as
 * Prisma conditions: its fixed questions, and what its own draws take (its owner's questions of an
 * article or with a tag). A teacher may share an article and later set one of its questions in an
 * exam; from then on the weekly quiz stops showing that answer.
 */
async function heldBack(now: Date): Promise<Prisma.QuestionWhereInput[]> {
  // The review setting lives in the settings JSON: the text match only narrows the rows read, and
  // each one is parsed to decide.
  const candidates = await getDb().quiz.findMany({
    where: { OR: [{ settings: { contains: "score_only" } }, { settings: { contains: "after_close" } }] },
    select: { id: true, ownerId: true, settings: true, drawRules: true, closeAt: true },
  });
  const holding = candidates.filter((q) => !marksVisible({ settings: parseQuizSettings(q.settings), closeAt: q.closeAt }, now));
  if (!holding.length) return [];
  return [
    { quizzes: { some: { quizId: { in: holding.map((q) => q.id) } } } },
    ...holding.flatMap((q) =>
      parseDrawRules(q.drawRules).flatMap((r): Prisma.QuestionWhereInput[] =>
        q.ownerId === null
          ? []
          : r.tag !== undefined
          ? [{ authorId: q.ownerId, tags: { some: { tag: { name: r.tag } } } }]
          : r.articleId !== undefined
            ? [{ authorId: q.ownerId, articleId: r.articleId }]
            : [],
      ),
    ),
  ];
}
