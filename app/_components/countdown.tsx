"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Time left on an attempt: its time limit, or its quiz's close date if that comes first. At zero it
 * says so and submits the form; the server closes the attempt at the deadline anyway, with the
 * answers saved in time, so this is a courtesy, not the rule.
 *
 * `renderedAt` is the server's clock when it rendered the page. The first render counts from it,
 * on the server and again when the browser hydrates: counting from the browser's own clock there
 * gave a different second whenever hydration crossed a second boundary, and React threw the page's
 * markup away (error #418). The first tick, a moment later, counts from the browser's clock.
 */
export function Countdown({ deadline, renderedAt, formId }: { deadline: string; renderedAt: number; formId: string }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => Math.max(0, end - renderedAt));
  const [timeUp, setTimeUp] = useState(false);
  const submitted = useRef(false);
  useEffect(() => {
    const tick = () => {
      const remaining = Math.max(0, end - Date.now());
      setLeft(remaining);
      if (remaining === 0 && !submitted.current) {
        submitted.current = true;
        setTimeUp(true);
        const form = document.getElementById(formId);
        if (form instanceof HTMLFormElement) form.requestSubmit();
      }
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [end, formId]);
  // A close date can be days away: hours from one hour up.
  const hours = Math.floor(left / 3_600_000);
  const minutes = Math.floor((left % 3_600_000) / 60000);
  const seconds = Math.floor((left % 60000) / 1000);
  const urgent = left < 60_000;
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    <>
      <p className={`flex items-center gap-1.5 font-mono text-sm font-semibold tabular-nums ${urgent ? "text-red-700" : "text-slate-700"}`} role="timer" aria-live={urgent ? "assertive" : "off"} aria-label={`Time left: ${hours ? `${hours} hours ` : ""}${minutes} minutes ${seconds} seconds`} data-testid="countdown">
        <StopwatchIcon />
        {hours ? `${hours}:${pad(minutes)}` : minutes}:{pad(seconds)}
      </p>
      <p role="alert" className={timeUp ? "basis-full rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-semibold text-red-900" : "sr-only"}>
        {timeUp ? "Time's up: your answers are being submitted." : ""}
      </p>
    </>
  );
}

/** Drawn, not the ⏱ character: that one is missing from many systems' fonts and showed as a box. */
function StopwatchIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className="h-4 w-4 shrink-0" data-testid="countdown-icon">
      <circle cx="12" cy="14" r="8" />
      <path d="M12 10v4l2.5 2.5M9.5 2h5M12 2v4M19 6l1.5-1.5" />
    </svg>
  );
}
