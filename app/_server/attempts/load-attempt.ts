import { z } from "zod";
import { getDb } from "@/prisma/client";
import { directSql, list, sql } from "@/prisma/direct-sql";
import type { Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { NotFoundError } from "../http/errors";
import { questionGradingColumns, toDomainQuestion, type QuestionRow } from "../bank/question-record";
import { parseQuizSettings, type QuizSettings } from "../quizzes/quiz-settings";

export interface LoadedAttempt {
  id: string;
  status: string;
  preview: boolean;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
  quiz: { id: string; title: string; settings: QuizSettings; closeAt: Date | null };
  questions: {
    id: string;
    position: number;
    points: number;
    version: number;
    question: Question;
    article: { id: string; title: string; source: string | null } | null;
  }[];
  /** `draft`: saved, not yet checked (feedback during the attempt): it may change and shows no feedback. */
  responses: Map<string, { questionVersion: number; response: string; fraction: number; points: number; draft: boolean }>;
}

const layoutSchema = z.array(z.object({ questionId: z.string(), points: z.number() }));

/**
 * The questions an attempt shows, with their points, in order: fixed when it started (its layout
 * JSON). Attempts started before layouts existed show the quiz's own questions.
 */
export async function attemptLayout(layoutJson: string, quizId: string): Promise<{ questionId: string; points: number }[]> {
  const stored = layoutSchema.safeParse(JSON.parse(layoutJson));
  if (stored.success && stored.data.length) return stored.data;
  return getDb().quizQuestion.findMany({ where: { quizId }, orderBy: { position: "asc" }, select: { questionId: true, points: true } });
}

/** The attempt's own columns, as LoadedAttempt has them, with its layout and its quiz's. */
type AttemptRow = Omit<LoadedAttempt, "quiz" | "questions" | "responses"> & {
  layout: string;
  quizId: string;
  quizTitle: string;
  quizSettings: string;
  quizCloseAt: Date | null;
};

type QuestionWithArticle = QuestionRow & { id: string; version: number; articleId: string | null; articleTitle: string | null; articleSource: string | null };

/**
 * An attempt with its questions in the order it shows them (answer keys included: for server
 * use only), if it belongs to the actor. Someone else's attempt is reported as not found.
 * Three statements, in direct SQL (decision 012): every learner opens and submits attempts, so
 * this is on the hot path. The questions' tags are not loaded: taking and marking do not use them.
 */
export async function loadAttempt({ attemptId, actor }: { attemptId: string; actor: Actor }): Promise<LoadedAttempt> {
  const db = await directSql(getDb());
  const [attempt] = await db.query<AttemptRow>(sql`
    SELECT a."id", a."status", a."preview", a."startedAt", a."deadlineAt", a."submittedAt", a."score", a."maxScore", a."layout",
           q."id" AS "quizId", q."title" AS "quizTitle", q."settings" AS "quizSettings", q."closeAt" AS "quizCloseAt"
    FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId"
    WHERE a."id" = ${attemptId} AND a."userId" = ${actor.id}`);
  if (!attempt) throw new NotFoundError("Attempt");
  const layout = await attemptLayout(attempt.layout, attempt.quizId);
  const [rows, responses] = await Promise.all([
    layout.length
      ? db.query<QuestionWithArticle>(sql`
          SELECT q."id", q."version", ${questionGradingColumns("q")},
                 ar."id" AS "articleId", ar."title" AS "articleTitle", ar."source" AS "articleSource"
          FROM "Question" q LEFT JOIN "Article" ar ON ar."id" = q."articleId"
          WHERE q."id" IN (${list(layout.map((l) => l.questionId))})`)
      : [],
    db.query<{ questionId: string; questionVersion: number; response: string; fraction: number; points: number; draft: boolean }>(sql`
      SELECT "questionId", "questionVersion", "response", "fraction", "points", "draft" FROM "Response" WHERE "attemptId" = ${attempt.id}`),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    id: attempt.id,
    status: attempt.status,
    preview: attempt.preview,
    startedAt: attempt.startedAt,
    deadlineAt: attempt.deadlineAt,
    submittedAt: attempt.submittedAt,
    score: attempt.score,
    maxScore: attempt.maxScore,
    quiz: { id: attempt.quizId, title: attempt.quizTitle, settings: parseQuizSettings(attempt.quizSettings), closeAt: attempt.quizCloseAt },
    questions: layout.flatMap((entry, position) => {
      const row = byId.get(entry.questionId);
      if (!row) return []; // a question deleted since: nothing to show or mark
      const article = row.articleId ? { id: row.articleId, title: row.articleTitle!, source: row.articleSource } : null;
      return [{ id: row.id, position, points: entry.points, version: row.version, question: toDomainQuestion(row), article }];
    }),
    responses: new Map(responses.map(({ questionId, ...r }) => [questionId, r])),
  };
}
