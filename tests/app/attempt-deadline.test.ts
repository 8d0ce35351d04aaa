import { describe, expect, it } from "vitest";
import { answersReleased, answersReleasedAt, attemptDeadline, isPastDeadline, lateMessage } from "@/app/_server/attempts/attempt-deadline";
import { DEADLINE_GRACE_MS } from "@/app/_server/quizzes/quiz-settings";

const noon = new Date("2026-03-03T12:00:00Z");
const one = new Date("2026-03-03T13:00:00Z");

describe("attemptDeadline", () => {
  it.each([
    [null, null, false, null],
    [one, null, false, one], // a time limit only
    [null, noon, false, noon], // untimed: the close date
    [one, noon, false, noon], // whichever comes first
    [noon, one, false, noon],
    [one, noon, true, one], // a teacher's preview keeps only its time limit
    [null, noon, true, null],
  ] as const)("time limit %s, close %s, preview %s -> %s", (deadlineAt, closeAt, preview, expected) => {
    expect(attemptDeadline({ deadlineAt, preview }, closeAt)).toEqual(expected);
  });

  it("says which deadline refused an answer", () => {
    expect(lateMessage(noon, noon)).toBe("This quiz has closed.");
    expect(lateMessage(noon, one)).toBe("Time is up for this attempt.");
    expect(lateMessage(noon, null)).toBe("Time is up for this attempt.");
  });
});

describe("answers released after the close", () => {
  it("from the first moment no answer is taken: never while one could still change an attempt", () => {
    const lastTaken = new Date(noon.getTime() + DEADLINE_GRACE_MS);
    expect(isPastDeadline(noon, lastTaken)).toBe(false);
    expect(answersReleased(noon, lastTaken)).toBe(false);
    const next = new Date(lastTaken.getTime() + 1);
    expect(isPastDeadline(noon, next)).toBe(true);
    expect(answersReleased(noon, next)).toBe(true);
    expect(answersReleasedAt(noon)).toEqual(next);
    expect(answersReleasedAt(null)).toBeNull();
    expect(answersReleased(null, one)).toBe(false);
  });
});
