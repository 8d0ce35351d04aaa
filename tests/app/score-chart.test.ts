// The history's score chart: one dot with a tooltip per attempt, sent as little markup as it can.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ScoreChart, type ChartPoint } from "@/app/history/score-chart";

const points = (n: number, title = (i: number) => `Weekly quiz ${i + 1}`): ChartPoint[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, quizTitle: title(i), submittedAt: new Date(Date.UTC(2026, 2, 1 + (i % 28), 9)), fraction: (i % 5) / 4 }));
const chart = (ps: ChartPoint[], timeZone = "UTC") => renderToStaticMarkup(createElement(ScoreChart, { points: ps, timeZone }));
const countElements = (node: unknown): number => {
  if (Array.isArray(node)) return node.reduce((n: number, c) => n + countElements(c), 0);
  if (node && typeof node === "object" && "props" in node) return 1 + countElements((node as { props: { children?: unknown } }).props.children);
  return 0;
};
const titles = (html: string) => [...html.matchAll(/<title>(.*?)<\/title>/g)].map((m) => m[1]);

describe("ScoreChart", () => {
  it("gives every attempt a dot with its quiz, day and score as a tooltip", () => {
    const html = chart(points(3));
    expect(titles(html)).toEqual(["Weekly quiz 1, 1 Mar 2026: 0%", "Weekly quiz 2, 2 Mar 2026: 25%", "Weekly quiz 3, 3 Mar 2026: 50%"]);
    expect(html.match(/<path d="M[\d.]+ [\d.]+h0"/g)).toHaveLength(3);
  });

  it("writes the days in the reader's zone", () => {
    const late = [{ id: "a", quizTitle: "Late", submittedAt: new Date(Date.UTC(2026, 2, 1, 23, 30)), fraction: 1 }];
    expect(titles(chart(late, "Pacific/Auckland"))).toEqual(["Late, 2 Mar 2026: 100%"]);
  });

  it("draws the latest attempt's dot larger", () => {
    const html = chart(points(3));
    expect(html.match(/<path [^>]*stroke-width="11"[^>]*>/g)).toHaveLength(1);
    expect(html).toMatch(/stroke-width="11" class="stroke-brand-700"><title>Weekly quiz 3,/);
  });

  it("escapes a quiz title in a tooltip", () => {
    const html = chart(points(1, () => `</title><script>alert("x")</script> & more`));
    expect(html).not.toContain("<script>");
    expect(titles(html)).toEqual(["&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more, 1 Mar 2026: 0%"]);
  });

  it("sends at most 110 bytes of markup per dot (300 attempts)", () => {
    // The dots, the line and the area grow with the attempts; the rest of the chart does not.
    const perPoint = (chart(points(301)).length - chart(points(1)).length) / 300;
    expect(perPoint).toBeLessThan(110);
  });

  it("renders as many React elements for 300 attempts as for 2", () => {
    // Every element goes to the browser twice (HTML and React's payload) and costs rendering time
    // twice: the dots travel as one string of markup instead (decision 030, "Rendering").
    expect(countElements(ScoreChart({ points: points(300), timeZone: "UTC" }))).toBe(countElements(ScoreChart({ points: points(2), timeZone: "UTC" })));
  });
});
