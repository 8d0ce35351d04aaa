import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { parseQuizSettings } from "./quiz-settings";
import {
  accuracyByFactGroup,
  accuracyByTag,
  classStanding,
  scoreFraction,
  secondsTaken,
  summariseQuizzes,
  type Accuracy,
  type AnsweredQuestion,
  type QuizSummary,
  type Standing,
} from "./score-history-stats";

/** The newest this many submitted attempts make the history; older ones drop off the chart. */
export const HISTORY_MAX_ATTEMPTS = 1000;

export interface HistoryAttempt {
  id: string;
  quizId: string;
  quizTitle: string;
  startedAt: Date;
  submittedAt: Date;
  seconds: number;
  score: number;
  maxScore: number;
  /** score / maxScore, 0..1 */
  fraction: number;
}

export interface ClassStandings {
  classId: string;
  className: string;
  quizzes: ({ quizId: string; quizTitle: string } & Standing)[];
}

export interface ScoreHistory {
  /** Submitted attempts, oldest first (the chart's order). */
  attempts: HistoryAttempt[];
  quizzes: QuizSummary[];
  factKinds: Accuracy[];
  tags: Accuracy[];
  classes: ClassStandings[];
}

/**
 * The actor's own score history: submitted attempts (previews never count), per-quiz best, latest
 * and grade, accuracy per fact-kind group and per tag, and their standing in each of their classes
 * as numbers only: no other learner's name, email or id leaves this function.
 *
 * Three Prisma calls whatever the number of attempts (the last two only for class members): the
 * attempts with their responses' questions and tags, the memberships with each class's assigned
 * quizzes, and the classmates' attempts at those quizzes. Prisma runs a nested select as one SQL
 * statement per relation level: 6 + 4 + 3 = 13 statements on SQLite, however many attempts,
 * responses or classmates there are (tests/integration/score-history.test.ts counts them).
 */
export async function getScoreHistory({ actor }: { actor: Actor }): Promise<ScoreHistory> {
  const db = getDb();
  const rows = await db.attempt.findMany({
    where: { userId: actor.id, status: "submitted", preview: false, submittedAt: { not: null } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: HISTORY_MAX_ATTEMPTS,
    select: {
      id: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      quiz: { select: { id: true, title: true, settings: true } },
      responses: { select: { fraction: true, question: { select: { factKind: true, tags: { select: { tag: { select: { name: true } } } } } } } },
    },
  });
  rows.reverse();

  const gradingOf = new Map<string, ReturnType<typeof parseQuizSettings>["grading"]>();
  const grading = (quiz: { id: string; settings: string }) => {
    if (!gradingOf.has(quiz.id)) gradingOf.set(quiz.id, parseQuizSettings(quiz.settings).grading);
    return gradingOf.get(quiz.id)!;
  };

  const attempts: HistoryAttempt[] = rows.map((a) => {
    const submittedAt = a.submittedAt!;
    const score = a.score ?? 0;
    return {
      id: a.id,
      quizId: a.quiz.id,
      quizTitle: a.quiz.title,
      startedAt: a.startedAt,
      submittedAt,
      seconds: secondsTaken(a.startedAt, submittedAt) ?? 0,
      score,
      maxScore: a.maxScore,
      fraction: scoreFraction(score, a.maxScore),
    };
  });
  const quizzes = summariseQuizzes(rows.map((a, i) => ({ ...attempts[i]!, grading: grading(a.quiz) })));
  const answered: AnsweredQuestion[] = rows.flatMap((a) =>
    a.responses.map((r) => ({ fraction: r.fraction, factKind: r.question.factKind, tags: r.question.tags.map((t) => t.tag.name) })),
  );

  return { attempts, quizzes, factKinds: accuracyByFactGroup(answered), tags: accuracyByTag(answered), classes: await classStandings(actor) };
}

async function classStandings(actor: Actor): Promise<ClassStandings[]> {
  const db = getDb();
  const memberships = await db.classMember.findMany({
    where: { userId: actor.id },
    orderBy: { joinedAt: "desc" },
    select: {
      class: {
        select: {
          id: true,
          name: true,
          assignments: {
            // A draft cannot be taken; archived quizzes keep their grades.
            where: { quiz: { status: { not: "draft" } } },
            orderBy: { assignedAt: "desc" },
            select: { quiz: { select: { id: true, title: true, settings: true } } },
          },
        },
      },
    },
  });
  const classIds = memberships.map((m) => m.class.id);
  const quizIds = [...new Set(memberships.flatMap((m) => m.class.assignments.map((a) => a.quiz.id)))];
  if (!quizIds.length) return memberships.map((m) => ({ classId: m.class.id, className: m.class.name, quizzes: [] }));

  // Every attempt at those quizzes by anyone in one of the actor's classes, with which of those
  // classes they are in (a classmate in one class may not be in the other).
  const attempts = await db.attempt.findMany({
    where: { quizId: { in: quizIds }, status: "submitted", preview: false, user: { memberships: { some: { classId: { in: classIds } } } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { userId: true, quizId: true, score: true, maxScore: true, user: { select: { memberships: { where: { classId: { in: classIds } }, select: { classId: true } } } } },
  });

  const byQuiz = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const list = byQuiz.get(a.quizId);
    if (list) list.push(a);
    else byQuiz.set(a.quizId, [a]);
  }
  return memberships.map(({ class: c }) => ({
    classId: c.id,
    className: c.name,
    quizzes: c.assignments.map(({ quiz }) => ({
      quizId: quiz.id,
      quizTitle: quiz.title,
      ...classStanding({
        actorId: actor.id,
        grading: parseQuizSettings(quiz.settings).grading,
        attempts: (byQuiz.get(quiz.id) ?? [])
          .filter((a) => a.user.memberships.some((m) => m.classId === c.id))
          .map((a) => ({ userId: a.userId, fraction: scoreFraction(a.score, a.maxScore) })),
      }),
    })),
  }));
}
