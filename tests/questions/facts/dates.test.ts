import { describe, expect, it } from "vitest";
import { addIsoDate, dateFacts, numberFacts } from "@/questions/facts";

// Saturday 23 August 2025.
const PUB = new Date("2025-08-23T09:00:00Z");

const relative = (s: string, pub?: Date) => dateFacts(s, pub).map((f) => [s.slice(f.s, f.e), f.isoDate ?? null, f.isoEnd ?? null]);

describe("dateFacts", () => {
  const cases: [string, (string | null)[][]][] = [
    ["The minister arrived on Saturday.", [["Saturday", "2025-08-23", null]]],
    ["Voters went to the polls on Thursday.", [["Thursday", "2025-08-21", null]]],
    ["The leaders will meet on Monday.", [["Monday", "2025-08-25", null]]],
    ["He flies home before he meets the king on Tuesday.", [["Tuesday", "2025-08-26", null]]],
    ["Talks resume next Saturday.", [["next Saturday", "2025-08-30", null]]],
    ["The shop closed last Monday.", [["last Monday", "2025-08-18", null]]],
    ["Police made arrests yesterday.", [["yesterday", "2025-08-22", null]]],
    ["The port reopens tomorrow.", [["tomorrow", "2025-08-24", null]]],
    ["The board met last week.", [["last week", "2025-08-11", "2025-08-17"]]],
    ["Sales fell last month.", [["last month", "2025-07", null]]],
    ["Growth slowed last year.", [["last year", "2024", null]]],
    ["The dam burst three days ago.", [["three days ago", "2025-08-20", null]]],
    ["Monday's vote was close.", []],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(relative(input, PUB)).toEqual(expected);
  });

  it("marks relative dates without resolving them when the publication date is unknown", () => {
    const [f] = dateFacts("The minister arrived on Saturday.");
    expect(f).toMatchObject({ kind: "date", entityType: "weekday", relative: true });
    expect(f!.isoDate).toBeUndefined();
  });
});

describe("addIsoDate", () => {
  const iso = (s: string, pub?: Date) =>
    numberFacts(s)
      .filter((f) => f.kind === "date")
      .map((f) => {
        addIsoDate(f, s, pub);
        return [s.slice(f.s, f.e), f.isoDate ?? null, f.isoEnd ?? null];
      });
  const cases: [string, Date | undefined, (string | null)[][]][] = [
    ["The vote was held on November 2, 2004.", undefined, [["November 2, 2004", "2004-11-02", null], ["2004", "2004", null]]],
    ["The vote was held on 2 November 2004.", undefined, [["2 November 2004", "2004-11-02", null], ["2004", "2004", null]]],
    ["The vote is on March 3.", PUB, [["March 3", "2025-03-03", null]]],
    ["Colonial rule lasted from 1910–45.", undefined, [["1910–45", "1910", "1945"]]],
    ["The bridge opened in 1932.", undefined, [["1932", "1932", null]]],
    ["The deal should close by next March.", PUB, [["next March", "2026-03", null]]],
    ["Prices peaked last May.", PUB, [["last May", "2025-05", null]]],
  ];
  it.each(cases)("%s", (input, pub, expected) => {
    expect(iso(input, pub)).toEqual(expected);
  });
});
