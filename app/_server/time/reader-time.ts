// One way to show a date or a time on a page: in the reader's own zone, as the browser told us in
// its cookie (UTC until it has: the first page of a first visit), and always with the zone named.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { isTimeZone, ZONE_COOKIE } from "./zone-cookie";
import { dateTimeFormat } from "../../_components/cached-format";

/** The reader's zone for this request: the cookie's, or UTC before the browser has sent one. */
export const getReaderTimeZone = cache(async (): Promise<string> => {
  const zone = (await cookies()).get(ZONE_COOKIE)?.value;
  return isTimeZone(zone) ? zone : "UTC";
});

/** "EST", "CET", or "GMT+5:30" where the zone has no short name. */
function zoneName(date: Date, timeZone: string): string {
  const part = dateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "6 Dec 2026, 18:20 EST" */
export function formatDateTime(date: Date, timeZone: string): string {
  const text = dateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${text} ${zoneName(date, timeZone)}`;
}

/** "18:20 EST" */
export function formatTime(date: Date, timeZone: string): string {
  const text = dateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${text} ${zoneName(date, timeZone)}`;
}

/** "6 Dec 2026": the day it was in the reader's zone. */
export function formatDate(date: Date, timeZone: string): string {
  return dateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(date);
}

/** The formatters for this request's reader, for a page to call as it renders. */
export async function readerTime() {
  const zone = await getReaderTimeZone();
  return { zone, dateTime: (date: Date) => formatDateTime(date, zone), date: (date: Date) => formatDate(date, zone), time: (date: Date) => formatTime(date, zone) };
}
