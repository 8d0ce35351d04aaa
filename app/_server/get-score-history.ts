import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { parseQuizSettings } from "./quiz-settings";
import {
  accuracyByFactGroupFromTallies,
  accuracyFromTallies,
  MIN_GRADES_FOR_MEDIAN,
  scoreFraction,
  secondsTaken,
  summariseQuizzes,
  type Accuracy,
  type QuizSummary,
  type Standing,
} from "./score-history-stats";
import { classStandingRows, tallyByFactKind, tallyByTag } from "./score-history-queries";

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
 * A fixed number of SQL statements whatever the number of attempts, responses or classmates
 * (tests/integration/query-counts.test.ts counts them): the attempts with their quizzes, the
 * accuracy tallies summed by the database (per fact kind, per tag), the memberships with each
 * class's assigned quizzes, and the class standings computed by the database (score-history-queries.ts).
 */
export async function getScoreHistory({ actor }: { actor: Actor }): Promise<ScoreHistory> {
  const db = getDb();
  const submitted = { userId: actor.id, status: "submitted", preview: false, submittedAt: { not: null } };
  const [attemptRows, quizRows, kindTallies, tagTallies, classes] = await Promise.all([
    db.attempt.findMany({
      where: submitted,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: HISTORY_MAX_ATTEMPTS,
      select: { id: true, quizId: true, startedAt: true, submittedAt: true, score: true, maxScore: true },
    }),
    // The quizzes in a query of their own: nested under the attempts, Prisma would send their ids
    // back in IN lists, one statement per 999 quizzes.
    db.quiz.findMany({ where: { attempts: { some: submitted } }, select: { id: true, title: true, settings: true } }),
    // Over the same newest HISTORY_MAX_ATTEMPTS attempts as the chart.
    tallyByFactKind(actor.id, HISTORY_MAX_ATTEMPTS),
    tallyByTag(actor.id, HISTORY_MAX_ATTEMPTS),
    classStandings(actor),
  ]);
  const quizOf = new Map(quizRows.map((q) => [q.id, q]));
  const rows = attemptRows.reverse().map((a) => ({ ...a, quiz: quizOf.get(a.quizId)! }));

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
  return { attempts, quizzes, factKinds: accuracyByFactGroupFromTallies(kindTallies), tags: accuracyFromTallies(tagTallies), classes };
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
  const assigned = memberships.flatMap((m) => m.class.assignments.map(({ quiz }) => ({ classId: m.class.id, quizId: quiz.id, grading: parseQuizSettings(quiz.settings).grading })));
  const standings = new Map((await classStandingRows(actor.id, assigned)).map((r) => [`${r.classId} ${r.quizId}`, r]));
  return memberships.map(({ class: c }) => ({
    classId: c.id,
    className: c.name,
    quizzes: c.assignments.map(({ quiz }) => {
      const row = standings.get(`${c.id} ${quiz.id}`);
      const standing: Standing = {
        you: row?.you ?? null,
        // Too few grades and a learner could work out a classmate's (see MIN_GRADES_FOR_MEDIAN).
        median: row && row.graded >= MIN_GRADES_FOR_MEDIAN ? row.median : null,
        graded: row?.graded ?? 0,
      };
      return { quizId: quiz.id, quizTitle: quiz.title, ...standing };
    }),
  }));
}
