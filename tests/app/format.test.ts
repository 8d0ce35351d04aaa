import { describe, expect, it } from "vitest";
import { attemptsSoFar, plural } from "@/app/_components/format";

describe("plural", () => {
  it("says 1 minute, 2 minutes", () => {
    expect(plural(1, "minute")).toBe("1 minute");
    expect(plural(2, "minute")).toBe("2 minutes");
  });
});

describe("attemptsSoFar: learners' attempts as the teacher's pages count them", () => {
  it.each([
    [{ submitted: 2, inProgress: 3 }, "2 submitted attempts and 3 in progress"],
    [{ submitted: 1, inProgress: 0 }, "1 submitted attempt"],
    [{ submitted: 0, inProgress: 1 }, "1 attempt in progress"],
    [{ submitted: 0, inProgress: 0 }, "No attempts"],
  ])("%j -> %s", (counts, text) => {
    expect(attemptsSoFar(counts)).toBe(text);
  });
});
