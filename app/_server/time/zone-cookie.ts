// The reader's time zone travels in a cookie that the browser sets (ReaderTimeZone): the server
// renders every date in it, so server and browser print the same text and nothing is re-rendered
// on hydration. No "server-only": the browser component shares the name and the check.
// docs/decisions/025-the-readers-time-zone-in-a-cookie.md

export const ZONE_COOKIE = "tz";

/** An IANA zone name Intl knows ("America/New_York"); anything else (a hand-made cookie) is not. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
