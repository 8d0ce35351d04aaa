import { describe, expect, it } from "vitest";
import { RunCache, startRun } from "@/questions/run-cache";

describe("RunCache", () => {
  it("keeps a value for its key until the next run starts", () => {
    const cache = new RunCache<object, number>();
    const a = {};
    const b = {};
    cache.set(a, 1);
    expect(cache.get(a)).toBe(1);
    expect(cache.get(b)).toBeUndefined();
    startRun();
    expect(cache.get(a)).toBeUndefined();
    cache.set(a, 2).set(b, 3);
    expect([cache.get(a), cache.get(b)]).toEqual([2, 3]);
  });
});
