"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Time left on a timed attempt. At zero it submits the form; the server closes the attempt at
 * the deadline anyway, with the answers saved in time, so this is a courtesy, not the rule.
 */
export function Countdown({ deadline, formId }: { deadline: string; formId: string }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
  const submitted = useRef(false);
  useEffect(() => {
    const timer = setInterval(() => {
      const remaining = Math.max(0, end - Date.now());
      setLeft(remaining);
      if (remaining === 0 && !submitted.current) {
        submitted.current = true;
        const form = document.getElementById(formId);
        if (form instanceof HTMLFormElement) form.requestSubmit();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [end, formId]);
  const minutes = Math.floor(left / 60000);
  const seconds = Math.floor((left % 60000) / 1000);
  const urgent = left < 60_000;
  return (
    <p className={`font-mono text-sm font-semibold tabular-nums ${urgent ? "text-red-700" : "text-slate-700"}`} role="timer" aria-live={urgent ? "assertive" : "off"} aria-label={`Time left: ${minutes} minutes ${seconds} seconds`} data-testid="countdown">
      ⏱ {minutes}:{String(seconds).padStart(2, "0")}
    </p>
  );
}
