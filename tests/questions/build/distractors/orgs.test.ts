// Options for companies named by their trade; fixture sentences written for these tests.
import { describe, expect, it } from "vitest";
import { wrongFor } from "./helpers";

describe("a company named by its trade", () => {
  it("a rail operator gets rail operators, an airline airlines", () => {
    for (const [text, key, rivals] of [
      ["Velden Rail chief executive Ana Marsh said the line would reopen.", "Velden Rail", ["Amtrak", "Deutsche Bahn", "SNCF", "Network Rail", "VIA Rail", "East Japan Railway", "Indian Railways", "Kenya Railways"]],
      ["Velden Airways cancelled 40 flights on Monday.", "Velden Airways", ["Qantas", "Lufthansa", "Emirates", "Air France", "Singapore Airlines", "Kenya Airways", "Delta Air Lines", "Cathay Pacific"]],
    ] as const) {
      const wrong = wrongFor(text, key, undefined, "other");
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(rivals).toContain(w);
    }
  });
});
