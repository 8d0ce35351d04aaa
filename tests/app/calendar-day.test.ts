import { describe, expect, it } from "vitest";
import { isCalendarDay, optionalCalendarDay } from "@/app/_server/time/calendar-day";

describe("a day from a query string", () => {
  it("accepts real days only", () => {
    for (const day of ["2026-02-28", "2024-02-29", "2026-12-31", "2026-01-01"]) expect(isCalendarDay(day)).toBe(true);
    for (const day of ["2026-13-45", "2026-02-30", "2025-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "2026-1-5", "notadate", "", "0000-01-01"]) expect(isCalendarDay(day)).toBe(false);
  });

  it("reads anything else as no day at all", () => {
    expect(optionalCalendarDay.parse("2026-02-28")).toBe("2026-02-28");
    expect(optionalCalendarDay.parse("2026-13-45")).toBeUndefined();
    expect(optionalCalendarDay.parse(["2026-01-01", "x"])).toBeUndefined();
    expect(optionalCalendarDay.parse(undefined)).toBeUndefined();
  });
});
