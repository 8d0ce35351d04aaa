import { describe, expect, it } from "vitest";
import { readNumber, readResponse, responseFieldName, unreadableAnswer } from "@/app/_server/attempts/form-responses";
import type { QuestionType } from "@/questions/schema";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const f = (id: string, part?: number) => responseFieldName(id, part);

describe("readResponse", () => {
  const rows: [QuestionType, [string, string][], unknown, number?][] = [
    ["multiple_choice", [[f("q1"), "  Tokyo "]], "Tokyo"],
    ["multiple_choice", [], undefined],
    ["short_answer", [[f("q1"), "   "]], undefined],
    ["true_false", [[f("q1"), "true"]], true],
    ["true_false", [[f("q1"), "false"]], false],
    ["true_false", [[f("q1"), "yes"]], undefined],
    ["numeric", [[f("q1"), "80,000"]], 80000],
    ["numeric", [[f("q1"), "15%"]], 15],
    ["numeric", [[f("q1"), "2.5"]], 2.5],
    ["numeric", [[f("q1"), "lots"]], undefined],
    // Decision 032: the one number in what was typed, words around it allowed.
    ["numeric", [[f("q1"), "250 passengers"]], 250],
    ["numeric", [[f("q1"), "about 250"]], 250],
    ["multiple_response", [[f("q1"), "A"], [f("q1"), "B"], [f("q1"), "A"]], ["A", "B"]],
    ["ordering", [[f("q1", 0), "first"], [f("q1", 1), "second"]], ["first", "second"], 2],
    ["ordering", [[f("q1", 0), "first"]], undefined, 2],
    ["matching", [[`${f("q1", 0)}.left`, "Lee"], [f("q1", 0), "President"], [`${f("q1", 1)}.left`, "Ishiba"], [f("q1", 1), "Prime Minister"]], { Lee: "President", Ishiba: "Prime Minister" }, 2],
  ];
  it.each(rows)("%s %j -> %j", (type, entries, expected, partCount = 0) => {
    expect(readResponse(form(entries), { id: "q1", type, partCount })).toEqual(expected);
  });

  it("caps very long text", () => {
    const value = readResponse(form([[f("q1"), "x".repeat(10_000)]]), { id: "q1", type: "short_answer", partCount: 0 });
    expect(String(value)).toHaveLength(500);
  });
});

describe("readNumber (decision 032: a number question reads the one number typed, words around it allowed)", () => {
  it.each([
    ["250", 250],
    ["250 passengers", 250],
    ["about 250", 250],
    ["2,300", 2300],
    ["1,234,567 people", 1234567],
    ["2 300", 2300],
    ["12%", 12],
    ["$2.5 billion", 2.5e9],
    ["-5", -5],
    ["\u22123.5 degrees", -3.5],
    [".5", 0.5],
  ])("%j -> %j", (typed, expected) => {
    expect(readNumber(typed)).toBe(expected);
  });

  it.each(["", "lots", "two hundred", "200 to 300", "5-10", "2019, 250"])("%j is not one number", (typed) => {
    expect(readNumber(typed)).toBeNull();
  });

  it("tells typed text that is no number (refused) from a blank box (no answer)", () => {
    const q = { id: "q1", type: "numeric" as const };
    expect(unreadableAnswer(form([[f("q1"), "two hundred"]]), q)).toBe(true);
    expect(unreadableAnswer(form([[f("q1"), "250 passengers"]]), q)).toBe(false);
    expect(unreadableAnswer(form([[f("q1"), "  "]]), q)).toBe(false);
    expect(unreadableAnswer(form([[f("q1"), "lots"]]), { id: "q1", type: "short_answer" })).toBe(false);
  });
});
