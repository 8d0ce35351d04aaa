import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "@/app/_components/cached-format";
import { formatDay } from "@/app/_components/duration";
import { formatDate, formatDateTime, formatTime } from "@/app/_server/time/reader-time";

const when = new Date("2026-03-04T23:30:00Z");

describe("cached Intl formatters", () => {
  it("makes one formatter per locale and options, and a new one when they differ", () => {
    const a = dateTimeFormat("en-GB", { day: "numeric", timeZone: "UTC" });
    expect(dateTimeFormat("en-GB", { day: "numeric", timeZone: "UTC" })).toBe(a);
    expect(dateTimeFormat("en-GB", { day: "numeric", timeZone: "Asia/Tokyo" })).not.toBe(a);
  });

  it("formats exactly as a formatter made for the call would, in each reader's zone", () => {
    for (const zone of ["UTC", "Asia/Tokyo", "America/New_York", "Asia/Kolkata"]) {
      const day = new Intl.DateTimeFormat("en-GB", { timeZone: zone, day: "numeric", month: "short", year: "numeric" }).format(when);
      expect(formatDay(when, zone)).toBe(day);
      expect(formatDate(when, zone)).toBe(day);
      expect(formatTime(when, zone)).toMatch(/^\d\d:\d\d \S+/);
      expect(formatDateTime(when, zone).startsWith(new Intl.DateTimeFormat("en-GB", { timeZone: zone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(when))).toBe(true);
    }
    // The day differs by zone: the formatters are not shared across zones.
    expect(formatDay(when, "UTC")).toBe("4 Mar 2026");
    expect(formatDay(when, "Asia/Tokyo")).toBe("5 Mar 2026");
  });

  it("makes one number formatter per locale and options, formatting as toLocaleString does", () => {
    const a = numberFormat("en-US", { maximumFractionDigits: 4 });
    expect(numberFormat("en-US", { maximumFractionDigits: 4 })).toBe(a);
    expect(numberFormat("en-US", { maximumFractionDigits: 2 })).not.toBe(a);
    for (const n of [20878, 0.123456, -1500.5, 1e9]) expect(a.format(n)).toBe(n.toLocaleString("en-US", { maximumFractionDigits: 4 }));
  });
});
