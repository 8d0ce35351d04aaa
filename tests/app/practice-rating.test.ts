import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { describeDueIn, ratingFor, reviewableFrom, verdictOf } from "@/app/_server/practice/practice-rating";
import { DEADLINE_GRACE_MS } from "@/app/_server/quizzes/quiz-settings";

describe("ratingFor", () => {
  it.each([
    [0, undefined, Rating.Again],
    [0, "easy", Rating.Again], // "easy" cannot rescue a wrong answer
    [0.25, undefined, Rating.Hard],
    [0.5, "easy", Rating.Hard],
    [0.999, undefined, Rating.Hard],
    [1, undefined, Rating.Good],
    [1, "easy", Rating.Easy],
    [1 - 1e-12, undefined, Rating.Good], // rounding in partial-credit sums still counts as right
  ] as const)("fraction %s with self-rating %s -> %s", (fraction, self, expected) => {
    expect(ratingFor(fraction, self)).toBe(expected);
  });
});

describe("verdictOf", () => {
  it.each([
    [0, "wrong"],
    [0.01, "partly"],
    [0.5, "partly"],
    [1, "right"],
  ] as const)("%s -> %s", (fraction, verdict) => {
    expect(verdictOf(fraction)).toBe(verdict);
  });
});

describe("reviewableFrom", () => {
  const now = new Date("2026-03-03T12:00:00Z");
  const later = new Date("2026-03-10T12:00:00Z");
  const earlier = new Date("2026-03-01T12:00:00Z");
  // The result pages show the answers once no attempt can change: past the close date's grace.
  const laterReleased = new Date(later.getTime() + DEADLINE_GRACE_MS + 1);
  it.each([
    ["after_submit", null, now],
    ["during", null, now],
    ["after_close", later, laterReleased], // reviewing would show the answer before the quiz does
    ["after_close", earlier, now],
    ["after_close", null, null], // never closes: never shows answers
    ["score_only", null, null],
  ] as const)("%s closing %s -> %s", (review, closeAt, expected) => {
    expect(reviewableFrom({ settings: { review }, closeAt }, now)).toEqual(expected);
  });
});

describe("describeDueIn", () => {
  const now = new Date("2026-03-03T12:00:00Z");
  it.each([
    [-5, "now"],
    [0, "now"],
    [1, "in 1 minute"],
    [10, "in 10 minutes"],
    [90, "in 2 hours"],
    [24 * 60 * 3, "in 3 days"],
  ] as const)("%s minutes -> %s", (minutes, text) => {
    expect(describeDueIn(new Date(now.getTime() + minutes * 60_000), now)).toBe(text);
  });
});
