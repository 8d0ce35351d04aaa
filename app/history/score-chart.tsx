// Scores over time as a server-rendered SVG: no chart library, no client JavaScript. The plot
// stretches to any width (preserveAspectRatio="none"), so strokes and dots are drawn with
// non-scaling strokes to keep their size on a phone and on a desktop alike; the labels are HTML
// around it, so they stay readable at every width.
import { dayFormat, formatDay, formatPercent } from "../_components/duration";
import { escapeMarkup } from "../_components/markup";

export interface ChartPoint {
  id: string;
  quizTitle: string;
  submittedAt: Date;
  /** 0..1 */
  fraction: number;
}

/** Room above 100% and below 0% (in plot units of 100) so the dots at the extremes are whole. */
const PAD = 6;
const yOf = (fraction: number) => PAD + (1 - fraction) * (100 - 2 * PAD);
const xOf = (i: number, n: number) => (n === 1 ? 50 : PAD / 2 + (i * (100 - PAD)) / (n - 1));

export function describeScores(points: readonly ChartPoint[], timeZone = "UTC"): string {
  if (!points.length) return "No submitted attempts yet.";
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const best = Math.max(...points.map((p) => p.fraction));
  const mean = points.reduce((s, p) => s + p.fraction, 0) / points.length;
  const span = points.length === 1 ? `on ${formatDay(first.submittedAt, timeZone)}` : `from ${formatDay(first.submittedAt, timeZone)} to ${formatDay(last.submittedAt, timeZone)}`;
  return (
    `Score line chart of ${points.length} attempt${points.length === 1 ? "" : "s"} ${span}: ` +
    `first ${formatPercent(first.fraction)}, latest ${formatPercent(last.fraction)}, best ${formatPercent(best)}, average ${formatPercent(mean)}. ` +
    "Every attempt is listed in the table below."
  );
}

/**
 * One dot per attempt, each with its tooltip ("Quiz, 4 Mar 2026: 67%"); the latest is larger. A
 * zero-length path with a round cap is a dot that keeps its size when the plot stretches (the
 * group gives every dot a non-scaling stroke).
 */
export function dotsMarkup(coords: readonly (ChartPoint & { x: number; y: number })[], timeZone: string): string {
  const last = coords.length - 1;
  const day = dayFormat(timeZone);
  let markup = "";
  coords.forEach((c, i) => {
    const latest = i === last ? ' stroke-width="11" class="stroke-brand-700"' : "";
    const title = escapeMarkup(`${c.quizTitle}, ${day.format(c.submittedAt)}: ${formatPercent(c.fraction)}`);
    markup += `<path d="M${c.x.toFixed(2)} ${c.y.toFixed(2)}h0"${latest}><title>${title}</title></path>`;
  });
  return markup;
}

/** `timeZone`: the reader's, for the days under the chart. */
export function ScoreChart({ points, timeZone }: { points: readonly ChartPoint[]; timeZone: string }) {
  const n = points.length;
  const coords = points.map((p, i) => ({ ...p, x: xOf(i, n), y: yOf(p.fraction) }));
  const line = coords.map((c) => `${c.x.toFixed(2)},${c.y.toFixed(2)}`).join(" ");
  const area = n > 1 ? `${coords[0]!.x.toFixed(2)},${yOf(0)} ${line} ${coords[n - 1]!.x.toFixed(2)},${yOf(0)}` : "";
  return (
    <figure role="img" aria-label={describeScores(points, timeZone)} data-testid="score-chart" className="m-0">
      <div className="grid grid-cols-[2.5rem_1fr] gap-x-2">
        <div className="relative h-44 text-right text-xs tabular-nums text-slate-500 sm:h-56" aria-hidden>
          {[1, 0.5, 0].map((v) => (
            <span key={v} className="absolute right-0 -translate-y-1/2" style={{ top: `${yOf(v)}%` }}>
              {v * 100}%
            </span>
          ))}
        </div>
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="h-44 w-full overflow-visible sm:h-56" aria-hidden focusable="false">
          {[1, 0.75, 0.5, 0.25, 0].map((v) => (
            <line
              key={v}
              x1={0}
              x2={100}
              y1={yOf(v)}
              y2={yOf(v)}
              vectorEffect="non-scaling-stroke"
              className={v === 0 ? "stroke-slate-300" : "stroke-slate-200"}
              strokeWidth={1}
              strokeDasharray={v === 0 || v === 1 ? undefined : "3 4"}
            />
          ))}
          {area && <polygon points={area} className="fill-brand-100/60" />}
          {n > 1 && <polyline points={line} fill="none" vectorEffect="non-scaling-stroke" className="stroke-brand-600" strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />}
          {/* The dots go out as one string of markup, not as React elements: a history of hundreds of
              attempts is hundreds of dots with a tooltip each, and as elements they were a third of
              the page's elements, its bytes (every element is sent twice: HTML and React's payload)
              and its rendering time (decision 030). Their shared stroke is set once on the group. */}
          <g
            strokeLinecap="round"
            strokeWidth={8}
            className="stroke-brand-600 [&>path]:[vector-effect:non-scaling-stroke]"
            dangerouslySetInnerHTML={{ __html: dotsMarkup(coords, timeZone) }}
          />
        </svg>
        <div aria-hidden className="col-start-2 mt-2 flex justify-between gap-4 text-xs text-slate-500">
          <span>{n ? formatDay(points[0]!.submittedAt, timeZone) : ""}</span>
          {n > 1 && <span>{formatDay(points[n - 1]!.submittedAt, timeZone)}</span>}
        </div>
      </div>
    </figure>
  );
}
