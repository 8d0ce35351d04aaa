// The live game's rules without a server: points, ranks, nicknames, PINs, answers and the moves
// between states.
import { describe, expect, it } from "vitest";
import { liveAnswerSchema, nicknameKey, nicknameSchema, pinSchema, pointsFor, rankOf, streakBonusFor, withStreaks } from "@/app/_server/live/rules";
import { applyMove, LiveMoveError } from "@/app/_server/live/state-machine";
import { toLearnerResponse, toLiveQuestion, BadLiveAnswerError } from "@/app/_server/live/live-question";

describe("points", () => {
  it("gives 1000 for a right answer at once, 500 at the bell, and rounds in between", () => {
    expect(pointsFor({ correct: true, elapsedMs: 0, seconds: 20 })).toBe(1000);
    expect(pointsFor({ correct: true, elapsedMs: 20_000, seconds: 20 })).toBe(500);
    expect(pointsFor({ correct: true, elapsedMs: 5_000, seconds: 20 })).toBe(875);
    expect(pointsFor({ correct: true, elapsedMs: 3_333, seconds: 20 })).toBe(Math.round(1000 * (1 - 3.333 / 20 / 2)));
  });
  it("gives nothing for a wrong answer, however fast", () => {
    expect(pointsFor({ correct: false, elapsedMs: 0, seconds: 20 })).toBe(0);
  });
  it("keeps a clock a little off within 500..1000", () => {
    expect(pointsFor({ correct: true, elapsedMs: -50, seconds: 20 })).toBe(1000);
    expect(pointsFor({ correct: true, elapsedMs: 25_000, seconds: 20 })).toBe(500);
  });
  it("ranks equal scores equally", () => {
    expect([30, 20, 20, 10].map((s) => rankOf(s, [30, 20, 20, 10]))).toEqual([1, 2, 2, 4]);
  });
});

describe("the streak bonus", () => {
  it("adds 100 for each right answer in a row after the first, at most 500", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(streakBonusFor)).toEqual([0, 0, 100, 200, 300, 400, 500, 500, 500]);
  });
  const answer = (playerId: string, questionIndex: number, correct: boolean) => ({ playerId, questionIndex, correct });
  it("counts each player's run in question order, whatever order the answers come in", () => {
    const marked = withStreaks([answer("a", 2, true), answer("b", 0, true), answer("a", 0, true), answer("a", 1, true), answer("b", 1, true)], true);
    expect(marked.map((m) => [m.playerId, m.questionIndex, m.streak, m.bonus])).toEqual([
      ["a", 2, 3, 200],
      ["b", 0, 1, 0],
      ["a", 0, 1, 0],
      ["a", 1, 2, 100],
      ["b", 1, 2, 100],
    ]);
  });
  it("ends a run at a wrong answer and at a question left unanswered (or skipped)", () => {
    const marked = withStreaks([answer("a", 0, true), answer("a", 1, false), answer("a", 2, true), answer("a", 3, true), answer("a", 5, true), answer("a", 6, true)], true);
    expect(marked.map((m) => m.streak)).toEqual([1, 0, 1, 2, 1, 2]);
    expect(marked.map((m) => m.bonus)).toEqual([0, 0, 0, 100, 0, 100]);
  });
  it("caps a long run at +500 and gives nothing when the host left the bonus off", () => {
    const run = Array.from({ length: 9 }, (_, i) => answer("a", i, true));
    expect(withStreaks(run, true).map((m) => m.bonus)).toEqual([0, 100, 200, 300, 400, 500, 500, 500, 500]);
    expect(withStreaks(run, false).map((m) => [m.streak, m.bonus]).at(-1)).toEqual([9, 0]);
  });
});

describe("what may be typed", () => {
  it("takes six-digit PINs, spaces ignored", () => {
    expect(pinSchema.parse(" 123 456 ")).toBe("123456");
    for (const bad of ["12345", "1234567", "12a456", ""]) expect(pinSchema.safeParse(bad).success).toBe(false);
  });
  it("takes nicknames of 1 to 20 characters with a letter or digit, squeezing spaces", () => {
    expect(nicknameSchema.parse("  Ana   B ")).toBe("Ana B");
    expect(nicknameSchema.parse("李雷")).toBe("李雷");
    for (const bad of ["", "    ", "x".repeat(21), "!!!", "a\u0000b", "a\u200bb"]) expect(nicknameSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
  it("folds nicknames so that case and spacing do not make a new one", () => {
    expect(nicknameKey("ANA  b")).toBe(nicknameKey("ana b"));
  });
  it("takes answers of the three shapes only", () => {
    expect(liveAnswerSchema.safeParse({ questionIndex: 0, answer: { choice: 2 } }).success).toBe(true);
    expect(liveAnswerSchema.safeParse({ questionIndex: 0, answer: { choices: [0, 2] } }).success).toBe(true);
    expect(liveAnswerSchema.safeParse({ questionIndex: 0, answer: { text: "14" } }).success).toBe(true);
    for (const bad of [{ questionIndex: -1, answer: { choice: 0 } }, { questionIndex: 0, answer: { choice: 0, points: 1000 } }, { questionIndex: 0, answer: { text: "x".repeat(201) } }, { questionIndex: 0 }])
      expect(liveAnswerSchema.safeParse(bad).success).toBe(false);
  });
  it("turns a tapped option into what the grader takes, and refuses an option that is not there", () => {
    const tf = toLiveQuestion("g", { id: "q", version: 1, points: 1, question: { type: "true_false", prompt: "p", answer: true, explanation: "" } as never })!;
    expect(toLearnerResponse(tf, { choice: 0 })).toBe(true);
    expect(toLearnerResponse(tf, { choice: 1 })).toBe(false);
    expect(() => toLearnerResponse(tf, { choice: 2 })).toThrow(BadLiveAnswerError);
    expect(() => toLearnerResponse(tf, { text: "true" })).toThrow(BadLiveAnswerError);
  });
  it("leaves ordering and matching questions out of live games", () => {
    expect(toLiveQuestion("g", { id: "q", version: 1, points: 1, question: { type: "ordering", prompt: "p", choices: ["a", "b"], answer: ["a", "b"], explanation: "" } as never })).toBeNull();
  });
});

describe("moves", () => {
  const lobby = { state: "lobby", questionIndex: -1 } as const;
  it("goes lobby → open → closed → open → … → ended", () => {
    let at = applyMove(lobby, "start", 2);
    expect(at).toEqual({ state: "open", questionIndex: 0 });
    at = applyMove(at, "close", 2);
    expect(at).toEqual({ state: "closed", questionIndex: 0 });
    at = applyMove(at, "next", 2);
    expect(at).toEqual({ state: "open", questionIndex: 1 });
    at = applyMove(applyMove(at, "close", 2), "next", 2);
    expect(at).toEqual({ state: "ended", questionIndex: 1 });
  });
  it("refuses moves out of turn", () => {
    expect(() => applyMove(lobby, "close", 2)).toThrow(LiveMoveError);
    expect(() => applyMove(lobby, "next", 2)).toThrow(LiveMoveError);
    expect(() => applyMove({ state: "open", questionIndex: 0 }, "start", 2)).toThrow(LiveMoveError);
    expect(() => applyMove({ state: "open", questionIndex: 0 }, "next", 2)).toThrow(LiveMoveError);
    expect(() => applyMove({ state: "ended", questionIndex: 1 }, "end", 2)).toThrow(LiveMoveError);
    expect(() => applyMove(lobby, "start", 0)).toThrow(LiveMoveError);
  });
  it("pauses an open question, resumes it, and may close it while paused", () => {
    const open = { state: "open", questionIndex: 1 } as const;
    const paused = applyMove(open, "pause", 2);
    expect(paused).toEqual({ state: "paused", questionIndex: 1 });
    expect(applyMove(paused, "resume", 2)).toEqual(open);
    expect(applyMove(paused, "close", 2)).toEqual({ state: "closed", questionIndex: 1 });
    expect(() => applyMove(paused, "pause", 2)).toThrow(LiveMoveError);
    expect(() => applyMove(open, "resume", 2)).toThrow(LiveMoveError);
    expect(() => applyMove({ state: "closed", questionIndex: 1 }, "pause", 2)).toThrow(LiveMoveError);
  });
  it("ends from any state but ended", () => {
    for (const state of ["lobby", "open", "paused", "closed"] as const) expect(applyMove({ state, questionIndex: 0 }, "end", 2).state).toBe("ended");
  });
});
