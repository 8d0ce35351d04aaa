import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";

describe("splitSentences", () => {
  const cases: [string, string[]][] = [
    ["One thing. Two things.", ["One thing.", "Two things."]],
    ["The U.S. leader spoke. Then he left.", ["The U.S. leader spoke.", "Then he left."]],
    ["Acme Corp. will buy it. The deal closes soon.", ["Acme Corp. will buy it.", "The deal closes soon."]],
    ["It opens Jan. 5 in the city.", ["It opens Jan. 5 in the city."]],
    ["Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
    ["It ranks No. 2 in sales.", ["It ranks No. 2 in sales."]],
    ["Shares rose 3.5 percent. Bonds fell.", ["Shares rose 3.5 percent.", "Bonds fell."]],
    ["Sen. Robert C. Byrd spoke. He won.", ["Sen. Robert C. Byrd spoke.", "He won."]],
    ['"We are ready. We will win," she said. Next came the vote.', ['"We are ready. We will win," she said.', "Next came the vote."]],
    ["He said: \"Go now.\" Then he left.", ['He said: "Go now."', "Then he left."]],
    ["First line\nSecond line.", ["First line", "Second line."]],
    ["Why? Because. Yes!", ["Why?", "Because.", "Yes!"]],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(splitSentences(input).map((s) => s.text)).toEqual(expected);
  });

  it("keeps offsets into the original text", () => {
    const text = "Alpha one. Beta two.\nGamma three.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("is linear on a huge run-on line", () => {
    const big = "Mr. Smith of the U.S. said so ".repeat(100_000);
    const t0 = performance.now();
    splitSentences(big);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
