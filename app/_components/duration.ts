import { dateTimeFormat } from "./cached-format";

/** "45s", "2m 05s", "1h 02m": how long an attempt took. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** A fraction (0..1) as a whole percentage: "67%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** The formatter of formatDay, for a page that writes many days in one zone (a chart's 300 tooltips). */
export function dayFormat(timeZone = "UTC"): Intl.DateTimeFormat {
  return dateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
}

/** "4 Mar 2026": the day it was in `timeZone` (the reader's: getReaderTimeZone). */
export function formatDay(date: Date, timeZone = "UTC"): string {
  return dayFormat(timeZone).format(date);
}
