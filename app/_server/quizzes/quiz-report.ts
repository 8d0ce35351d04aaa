import "server-only";
import { getDb } from "@/prisma/client";
import { directSql, list, sql, type Statement } from "@/prisma/direct-sql";
import { analyseItems, type ItemStatistics } from "@/questions/stats/item-analysis";
import { responseSchema, type Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { questionGradingColumns, toDomainQuestion, type QuestionRow } from "../bank/question-record";
import { describeResponse } from "../attempts/answer-text";
import { finalGrade, parseQuizSettings } from "./quiz-settings";
import { firstAttemptAnswers, firstAttemptMarks } from "./quiz-report-queries";

export interface GradeRow {
  attemptId: string;
  learner: { id: string; name: string; email: string };
  attemptNumber: number;
  startedAt: Date;
  submittedAt: Date;
  seconds: number;
  score: number;
  maxScore: number;
}

export interface QuestionReport {
  id: string;
  position: number;
  points: number;
  question: Question;
  stats: ItemStatistics;
  /** What learners answered on their first attempts, most common first. */
  distribution: { answer: string; count: number; correct: boolean }[];
}

/**
 * A quiz's grade table (every submitted attempt) and item analysis (first attempts, as Moodle's
 * statistics do). A fixed number of SQL statements whatever the number of learners
 * (tests/integration/query-counts.test.ts counts them); the responses are reduced by the database
 * (quiz-report-queries.ts) rather than loaded one by one.
 */
export async function getQuizReport({ actor, quizId }: { actor: Actor; quizId: string }) {
  const quiz = await ownedQuiz(actor, quizId);
  // Once the owner is known, everything else at once: the questions, the grade table and the
  // first attempts' marks and answers do not depend on each other (decision 030).
  const [fixed, { grades }, layouts, marks, answers] = await Promise.all([
    fixedQuestions(quizId),
    gradeTable(quizId),
    distinctLayouts(quizId),
    firstAttemptMarks(quizId),
    firstAttemptAnswers(quizId),
  ]);
  const questions = [...fixed, ...(await drawnQuestions(layouts, new Set(fixed.map((q) => q.id)), fixed.length))];

  // First attempts in submission order, each with the marks of the questions it answered.
  const marksOf = new Map(grades.filter((g) => g.attemptNumber === 1).map((g) => [g.attemptId, {} as Record<string, number>]));
  for (const m of marks) {
    const attemptMarks = marksOf.get(m.attemptId);
    if (attemptMarks) attemptMarks[m.questionId] = m.points;
  }
  const stats = analyseItems(
    questions.map((q) => ({ id: q.id, points: q.points })),
    [...marksOf.values()].map((m) => ({ marks: m })),
  );

  const firstAttempts = [...marksOf.values()];
  const report: QuestionReport[] = questions.map((q, i) => {
    // Groups in the order their answers were first given, so that equal counts keep that order.
    const groups: { response: string | null; correct: boolean; count: number; firstRank: number }[] = answers.filter((g) => g.questionId === q.id);
    // First attempts that did not answer this question (it was not drawn for them) count as "No answer".
    // Counted without building a list per question: 20 questions of 500 first attempts made 10,000 arrays.
    let unanswered = 0;
    let firstUnanswered = 0;
    firstAttempts.forEach((m, rank) => {
      if (q.id in m) return;
      if (unanswered++ === 0) firstUnanswered = rank + 1;
    });
    if (unanswered) groups.push({ response: null, correct: false, count: unanswered, firstRank: firstUnanswered });
    groups.sort((a, b) => a.firstRank - b.firstRank);
    const counts = new Map<string, { count: number; correct: boolean }>();
    for (const g of groups) {
      const parsed = g.response === null ? undefined : responseSchema.safeParse(JSON.parse(g.response));
      const answer = describeResponse(q.question, parsed?.success ? parsed.data : undefined);
      const entry = counts.get(answer) ?? { count: 0, correct: g.correct };
      entry.count += g.count;
      counts.set(answer, entry);
    }
    const distribution = [...counts.entries()].map(([answer, v]) => ({ answer, ...v })).sort((a, b) => b.count - a.count);
    return { ...q, stats: stats[i]!, distribution };
  });

  const { grading } = parseQuizSettings(quiz.settings);
  return { id: quiz.id, title: quiz.title, grading, grades, finalGrades: finalGradesOf(grades, grading), questions: report, learners: new Set(grades.map((g) => g.learner.id)).size };
}

/** The grade table alone (the CSV download), for the quiz's owner. */
export async function getQuizGrades({ actor, quizId }: { actor: Actor; quizId: string }): Promise<{ title: string; grades: GradeRow[] }> {
  const quiz = await ownedQuiz(actor, quizId);
  return { title: quiz.title, grades: (await gradeTable(quizId)).grades };
}

/** The quiz's title and settings, once its owner is known to be the actor (NotFoundError, ForbiddenError). */
async function ownedQuiz(actor: Actor, quizId: string) {
  const db = await directSql(getDb());
  const [quiz] = await db.query<{ id: string; title: string; ownerId: string; settings: string }>(
    sql`SELECT "id", "title", "ownerId", "settings" FROM "Quiz" WHERE "id" = ${quizId}`,
  );
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  return quiz;
}

/** The quiz's submitted attempts (previews never count), as a WHERE condition on "Attempt". */
const submittedAttempts = (quizId: string) => sql`"quizId" = ${quizId} AND "status" = 'submitted' AND "preview" = ${false}`;

/**
 * Every submitted attempt in submission order, numbered per learner. Direct SQL
 * (prisma/direct-sql.ts) rather than Prisma's query API: a 500-learner quiz has over 500 attempts,
 * and Prisma's row handling cost more CPU than the statements. Not their layouts: those are read
 * once per distinct text (distinctLayouts), not once per attempt (decision 030).
 */
async function gradeTable(quizId: string) {
  const db = await directSql(getDb());
  const submitted = submittedAttempts(quizId);
  // Learners in a statement of their own rather than joined to every attempt.
  const [attempts, learners] = await Promise.all([
    db.query<{ id: string; userId: string; startedAt: Date; submittedAt: Date | null; score: number | null; maxScore: number }>(sql`
      SELECT "id", "userId", "startedAt", "submittedAt", "score", "maxScore" FROM "Attempt"
      WHERE ${submitted} ORDER BY "submittedAt", "id"`),
    db.query<{ id: string; name: string; email: string }>(sql`
      SELECT u."id", u."name", u."email" FROM "user" u
      WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "userId" = u."id" AND ${submitted})`),
  ]);
  const learnerOf = new Map(learners.map((l) => [l.id, l]));
  const seen = new Map<string, number>();
  const grades: GradeRow[] = attempts.map((a) => {
    const n = (seen.get(a.userId) ?? 0) + 1;
    seen.set(a.userId, n);
    const submittedAt = a.submittedAt ?? a.startedAt;
    return {
      attemptId: a.id,
      learner: learnerOf.get(a.userId)!,
      attemptNumber: n,
      startedAt: a.startedAt,
      submittedAt,
      seconds: Math.max(0, Math.round((submittedAt.getTime() - a.startedAt.getTime()) / 1000)),
      score: a.score ?? 0,
      maxScore: a.maxScore,
    };
  });
  return { grades };
}

function finalGradesOf(grades: GradeRow[], grading: ReturnType<typeof parseQuizSettings>["grading"]) {
  const byLearner = new Map<string, { learner: GradeRow["learner"]; fractions: number[] }>();
  for (const g of grades) {
    const entry = byLearner.get(g.learner.id) ?? { learner: g.learner, fractions: [] };
    entry.fractions.push(g.maxScore ? g.score / g.maxScore : 0);
    byLearner.set(g.learner.id, entry);
  }
  return [...byLearner.values()].map((e) => ({ learner: e.learner, attempts: e.fractions.length, grade: finalGrade(e.fractions, grading) ?? 0 }));
}

/**
 * The layouts of the submitted attempts, each text once. A quiz without draws or shuffling gives
 * every attempt the same layout (811 characters in the benchmark's quiz): read per attempt, a
 * 500-learner report carried 450 KB of the same text from the database only to find drawn questions.
 */
async function distinctLayouts(quizId: string): Promise<string[]> {
  const db = await directSql(getDb());
  const rows = await db.query<{ layout: string }>(sql`SELECT DISTINCT "layout" FROM "Attempt" WHERE ${submittedAttempts(quizId)}`);
  return rows.map((r) => r.layout);
}

type QuestionColumns = Omit<QuestionRow, "tags"> & { id: string };

/**
 * Question rows with their tags (by name, as questionRowSelect orders them), in two direct
 * statements: through Prisma's relation loading they were four, and its query compiler cost about
 * 10 ms of CPU per report (decision 030). `from` selects the rows (with questionGradingColumns);
 * `tagsFrom` gives the same questions' ids, as a subquery or a list.
 */
async function questionRows<R extends QuestionColumns>(from: Statement, tagsFrom: Statement): Promise<(R & Pick<QuestionRow, "tags">)[]> {
  const db = await directSql(getDb());
  const [rows, tags] = await Promise.all([
    db.query<R>(from),
    db.query<{ questionId: string; name: string }>(sql`
      SELECT qt."questionId", t."name" FROM "QuestionTag" qt JOIN "Tag" t ON t."id" = qt."tagId"
      WHERE qt."questionId" IN (${tagsFrom}) ORDER BY t."name"`),
  ]);
  const tagsOf = new Map<string, { tag: { name: string } }[]>();
  for (const t of tags) {
    const list = tagsOf.get(t.questionId) ?? [];
    list.push({ tag: { name: t.name } });
    tagsOf.set(t.questionId, list);
  }
  return rows.map((r) => ({ ...r, tags: tagsOf.get(r.id) ?? [] }));
}

/** The quiz's own questions, by position. */
async function fixedQuestions(quizId: string) {
  const rows = await questionRows<QuestionColumns & { position: number; points: number }>(
    sql`SELECT qq."position", qq."points", q."id", ${questionGradingColumns("q")}
      FROM "QuizQuestion" qq JOIN "Question" q ON q."id" = qq."questionId"
      WHERE qq."quizId" = ${quizId} ORDER BY qq."position"`,
    sql`SELECT "questionId" FROM "QuizQuestion" WHERE "quizId" = ${quizId}`,
  );
  return rows.map((r) => ({ id: r.id, position: r.position, points: r.points, question: toDomainQuestion(r) }));
}

/** Questions drawn at random for some attempts: found through the attempts' layouts, in the order first found there. */
async function drawnQuestions(layouts: readonly string[], fixedIds: Set<string>, firstPosition: number) {
  const points = new Map<string, number>();
  for (const layout of layouts) {
    for (const entry of JSON.parse(layout) as { questionId: string; points: number }[]) {
      if (!fixedIds.has(entry.questionId) && !points.has(entry.questionId)) points.set(entry.questionId, entry.points);
    }
  }
  if (!points.size) return [];
  const ids = [...points.keys()];
  const rows = await questionRows<QuestionColumns>(sql`SELECT q."id", ${questionGradingColumns("q")} FROM "Question" q WHERE q."id" IN (${list(ids)})`, sql`${list(ids)}`);
  const rank = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return rows.map((row, i) => ({ id: row.id, position: firstPosition + i, points: points.get(row.id) ?? 1, question: toDomainQuestion(row) }));
}

/**
 * A cell a spreadsheet would run as a formula: one starting with = + - @, a tab or a carriage
 * return (OWASP, CSV injection), also after leading spaces or line breaks, which some spreadsheets
 * skip, and in their full-width forms, which some read as the ASCII ones.
 */
const FORMULA_START = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text from people (names, email addresses) as one CSV cell, following OWASP's CSV injection
 * guidance: a single quote before anything a spreadsheet would read as a formula, every cell
 * quoted, and quotes inside doubled (RFC 4180), so a comma, quote or line break inside cannot
 * start a new cell either.
 */
export function csvTextCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The grade table as CSV (RFC 4180), for spreadsheets: people's text quoted and defused, our numbers and dates bare. */
export function gradesToCsv(grades: GradeRow[]): string {
  const header = ["name", "email", "attempt", "started", "submitted", "seconds", "score", "max", "percent"];
  const rows = grades.map((g) => [
    csvTextCell(g.learner.name),
    csvTextCell(g.learner.email),
    g.attemptNumber,
    g.startedAt.toISOString(),
    g.submittedAt.toISOString(),
    g.seconds,
    Number(g.score.toFixed(4)),
    g.maxScore,
    g.maxScore ? Math.round((g.score / g.maxScore) * 1000) / 10 : 0,
  ]);
  return [header, ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n";
}
