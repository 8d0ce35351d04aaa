// Item analysis as Moodle's quiz statistics report computes it (question/classes/statistics):
// on each learner's first attempt,
//   facility index        = mean fraction earned on the item (0..1)
//   discrimination index  = Pearson correlation between the item's score and the score on the
//                           rest of the test (total minus this item), reported in -1..1
// Flags follow the report's usual reading: very easy or very hard items tell little, and a
// negative discrimination usually means a wrong key.

export interface AttemptScores {
  /** questionId -> marks earned, for every question the attempt asked (absent = not asked). */
  marks: Record<string, number>;
}

export interface ItemStatistics {
  questionId: string;
  attempts: number;
  facility: number | null;
  discrimination: number | null;
  flags: ("too_easy" | "too_hard" | "negative_discrimination" | "weak_discrimination")[];
}

export const TOO_EASY = 0.9;
export const TOO_HARD = 0.2;
export const WEAK_DISCRIMINATION = 0.2;

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Pearson's r; null when either side has no variance (the correlation is undefined). */
export function correlation(xs: number[], ys: number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * @param questions the quiz's questions with their points
 * @param attempts  first attempts: for each, the marks earned per question it asked
 */
export function analyseItems(questions: { id: string; points: number }[], attempts: AttemptScores[]): ItemStatistics[] {
  const totals = attempts.map((a) => questions.reduce((sum, q) => sum + (a.marks[q.id] ?? 0), 0));
  return questions.map((q) => {
    // Questions drawn at random are not in every attempt: use the attempts that had them.
    const had = attempts.map((a, i) => ({ a, total: totals[i]! })).filter(({ a }) => q.id in a.marks);
    const item = had.map(({ a }) => a.marks[q.id]!);
    const rest = had.map(({ total }, i) => total - item[i]!);
    const facility = had.length && q.points > 0 ? mean(item) / q.points : null;
    const discrimination = correlation(item, rest);
    const flags: ItemStatistics["flags"] = [];
    if (facility !== null && had.length >= 2) {
      if (facility >= TOO_EASY) flags.push("too_easy");
      if (facility <= TOO_HARD) flags.push("too_hard");
    }
    if (discrimination !== null) {
      if (discrimination < 0) flags.push("negative_discrimination");
      else if (discrimination < WEAK_DISCRIMINATION) flags.push("weak_discrimination");
    }
    return { questionId: q.id, attempts: had.length, facility, discrimination, flags };
  });
}
