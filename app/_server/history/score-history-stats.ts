// The arithmetic of the score history, apart from the database so it can be tested with tables:
// medians, fact-kind groups, accuracy tallies, per-quiz best/latest/grade and class standing.
import { finalGrade, type QuizSettings } from "../quizzes/quiz-settings";

export const FACT_KIND_GROUPS = ["people", "numbers", "places", "dates", "other"] as const;
export type FactKindGroup = (typeof FACT_KIND_GROUPS)[number];

const GROUP_OF_KIND = new Map<string, FactKindGroup>([
  ["meeting", "people"],
  ["role", "people"],
  ["count", "numbers"],
  ["percentage", "numbers"],
  ["money", "numbers"],
  ["place", "places"],
  ["date", "dates"],
]);

/** Hand-written questions have no fact kind; they count as "other", as does the kind "other". */
export function factKindGroup(kind: string | null | undefined): FactKindGroup {
  return (kind && GROUP_OF_KIND.get(kind)) || "other";
}

/**
 * Fewer graded classmates than this and no median is shown. With two, the median is the mean,
 * and a learner who knows their own grade works out the other's exactly; with three, a learner
 * who is not the middle one reads the middle one's grade, among two people; with four, the mean
 * of the middle two gives a classmate's grade to a learner in the middle. From five the median is
 * one of several classmates' and a learner's own grade pins none of them down (issue 12).
 */
export const MIN_GRADES_FOR_MEDIAN = 5;

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of values given with how often each occurs: the same as median() of the full list. */
export function medianOfCounts(values: readonly { value: number; count: number }[]): number | null {
  const sorted = [...values].filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (!n) return null;
  // The values at 0-based positions (n-1)>>1 and n>>1 of the full sorted list (equal when n is odd).
  const at = (position: number) => {
    let seen = 0;
    for (const v of sorted) if ((seen += v.count) > position) return v.value;
    throw new Error("unreachable");
  };
  return n % 2 ? at(n >> 1) : (at((n >> 1) - 1) + at(n >> 1)) / 2;
}

/** An attempt's score as a fraction of its maximum (0..1); a quiz worth nothing scores 0. */
export function scoreFraction(score: number | null, maxScore: number): number {
  if (score === null || !(maxScore > 0)) return 0;
  return Math.min(1, Math.max(0, score / maxScore));
}

export function secondsTaken(startedAt: Date, submittedAt: Date | null): number | null {
  if (!submittedAt) return null;
  return Math.max(0, Math.round((submittedAt.getTime() - startedAt.getTime()) / 1000));
}

export interface Accuracy {
  key: string;
  /** Responses counted (unanswered questions in a submitted attempt count, at 0). */
  answered: number;
  /** Responses with full marks. */
  correct: number;
  /** Mean fraction of the marks earned, 0..1 (partial credit counts in part). */
  accuracy: number;
}

/** Responses counted, full marks and marks earned (fractions clamped to 0..1) for one key. */
export interface Tally {
  key: string;
  answered: number;
  correct: number;
  earned: number;
}

/** Tallies (key, fraction) pairs; most answered first, then by key. */
export function tallyAccuracy(entries: Iterable<{ key: string; fraction: number }>): Accuracy[] {
  const tallies: Tally[] = [];
  for (const { key, fraction } of entries) {
    const f = Math.min(1, Math.max(0, fraction));
    tallies.push({ key, answered: 1, correct: f >= 1 ? 1 : 0, earned: f });
  }
  return accuracyFromTallies(tallies);
}

/** Merges tallies by key (the database sums per fact kind or tag); most answered first, then by key. */
export function accuracyFromTallies(tallies: Iterable<Tally>): Accuracy[] {
  const byKey = new Map<string, { answered: number; correct: number; earned: number }>();
  for (const { key, answered, correct, earned } of tallies) {
    const t = byKey.get(key) ?? { answered: 0, correct: 0, earned: 0 };
    t.answered += answered;
    t.earned += earned;
    t.correct += correct;
    byKey.set(key, t);
  }
  return [...byKey.entries()]
    .filter(([, t]) => t.answered > 0)
    .map(([key, t]) => ({ key, answered: t.answered, correct: t.correct, accuracy: t.earned / t.answered }))
    .sort((a, b) => b.answered - a.answered || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Accuracy per fact-kind group from tallies per fact kind (null: hand-written questions). */
export function accuracyByFactGroupFromTallies(kinds: Iterable<Omit<Tally, "key"> & { key: string | null }>): Accuracy[] {
  const rows = accuracyFromTallies([...kinds].map((t) => ({ ...t, key: factKindGroup(t.key) })));
  return FACT_KIND_GROUPS.flatMap((g) => rows.filter((r) => r.key === g));
}

export interface AnsweredQuestion {
  fraction: number;
  factKind: string | null;
  tags: readonly string[];
}

/** Accuracy per fact-kind group, in FACT_KIND_GROUPS order, groups never answered left out. */
export function accuracyByFactGroup(responses: readonly AnsweredQuestion[]): Accuracy[] {
  const rows = tallyAccuracy(responses.map((r) => ({ key: factKindGroup(r.factKind), fraction: r.fraction })));
  return FACT_KIND_GROUPS.flatMap((g) => rows.filter((r) => r.key === g));
}

/** Accuracy per tag: a response counts once for each tag its question carries. */
export function accuracyByTag(responses: readonly AnsweredQuestion[]): Accuracy[] {
  return tallyAccuracy(responses.flatMap((r) => [...new Set(r.tags)].map((key) => ({ key, fraction: r.fraction }))));
}

export interface GradedAttempt {
  id: string;
  quizId: string;
  quizTitle: string;
  grading: QuizSettings["grading"];
  submittedAt: Date;
  score: number;
  maxScore: number;
}

export interface QuizSummary {
  quizId: string;
  quizTitle: string;
  attempts: number;
  grading: QuizSettings["grading"];
  best: { attemptId: string; score: number; maxScore: number; fraction: number };
  latest: { attemptId: string; score: number; maxScore: number; fraction: number; submittedAt: Date };
  /** The quiz's own grade for the learner, by its grading method (0..1). */
  grade: number;
}

/** Per quiz: best and latest attempt and the grade. Attempts oldest first; quizzes most recently taken first. */
export function summariseQuizzes(attempts: readonly GradedAttempt[]): QuizSummary[] {
  const byQuiz = new Map<string, GradedAttempt[]>();
  for (const a of attempts) {
    const list = byQuiz.get(a.quizId);
    if (list) list.push(a);
    else byQuiz.set(a.quizId, [a]);
  }
  return [...byQuiz.values()]
    .map((list) => {
      const withFraction = list.map((a) => ({ ...a, fraction: scoreFraction(a.score, a.maxScore) }));
      // The earliest of equal bests: the first time the learner reached it.
      const best = withFraction.reduce((b, a) => (a.fraction > b.fraction ? a : b));
      const latest = withFraction[withFraction.length - 1]!;
      return {
        quizId: latest.quizId,
        quizTitle: latest.quizTitle,
        attempts: list.length,
        grading: latest.grading,
        best: { attemptId: best.id, score: best.score, maxScore: best.maxScore, fraction: best.fraction },
        latest: { attemptId: latest.id, score: latest.score, maxScore: latest.maxScore, fraction: latest.fraction, submittedAt: latest.submittedAt },
        grade: finalGrade(withFraction.map((a) => a.fraction), latest.grading) ?? 0,
      };
    })
    .sort((a, b) => b.latest.submittedAt.getTime() - a.latest.submittedAt.getTime());
}

export interface Standing {
  /** The actor's grade for the quiz (0..1), or null if they have not submitted it. */
  you: number | null;
  /** The median of the grades of the class members who submitted it (the actor included). */
  median: number | null;
  /** How many members' grades the median is taken over. */
  graded: number;
}

/**
 * The actor against their class on one quiz. `attempts` are the members' submitted attempts at the
 * quiz, oldest first; `userId` is only used to group them and never leaves this function.
 */
export function classStanding({
  actorId,
  grading,
  attempts,
}: {
  actorId: string;
  grading: QuizSettings["grading"];
  attempts: readonly { userId: string; fraction: number }[];
}): Standing {
  const byUser = new Map<string, number[]>();
  for (const a of attempts) {
    const list = byUser.get(a.userId);
    if (list) list.push(a.fraction);
    else byUser.set(a.userId, [a.fraction]);
  }
  const grades = new Map([...byUser.entries()].map(([userId, fractions]) => [userId, finalGrade(fractions, grading) ?? 0]));
  return {
    you: grades.get(actorId) ?? null,
    median: grades.size >= MIN_GRADES_FOR_MEDIAN ? median([...grades.values()]) : null,
    graded: grades.size,
  };
}
