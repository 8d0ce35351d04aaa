import { describe, expect, it } from "vitest";
import { formatDay, formatDuration, formatPercent } from "@/app/_components/duration";

describe("history formatting", () => {
  it.each([
    [0, "0s"],
    [45, "45s"],
    [59.6, "1m 00s"],
    [125, "2m 05s"],
    [3599, "59m 59s"],
    [3720, "1h 02m"],
    [-3, "0s"],
  ])("formatDuration(%s) = %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it.each([
    [0, "0%"],
    [2 / 3, "67%"],
    [1, "100%"],
  ])("formatPercent(%s) = %s", (fraction, expected) => {
    expect(formatPercent(fraction)).toBe(expected);
  });

  it("writes days in UTC", () => {
    expect(formatDay(new Date("2026-03-16T23:30:00Z"))).toBe("16 Mar 2026");
    // The day it was for the reader: still the 16th in New York at 03:30 UTC on the 17th.
    expect(formatDay(new Date("2026-03-17T03:30:00Z"), "America/New_York")).toBe("16 Mar 2026");
  });
});
