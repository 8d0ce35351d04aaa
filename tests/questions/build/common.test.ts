import { describe, expect, it } from "vitest";
import { containsWord, replaceWord } from "@/questions/build/common";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byRegExp = (s: string, word: string, by: string) => s.replace(new RegExp(`\\b${escapeRegExp(word)}\\b`, "g"), by);

// Fixture sentences written for these tests.
describe("replaceWord and containsWord: what a \\b...\\b regular expression of the word replaces", () => {
  it.each([
    ["The Marlow plan, Marlow said, was Marlow's own.", "Marlow"],
    ["Marlowe and Marlow met in Marlowton.", "Marlow"],
    ["It cost $42 million, or $42 million more than $420 million.", "$42 million"],
    ["The U.S. and U.S.-led forces; the U.S.", "U.S."],
    ["aaa aaaa aaa_ _aaa aaa", "aaa"],
    ["(AEST) (AEST)x", "(AEST)"],
    ["_____ and Ridge and _____Ridge and Ridge_", "Ridge"],
    ["no match here", "absent"],
    ["São Paulo, São Paulo.", "São Paulo"],
    ["café café", "café"],
    ["abab ababab", "abab"],
  ])("%s [%s]", (s, word) => {
    expect(replaceWord(s, word, "_____")).toBe(byRegExp(s, word, "_____"));
  });

  it("agrees with the regular expression on random strings", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const alphabet = ["a", "b", " ", ".", "_", "1", "é", "-", "$"];
    const pick = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join("");
    for (let k = 0; k < 3000; k++) {
      const word = pick(1 + rand(4));
      const s = pick(rand(30));
      expect(replaceWord(s, word, "_____")).toBe(byRegExp(s, word, "_____"));
      expect(containsWord(s, word)).toBe(new RegExp(`\\b${escapeRegExp(word)}\\b`).test(s));
    }
  });
});
