import "server-only";
import { getDb } from "@/prisma/client";
import { analyseItems, type ItemStatistics } from "@/questions/stats/item-analysis";
import { responseSchema, type Question } from "@/questions/schema";
import type { Actor } from "./session";
import { assertOwner } from "./permissions";
import { NotFoundError } from "./errors";
import { questionRowSelect, toDomainQuestion } from "./question-record";
import { describeResponse } from "./answer-text";
import { finalGrade, parseQuizSettings } from "./quiz-settings";

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
 * statistics do). Two queries whatever the number of learners.
 */
export async function getQuizReport({ actor, quizId }: { actor: Actor; quizId: string }) {
  const db = getDb();
  const quiz = await db.quiz.findUnique({
    where: { id: quizId },
    select: {
      id: true,
      title: true,
      ownerId: true,
      settings: true,
      questions: { orderBy: { position: "asc" }, select: { position: true, points: true, question: { select: { id: true, ...questionRowSelect } } } },
    },
  });
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");

  const attempts = await db.attempt.findMany({
    where: { quizId, status: "submitted", preview: false },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      layout: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      user: { select: { id: true, name: true, email: true } },
      responses: { select: { questionId: true, response: true, fraction: true, points: true } },
    },
  });

  const seen = new Map<string, number>();
  const grades: GradeRow[] = attempts.map((a) => {
    const n = (seen.get(a.user.id) ?? 0) + 1;
    seen.set(a.user.id, n);
    const submittedAt = a.submittedAt ?? a.startedAt;
    return {
      attemptId: a.id,
      learner: a.user,
      attemptNumber: n,
      startedAt: a.startedAt,
      submittedAt,
      seconds: Math.max(0, Math.round((submittedAt.getTime() - a.startedAt.getTime()) / 1000)),
      score: a.score ?? 0,
      maxScore: a.maxScore,
    };
  });

  const firstAttempts = attempts.filter((_, i) => grades[i]!.attemptNumber === 1);
  const fixed = quiz.questions.map((qq) => ({ id: qq.question.id, position: qq.position, points: qq.points, question: toDomainQuestion(qq.question) }));
  const questions = [...fixed, ...(await drawnQuestions(attempts, new Set(fixed.map((q) => q.id)), fixed.length))];
  const stats = analyseItems(
    questions.map((q) => ({ id: q.id, points: q.points })),
    firstAttempts.map((a) => ({ marks: Object.fromEntries(a.responses.map((r) => [r.questionId, r.points])) })),
  );

  const report: QuestionReport[] = questions.map((q, i) => {
    const counts = new Map<string, { count: number; correct: boolean }>();
    for (const a of firstAttempts) {
      const r = a.responses.find((x) => x.questionId === q.id);
      const parsed = r ? responseSchema.safeParse(JSON.parse(r.response)) : undefined;
      const answer = describeResponse(q.question, parsed?.success ? parsed.data : undefined);
      const entry = counts.get(answer) ?? { count: 0, correct: (r?.fraction ?? 0) >= 1 };
      entry.count++;
      counts.set(answer, entry);
    }
    const distribution = [...counts.entries()].map(([answer, v]) => ({ answer, ...v })).sort((a, b) => b.count - a.count);
    return { ...q, stats: stats[i]!, distribution };
  });

  const { grading } = parseQuizSettings(quiz.settings);
  const byLearner = new Map<string, { learner: GradeRow["learner"]; fractions: number[] }>();
  for (const g of grades) {
    const entry = byLearner.get(g.learner.id) ?? { learner: g.learner, fractions: [] };
    entry.fractions.push(g.maxScore ? g.score / g.maxScore : 0);
    byLearner.set(g.learner.id, entry);
  }
  const finalGrades = [...byLearner.values()].map((e) => ({ learner: e.learner, attempts: e.fractions.length, grade: finalGrade(e.fractions, grading) ?? 0 }));

  return { id: quiz.id, title: quiz.title, grading, grades, finalGrades, questions: report, learners: seen.size };
}

/** Questions drawn at random for some attempts: found through the attempts' layouts. */
async function drawnQuestions(attempts: { layout: string }[], fixedIds: Set<string>, firstPosition: number) {
  const points = new Map<string, number>();
  for (const a of attempts) {
    for (const entry of JSON.parse(a.layout) as { questionId: string; points: number }[]) {
      if (!fixedIds.has(entry.questionId) && !points.has(entry.questionId)) points.set(entry.questionId, entry.points);
    }
  }
  if (!points.size) return [];
  const rows = await getDb().question.findMany({ where: { id: { in: [...points.keys()] } }, select: { id: true, ...questionRowSelect } });
  return rows.map((row, i) => ({ id: row.id, position: firstPosition + i, points: points.get(row.id) ?? 1, question: toDomainQuestion(row) }));
}

/** The grade table as CSV (RFC 4180 quoting), for spreadsheets. */
export function gradesToCsv(grades: GradeRow[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    // A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const header = ["name", "email", "attempt", "started", "submitted", "seconds", "score", "max", "percent"];
  const rows = grades.map((g) => [
    g.learner.name,
    g.learner.email,
    g.attemptNumber,
    g.startedAt.toISOString(),
    g.submittedAt.toISOString(),
    g.seconds,
    Number(g.score.toFixed(4)),
    g.maxScore,
    g.maxScore ? Math.round((g.score / g.maxScore) * 1000) / 10 : 0,
  ]);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
