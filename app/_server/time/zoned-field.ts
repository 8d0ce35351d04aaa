// A `datetime-local` field holds a wall-clock time with no zone ("2026-12-20T18:30"): the teacher's
// own, in the zone their browser told us (decision 025). These two turn it into the instant it is
// in that zone and back, so the form, the quiz page and the server's enforcement agree.
import { dateTimeFormat } from "../../_components/cached-format";

const FIELD = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** The wall-clock parts of `date` in `timeZone`, as milliseconds since the epoch read as UTC. */
function wallClock(date: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/** How far `timeZone` is ahead of UTC at `date`, in milliseconds (Tokyo: +9 h). */
function offsetAt(date: Date, timeZone: string): number {
  const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
  return wallClock(whole, timeZone) - whole.getTime();
}

/**
 * The instant a `datetime-local` value means in `timeZone`, or null when `text` is not one (or not
 * a real day and time: "2026-02-30T10:00"). A time the clocks skip (a spring-forward gap) is read
 * with the offset from before the change, as browsers do: 02:30 becomes 03:30.
 */
export function fieldToInstant(text: string, timeZone: string): Date | null {
  const m = FIELD.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (year < 1 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // Two passes: the offset an hour either side of a change can differ from the first guess's.
  const first = asUtc - offsetAt(new Date(asUtc), timeZone);
  const second_ = asUtc - offsetAt(new Date(first), timeZone);
  return new Date(wallClock(new Date(second_), timeZone) === asUtc ? second_ : first);
}

/** What a `datetime-local` field shows for `date` in `timeZone`: "2026-12-20T18:30" (or "" for none). */
export function instantToField(date: Date | null, timeZone: string): string {
  if (!date) return "";
  return new Date(wallClock(date, timeZone)).toISOString().slice(0, 16);
}

/**
 * A form's date field as a use case's input: blank is no date, a day and time is the instant it
 * is in `timeZone`, and anything else goes on as typed for the schema to refuse.
 */
export function fieldInstant(text: string, timeZone: string): Date | string | null {
  if (!text.trim()) return null;
  return fieldToInstant(text, timeZone) ?? text;
}
