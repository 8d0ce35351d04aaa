import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  accuracyByFactGroup,
  accuracyByTag,
  classStanding,
  factKindGroup,
  median,
  medianOfCounts,
  scoreFraction,
  secondsTaken,
  summariseQuizzes,
  tallyAccuracy,
  type GradedAttempt,
} from "@/app/_server/history/score-history-stats";

describe("median", () => {
  it.each([
    [[], null],
    [[0.5], 0.5],
    [[0.9, 0.1], 0.5],
    [[0.8, 0.2, 0.5], 0.5],
    [[1, 0, 0.25, 0.75], 0.5],
    [[0.3, 0.3, 0.3], 0.3],
  ] as [number[], number | null][])("median(%j) = %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("leaves its input unsorted", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("medianOfCounts", () => {
  it("is the median of the values repeated their number of times", () => {
    // Grades are few distinct values (k/20 on a 20-question quiz), as the database counts them.
    const grades = fc.array(fc.integer({ min: 0, max: 20 }).map((k) => k / 20), { maxLength: 60 });
    fc.assert(
      fc.property(grades, (values) => {
        const counts = new Map<number, number>();
        for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
        expect(medianOfCounts([...counts.entries()].map(([value, count]) => ({ value, count })))).toBe(median(values));
      }),
    );
  });
});

describe("factKindGroup", () => {
  it.each([
    ["meeting", "people"],
    ["role", "people"],
    ["count", "numbers"],
    ["percentage", "numbers"],
    ["money", "numbers"],
    ["place", "places"],
    ["date", "dates"],
    ["other", "other"],
    [null, "other"],
    [undefined, "other"],
    ["", "other"],
    ["constructor", "other"],
  ] as const)("%s -> %s", (kind, group) => {
    expect(factKindGroup(kind)).toBe(group);
  });
});

describe("scoreFraction and secondsTaken", () => {
  it.each([
    [3, 4, 0.75],
    [0, 4, 0],
    [null, 4, 0],
    [2, 0, 0],
    [5, 4, 1],
  ] as const)("scoreFraction(%s, %s) = %s", (score, max, expected) => {
    expect(scoreFraction(score, max)).toBe(expected);
  });

  it.each([
    ["2026-01-01T10:00:00Z", "2026-01-01T10:02:05Z", 125],
    ["2026-01-01T10:00:00Z", "2026-01-01T10:00:00.600Z", 1],
    ["2026-01-01T10:00:00Z", "2026-01-01T09:59:00Z", 0],
    ["2026-01-01T10:00:00Z", null, null],
  ] as const)("secondsTaken(%s, %s) = %s", (start, end, expected) => {
    expect(secondsTaken(new Date(start), end ? new Date(end) : null)).toBe(expected);
  });
});

describe("accuracy", () => {
  it("tallies answered, fully correct and mean fraction; most answered first, then by name", () => {
    expect(
      tallyAccuracy([
        { key: "b", fraction: 1 },
        { key: "a", fraction: 0.5 },
        { key: "c", fraction: 1 },
        { key: "c", fraction: 0 },
        { key: "b", fraction: 2 }, // clamped to 1
      ]),
    ).toEqual([
      { key: "b", answered: 2, correct: 2, accuracy: 1 },
      { key: "c", answered: 2, correct: 1, accuracy: 0.5 },
      { key: "a", answered: 1, correct: 0, accuracy: 0.5 },
    ]);
  });

  const responses = [
    { fraction: 1, factKind: "meeting", tags: ["pacific", "transport"] },
    { fraction: 0, factKind: "role", tags: ["pacific"] },
    { fraction: 1, factKind: "money", tags: [] },
    { fraction: 0.5, factKind: "percentage", tags: ["economy", "economy"] },
    { fraction: 1, factKind: "date", tags: [] },
    { fraction: 0, factKind: null, tags: ["transport"] },
  ];

  it("groups fact kinds in a fixed order and leaves out groups never answered", () => {
    expect(accuracyByFactGroup(responses)).toEqual([
      { key: "people", answered: 2, correct: 1, accuracy: 0.5 },
      { key: "numbers", answered: 2, correct: 1, accuracy: 0.75 },
      { key: "dates", answered: 1, correct: 1, accuracy: 1 },
      { key: "other", answered: 1, correct: 0, accuracy: 0 },
    ]);
  });

  it("counts a response once per distinct tag, untagged ones nowhere", () => {
    expect(accuracyByTag(responses)).toEqual([
      { key: "pacific", answered: 2, correct: 1, accuracy: 0.5 },
      { key: "transport", answered: 2, correct: 1, accuracy: 0.5 },
      { key: "economy", answered: 1, correct: 0, accuracy: 0.5 },
    ]);
  });

  it("is empty for no responses", () => {
    expect(accuracyByFactGroup([])).toEqual([]);
    expect(accuracyByTag([])).toEqual([]);
  });
});

describe("summariseQuizzes", () => {
  const at = (day: number) => new Date(`2026-02-0${day}T12:00:00Z`);
  const attempt = (id: string, quizId: string, day: number, score: number, grading: GradedAttempt["grading"] = "highest"): GradedAttempt => ({
    id,
    quizId,
    quizTitle: `Quiz ${quizId}`,
    grading,
    submittedAt: at(day),
    score,
    maxScore: 4,
  });

  it.each([
    ["highest", 0.75],
    ["latest", 0.5],
    ["first", 0.25],
    ["average", 0.5],
  ] as const)("grades by the quiz's method: %s -> %s", (grading, grade) => {
    const [summary] = summariseQuizzes([attempt("a1", "q", 1, 1, grading), attempt("a2", "q", 2, 3, grading), attempt("a3", "q", 3, 2, grading)]);
    expect(summary).toMatchObject({ attempts: 3, grade, best: { attemptId: "a2", fraction: 0.75 }, latest: { attemptId: "a3", fraction: 0.5 } });
  });

  it("keeps the first of equal bests and lists the most recently taken quiz first", () => {
    const summaries = summariseQuizzes([attempt("x1", "x", 1, 4), attempt("y1", "y", 2, 2), attempt("x2", "x", 3, 4), attempt("y2", "y", 4, 1)]);
    expect(summaries.map((s) => [s.quizId, s.best.attemptId, s.latest.attemptId])).toEqual([
      ["y", "y1", "y2"],
      ["x", "x1", "x2"],
    ]);
  });
});

describe("classStanding", () => {
  const rows = (pairs: [string, number][]) => pairs.map(([userId, fraction]) => ({ userId, fraction }));

  it.each([
    ["five graded, the actor in the middle", rows([["me", 0.6], ["b", 0.9], ["c", 0.3], ["d", 0.7], ["e", 0.2]]), "highest", { you: 0.6, median: 0.6, graded: 5 }],
    ["grades per learner first (highest)", rows([["me", 0.2], ["me", 0.8], ["b", 0.5], ["c", 0.4], ["d", 0.1], ["e", 0.9], ["f", 0.3]]), "highest", { you: 0.8, median: 0.45, graded: 6 }],
    ["grades per learner first (latest)", rows([["me", 0.8], ["me", 0.2], ["b", 0.5], ["c", 0.4], ["d", 0.1], ["e", 0.9]]), "latest", { you: 0.2, median: 0.4, graded: 5 }],
    ["the actor has not taken it", rows([["b", 0.5], ["c", 0.4], ["d", 0.9], ["e", 0.6], ["f", 0.1]]), "highest", { you: null, median: 0.5, graded: 5 }],
    ["too few grades for a median", rows([["me", 0.5], ["b", 1]]), "highest", { you: 0.5, median: null, graded: 2 }],
    // Three: Mia (0.5) would read Bea's or Cal's grade off the median. Four: the middle two's mean.
    ["three graded: no median", rows([["me", 0.5], ["b", 1], ["c", 0.8]]), "highest", { you: 0.5, median: null, graded: 3 }],
    ["four graded: no median", rows([["me", 0.5], ["b", 1], ["c", 0.8], ["d", 0.1]]), "highest", { you: 0.5, median: null, graded: 4 }],
    ["nobody has taken it", [], "highest", { you: null, median: null, graded: 0 }],
  ] as const)("%s", (_name, attempts, grading, expected) => {
    expect(classStanding({ actorId: "me", grading, attempts })).toEqual(expected);
  });

  it("returns numbers only", () => {
    const standing = classStanding({ actorId: "me", grading: "highest", attempts: rows([["me", 1], ["secret-b", 0], ["secret-c", 0.5]]) });
    expect(JSON.stringify(standing)).not.toContain("secret");
  });
});
