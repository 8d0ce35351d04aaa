import { describe, expect, it } from "vitest";
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, escapeRegExp, indexOfLiteral, literalMatches, replaceLiteral } from "@/questions/nlp/regexp";

// The lookarounds the masking uses, as sticky patterns and as the text of the pattern they stand for.
const AROUND: [string, RegExp, string, RegExp][] = [
  ["(?<![\\p{L}])", NO_LETTER_BEFORE, "(?![\\p{L}])", NO_LETTER_AFTER],
  ["(?<![\\p{L}\\p{N}.,])", /(?<![\p{L}\p{N}.,])/uy, "(?![\\p{L}\\p{N}]|[.,]\\d)", /(?![\p{L}\p{N}]|[.,]\d)/uy],
  ["(?<![\\p{L}\\p{N}\\[]|[\\p{L}\\p{N}][.,])", /(?<![\p{L}\p{N}\[]|[\p{L}\p{N}][.,])/uy, "(?![\\p{L}\\p{N}\\]]|[.,]\\d| \\p{Lu})", /(?![\p{L}\p{N}\]]|[.,]\d| \p{Lu})/uy],
];

// Fixture text written for these tests.
const CASES: [string, string][] = [
  ["Okafor met Ada Okafor, then Okafor's aide; Okaforo left.", "Okafor"],
  ["[Okafor] and Okafor] and [Okafor", "Okafor"],
  ["It rose 12 in 2012, by 12.5 and 12, then 12. The 1,12 mark: 12 Kelso.", "12"],
  ["$4 billion, $4 billion.5 and a$4 billion", "$4 billion"],
  ["abab ababab abab", "abab"],
  ["São Paulo and São Pauloé, éSão Paulo", "São Paulo"],
  ["nothing here", "absent"],
  ["U.S. and U.S.-led, the U.S.", "U.S."],
];

describe("literalMatches: the matches of lookbehind + escaped literal + lookahead, without compiling that pattern", () => {
  for (const [behind, before, ahead, after] of AROUND)
    it.each(CASES)(`${behind}…${ahead} in %j for %j`, (text, literal) => {
      const re = new RegExp(`${behind}${escapeRegExp(literal)}${ahead}`, "gu");
      expect([...literalMatches(text, literal, before, after)]).toEqual([...text.matchAll(re)].map((m) => m.index));
      expect(indexOfLiteral(text, literal, before, after)).toBe(text.search(re));
      expect(replaceLiteral(text, literal, before, after, (m, at) => `<${m}@${at}>`)).toBe(text.replace(re, (m: string, at: number) => `<${m}@${at}>`));
    });
});
