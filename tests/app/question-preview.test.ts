// The teacher's preview of a question: a year reads as a year, other numbers with separators.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QuestionPreview } from "@/app/_components/question-preview";
import type { Question } from "@/questions";

const numeric = (answer: number, over: Partial<Question> = {}): Question => ({ type: "numeric", prompt: "Fill in the blank with a number: \"_____\"", answer, ...over }) as Question;
const text = (q: Question) => renderToStaticMarkup(createElement(QuestionPreview, { question: q })).replace(/<[^>]+>/g, "");

describe("QuestionPreview", () => {
  it("writes a year without a thousands separator", () => {
    expect(text(numeric(2029, { factKind: "date" }))).toContain("Answer: 2029");
    expect(text(numeric(2029, { factKind: "date", tolerance: 1 }))).toContain("accepts 2028 to 2030");
  });
  it("writes any other number with separators", () => {
    expect(text(numeric(20878, { factKind: "count" }))).toContain("Answer: 20,878");
  });
});
