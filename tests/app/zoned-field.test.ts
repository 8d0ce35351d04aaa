import { describe, expect, it } from "vitest";
import { fieldToInstant, instantToField } from "@/app/_server/time/zoned-field";

describe("a datetime-local field in the teacher's zone", () => {
  it("means the time on the teacher's own clock", () => {
    // The tester's case: a teacher in Tokyo sets Closes to 18:30 on 20 December.
    expect(fieldToInstant("2026-12-20T18:30", "Asia/Tokyo")?.toISOString()).toBe("2026-12-20T09:30:00.000Z");
    expect(fieldToInstant("2026-12-20T18:30", "America/New_York")?.toISOString()).toBe("2026-12-20T23:30:00.000Z");
    expect(fieldToInstant("2026-07-01T09:00", "Europe/London")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(fieldToInstant("2026-12-20T18:30", "Asia/Kolkata")?.toISOString()).toBe("2026-12-20T13:00:00.000Z");
    expect(fieldToInstant("2026-12-20T18:30", "UTC")?.toISOString()).toBe("2026-12-20T18:30:00.000Z");
    expect(fieldToInstant("2026-12-20T18:30:15", "UTC")?.toISOString()).toBe("2026-12-20T18:30:15.000Z");
  });

  it("shows an instant as the same wall-clock time it was entered as", () => {
    for (const zone of ["Asia/Tokyo", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"]) {
      for (const text of ["2026-12-20T18:30", "2026-03-29T12:00", "2026-10-25T00:15", "2027-01-01T00:00"]) {
        expect(instantToField(fieldToInstant(text, zone), zone)).toBe(text);
      }
    }
    expect(instantToField(new Date("2026-12-20T09:30:00Z"), "Asia/Tokyo")).toBe("2026-12-20T18:30");
    expect(instantToField(null, "Asia/Tokyo")).toBe("");
  });

  it("reads the hours around a change of clocks", () => {
    // New York springs forward at 02:00 on 8 March 2026: 02:30 does not exist and reads as 03:30.
    expect(fieldToInstant("2026-03-08T02:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(fieldToInstant("2026-03-08T03:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // It falls back at 02:00 on 1 November: 01:30 happens twice; the first is taken.
    expect(fieldToInstant("2026-11-01T01:30", "America/New_York")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("refuses what is not a day and a time", () => {
    for (const text of ["", "notadate", "2026-02-30T10:00", "2026-13-01T10:00", "2026-12-20T24:00", "2026-12-20", "2026-12-20 18:30"]) expect(fieldToInstant(text, "Asia/Tokyo")).toBeNull();
  });
});
