import { describe, expect, it } from "vitest";
import { parseStampDate } from "@/questions/article";

describe("parseStampDate", () => {
  it.each([
    ["date 2020-06-28", "2020-06-28"],
    ["2024-02-29T10:00:00Z", "2024-02-29"],
    ["3 December 2004", "2004-12-03"],
    ["Published: 23 Aug 2025 10:15 AM", "2025-08-23"],
    ["Updated Aug. 23, 2025 | 6:00 a.m. ET", "2025-08-23"],
    ["December 21, 2023 11:19 am | Updated 01:10 pm IST - CHENNAI", "2023-12-21"],
    ["Sept 1st, 2019", "2019-09-01"],
    ["2023/07/16", "2023-07-16"],
    ["2023-02-30", undefined], // no such day
    ["2023-13-01", undefined], // no such month
    ["2 hours ago", undefined],
    ["03/04/2025", undefined], // day-first or month-first: ambiguous, not read
    ["Room 2019", undefined],
  ])("%s", (input, expected) => {
    expect(parseStampDate(input)?.toISOString().slice(0, 10)).toBe(expected);
  });
});
