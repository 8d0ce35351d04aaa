import { describe, expect, it } from "vitest";
import { analyseItems, correlation } from "@/questions/stats/item-analysis";

describe("correlation", () => {
  it.each([
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 0, 1, 0], [1, 1, 0, 0], 0],
  ])("%j ~ %j = %d", (xs, ys, r) => {
    expect(correlation(xs, ys)).toBeCloseTo(r, 10);
  });
  it("is undefined without variance", () => {
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(correlation([1], [1])).toBeNull();
  });
});

describe("analyseItems: a worked example", () => {
  // Five learners, four one-mark questions. q1 and q4 are answered right by the strong learners,
  // q2 by everyone, q3 by the weak ones (a likely wrong key).
  //        q1 q2 q3 q4   total
  //   A     1  1  0  1     3
  //   B     1  1  0  1     3
  //   C     1  1  1  1     4
  //   D     0  1  1  0     2
  //   E     0  1  1  0     2
  const questions = ["q1", "q2", "q3", "q4"].map((id) => ({ id, points: 1 }));
  const rows = [
    [1, 1, 0, 1],
    [1, 1, 0, 1],
    [1, 1, 1, 1],
    [0, 1, 1, 0],
    [0, 1, 1, 0],
  ];
  const attempts = rows.map((r) => ({ marks: Object.fromEntries(r.map((m, i) => [`q${i + 1}`, m])) }));
  const stats = Object.fromEntries(analyseItems(questions, attempts).map((s) => [s.questionId, s]));

  it("facility is the mean fraction", () => {
    expect(stats.q1!.facility).toBeCloseTo(0.6);
    expect(stats.q2!.facility).toBe(1);
    expect(stats.q3!.facility).toBeCloseTo(0.6);
  });

  it("discrimination correlates the item with the rest of the test", () => {
    // q1 vs rest (q2+q3+q4): item [1,1,1,0,0], rest [2,2,3,2,2].
    // Means 0.6 and 2.2; Sxy = 0.4*(-0.2)*2 + 0.4*0.8 + (-0.6)*(-0.2)*2 = 0.40; Sxx = 1.2; Syy = 0.8.
    expect(stats.q1!.discrimination).toBeCloseTo(0.4 / Math.sqrt(1.2 * 0.8), 10);
    // q3 vs rest: item [0,0,1,1,1], rest [3,3,3,1,1] -> strongly negative.
    expect(stats.q3!.discrimination!).toBeLessThan(-0.5);
    expect(stats.q2!.discrimination).toBeNull(); // everyone right: no variance
  });

  it("flags easy items and a likely wrong key", () => {
    expect(stats.q2!.flags).toEqual(["too_easy"]);
    expect(stats.q3!.flags).toContain("negative_discrimination");
    expect(stats.q1!.flags).toEqual([]);
  });

  it("handles a quiz nobody has taken", () => {
    expect(analyseItems(questions, [])[0]).toMatchObject({ attempts: 0, facility: null, discrimination: null, flags: [] });
  });
});

describe("analyseItems with questions drawn at random", () => {
  it("computes an item's figures over the attempts that asked it", () => {
    const questions = [{ id: "fixed", points: 1 }, { id: "drawn", points: 2 }];
    const attempts: { marks: Record<string, number> }[] = [{ marks: { fixed: 1, drawn: 2 } }, { marks: { fixed: 0, drawn: 0 } }, { marks: { fixed: 1 } }, { marks: { fixed: 0 } }];
    const [fixed, drawn] = analyseItems(questions, attempts);
    expect(fixed).toMatchObject({ attempts: 4, facility: 0.5 });
    expect(drawn).toMatchObject({ attempts: 2, facility: 0.5 });
  });
});
