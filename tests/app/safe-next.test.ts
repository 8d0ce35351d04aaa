// The `next` address after sign-in and sign-up: only paths on this site, never another host
// however it is spelt (issue 12, item 4: `/\host` passed the old check).
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/app/_server/auth/safe-next";

describe("safeNextPath", () => {
  it.each([
    "/\\evil.example/phish",
    "/\\/evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "//evil.example/phish",
    "///evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/%00/x\u0000",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    " /history",
    "",
    "/" + "a".repeat(3000),
  ])("refuses %j", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it.each([undefined, null, 42, ["/history", "//evil.example"], { toString: () => "/history" }])("refuses a non-string %j", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/history", "/history"],
    ["/quiz/abc-123?x=1#top", "/quiz/abc-123?x=1#top"],
    ["/invite/tok_en", "/invite/tok_en"],
    // Encoded, a backslash is an ordinary character of a path on this site.
    ["/%5Cevil.example/phish", "/%5Cevil.example/phish"],
    ["/a/../b", "/b"],
  ])("keeps the same-site path %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("never returns anything a browser resolves to another origin", () => {
    const attacks = ["/\\evil.example", "//evil.example", "/\t/evil.example", "https://evil.example", "/%2F%2Fevil.example"];
    for (const attack of attacks) {
      expect(new URL(safeNextPath(attack), "https://newsquiz.school").origin).toBe("https://newsquiz.school");
    }
  });
});
