// Moodle's grades for an answer: its importer refuses (by default) a weight not on this list, so
// an export rounds to it. Percentages with five decimals are what Moodle itself writes.
const POSITIVE = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];
export const MOODLE_GRADES: readonly number[] = [...POSITIVE, ...POSITIVE.filter((p) => p > 0).map((p) => -p)];

/** The grade on Moodle's list nearest a fraction (-1..1), as a percentage and a fraction. */
export function moodleGrade(fraction: number): { percent: number; fraction: number } {
  let best = 0;
  for (const p of MOODLE_GRADES) if (Math.abs(p / 100 - fraction) < Math.abs(best / 100 - fraction)) best = p;
  return { percent: best, fraction: best / 100 };
}

/** Right choices 1/n each, wrong ones -1/n: what gradeResponse does for a key without weights. */
export function defaultResponseWeights(rightCount: number, isRight: readonly boolean[]): number[] {
  return isRight.map((r) => (r ? 1 / rightCount : -1 / rightCount));
}

/**
 * A percentage as a fraction. Thirds, sixths, sevenths and ninths cannot be written exactly, so a
 * percentage within a thousandth of a fraction with twelve parts or fewer (Moodle's 33.33333, a
 * teacher's 33.333) is that fraction: three thirds then make full marks, not 0.9999999.
 */
export function percentToFraction(percent: number): number {
  for (let parts = 1; parts <= 12; parts++) {
    const share = Math.round((percent * parts) / 100);
    if (Math.abs(percent - (share * 100) / parts) < 0.0015) return share / parts;
  }
  return percent / 100;
}
