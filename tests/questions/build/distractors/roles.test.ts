// Wrong roles are real roles, never the key with one word swapped: an office is swapped inside a
// frame only where the frame just names whose office it is ("Queensland Rail", "of Vietnam").
// Fixture sentences are our own.
import { describe, expect, it } from "vitest";
import { officeSwaps, portfolios } from "@/questions/data";
import { wrongFor } from "./helpers";

const key = (r: string) => r.toLowerCase().replace(/[-\s]+/g, " ").trim();
const REAL = new Set([...Object.entries(officeSwaps).flatMap(([k, v]) => [k, ...v]), ...portfolios.map((p) => `${p} minister`)].map(key));

describe("roles in a descriptive frame", () => {
  it.each([
    ["Tunde Bello, special adviser to the state governor, denied the report.", "special adviser to the state governor", "to the state governor"],
    ["Ade Lawal, disaster and emergency spokesman for the region, spoke on Friday.", "disaster and emergency spokesman for the region", "disaster and emergency"],
  ])("%s -> real roles from the data, not the key with a word swapped", (text, answer, frame) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) {
      expect(w).not.toContain(frame);
      expect(REAL.has(key(w)), w).toBe(true);
    }
  });
});

describe("roles in a frame that names the body or the country", () => {
  it.each([
    ["Queensland Rail chief executive Bob Marsh said the line would reopen.", "Queensland Rail chief executive", /^Queensland Rail /],
    ["Nguyen Van An, prime minister of Vietnam, arrived on Monday.", "prime minister of Vietnam", / of Vietnam$/],
  ])("%s -> the same frame with another office", (text, answer, frame) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(w).toMatch(frame);
  });
});
