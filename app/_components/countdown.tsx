"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Time left on an attempt: its time limit, or its quiz's close date if that comes first. At zero it
 * submits the form; the server closes the attempt at the deadline anyway, with the answers saved in
 * time, so this is a courtesy, not the rule.
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
  // A close date can be days away: hours from one hour up.
  const hours = Math.floor(left / 3_600_000);
  const minutes = Math.floor((left % 3_600_000) / 60000);
  const seconds = Math.floor((left % 60000) / 1000);
  const urgent = left < 60_000;
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    <p className={`font-mono text-sm font-semibold tabular-nums ${urgent ? "text-red-700" : "text-slate-700"}`} role="timer" aria-live={urgent ? "assertive" : "off"} aria-label={`Time left: ${hours ? `${hours} hours ` : ""}${minutes} minutes ${seconds} seconds`} data-testid="countdown">
      ⏱ {hours ? `${hours}:${pad(minutes)}` : minutes}:{pad(seconds)}
    </p>
  );
}
