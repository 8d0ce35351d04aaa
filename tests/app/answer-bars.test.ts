// The quiz report's answer bars: what each row says, and how little it takes to say it.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AnswerBars, type AnswerCount } from "@/app/teach/quizzes/[quizId]/answer-bars";

const answers: AnswerCount[] = [
  { answer: "Wellington", count: 30, correct: true },
  { answer: "Auckland", count: 15, correct: false },
  { answer: "Christchurch", count: 5, correct: false },
];
const html = (a: AnswerCount[], attempts = 60) => renderToStaticMarkup(createElement(AnswerBars, { answers: a, attempts }));

describe("AnswerBars", () => {
  it("lists each answer with a check on the key's, its count, and its share as the bar's length", () => {
    const out = html(answers);
    expect(out).toMatch(/^<ul class="answer-bars[^"]*" aria-label="Answers given and how many gave each">/);
    expect([...out.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "|"))).toEqual(["|✓ Wellington||||30|", "|Auckland||||15|", "|Christchurch||||5|"]);
    expect(out.match(/--share:(\d+)%/g)).toEqual(["--share:50%", "--share:25%", "--share:8%"]);
    expect(out.match(/<li class="key"/g)).toHaveLength(1);
    expect(out).toMatch(/<span class="bar" aria-hidden="true">/);
  });

  it("shows the six most given answers", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ answer: `Answer ${i}`, count: 9 - i, correct: i === 0 }));
    expect(html(many).match(/<li/g)).toHaveLength(6);
  });

  it("keeps a row under 130 bytes of markup (a report has up to 120 of them)", () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ answer: "1,200", count: 100 + i, correct: i === 0 }));
    const perRow = (html(six).length - html([]).length) / 6;
    expect(perRow).toBeLessThan(130);
  });
});
