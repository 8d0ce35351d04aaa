import { getDb } from "@/prisma/client";
import { directSql, list, sql } from "@/prisma/direct-sql";
import type { Actor } from "../auth/session";
import { parseQuizSettings } from "../quizzes/quiz-settings";
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
import { classStandingRows, tallyByFactKind, tallyByTag, type QuizTally } from "./score-history-queries";
import { marksVisible } from "../practice/practice-rating";

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
export async function getScoreHistory({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<ScoreHistory> {
  const db = await directSql(getDb());
  const [attemptRows, kindTallies, tagTallies, classes] = await Promise.all([
    db.query<{ id: string; startedAt: Date; submittedAt: Date; score: number | null; maxScore: number; quizId: string; quizTitle: string; quizSettings: string; quizCloseAt: Date | null }>(sql`
      SELECT a."id", a."startedAt", a."submittedAt", a."score", a."maxScore", q."id" AS "quizId", q."title" AS "quizTitle", q."settings" AS "quizSettings", q."closeAt" AS "quizCloseAt"
      FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId"
      WHERE a."userId" = ${actor.id} AND a."status" = 'submitted' AND a."preview" = ${false} AND a."submittedAt" IS NOT NULL
      ORDER BY a."submittedAt" DESC, a."id" DESC LIMIT ${HISTORY_MAX_ATTEMPTS}`),
    // Over the same newest HISTORY_MAX_ATTEMPTS attempts as the chart.
    tallyByFactKind(actor.id, HISTORY_MAX_ATTEMPTS),
    tallyByTag(actor.id, HISTORY_MAX_ATTEMPTS),
    classStandings(actor),
  ]);
  const rows = attemptRows.reverse().map((a) => ({ ...a, quiz: { id: a.quizId, title: a.quizTitle, settings: a.quizSettings } }));

  const settingsOf = new Map<string, ReturnType<typeof parseQuizSettings>>();
  const settings = (quiz: { id: string; settings: string }) => {
    if (!settingsOf.has(quiz.id)) settingsOf.set(quiz.id, parseQuizSettings(quiz.settings));
    return settingsOf.get(quiz.id)!;
  };
  const grading = (quiz: { id: string; settings: string }) => settings(quiz).grading;
  // The tallies are over the same attempts, so every quiz they name is among these rows. A quiz
  // that keeps its marks back (score only, or until it closes) counts in no tally until it shows them.
  const shown = new Set(rows.filter((a) => marksVisible({ settings: settings(a.quiz), closeAt: a.quizCloseAt }, now)).map((a) => a.quizId));
  const visible = <K,>(tallies: QuizTally<K>[]) => tallies.filter((t) => shown.has(t.quizId));

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
  return { attempts, quizzes, factKinds: accuracyByFactGroupFromTallies(visible(kindTallies)), tags: accuracyFromTallies(visible(tagTallies)), classes };
}

async function classStandings(actor: Actor): Promise<ClassStandings[]> {
  const db = await directSql(getDb());
  const classes = await db.query<{ id: string; name: string }>(sql`
    SELECT c."id", c."name" FROM "ClassMember" m JOIN "Classroom" c ON c."id" = m."classId"
    WHERE m."userId" = ${actor.id} ORDER BY m."joinedAt" DESC, c."id"`);
  // A draft cannot be taken; archived quizzes keep their grades.
  const assignments = classes.length
    ? await db.query<{ classId: string; id: string; title: string; settings: string }>(sql`
        SELECT a."classId", q."id", q."title", q."settings" FROM "QuizAssignment" a JOIN "Quiz" q ON q."id" = a."quizId"
        WHERE a."classId" IN (${list(classes.map((c) => c.id))}) AND q."status" <> 'draft'
        ORDER BY a."assignedAt" DESC, q."id"`)
    : [];
  const quizzesOf = (classId: string) => assignments.filter((a) => a.classId === classId);
  const assigned = assignments.map((quiz) => ({ classId: quiz.classId, quizId: quiz.id, grading: parseQuizSettings(quiz.settings).grading }));
  const standings = new Map((await classStandingRows(actor.id, assigned)).map((r) => [`${r.classId} ${r.quizId}`, r]));
  return classes.map((c) => ({
    classId: c.id,
    className: c.name,
    quizzes: quizzesOf(c.id).map((quiz) => {
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
