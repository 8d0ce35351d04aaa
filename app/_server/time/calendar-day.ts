// A day as a query string or a date field writes it ("2026-02-28"), checked against the calendar:
// "2026-13-45" and "2026-02-30" are not days (the first made an Invalid Date reach the database,
// the second rolled over into March without a word).
import { z } from "zod";

/** Whether `text` is a real day of the Gregorian calendar written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An optional day from a query string: anything that is not a real day is ignored (undefined). */
export const optionalCalendarDay = z.string().trim().refine(isCalendarDay).optional().catch(undefined);
