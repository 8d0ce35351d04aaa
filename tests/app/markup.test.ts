// Markup written as a string must escape what React would have escaped.
import { describe, expect, it } from "vitest";
import { escapeMarkup } from "@/app/_components/markup";

describe("escapeMarkup", () => {
  it.each([
    ["Budget 2026", "Budget 2026"],
    ["Q&A", "Q&amp;A"],
    ["</title><script>alert(1)</script>", "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`"quoted" 'single'`, "&quot;quoted&quot; &#39;single&#39;"],
    ["&amp;", "&amp;amp;"],
  ])("%s", (text, expected) => {
    expect(escapeMarkup(text)).toBe(expected);
  });
});
