"use client";
import { useEffect } from "react";

/**
 * Opens the page at one element, with focus there. The result replaces the quiz at the same
 * address, so the router kept the quiz's scroll position and the learner landed mid-list, with
 * focus nowhere (on the body).
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target) return;
    window.scrollTo({ top: 0, left: 0, behavior: "instant" });
    target.focus({ preventScroll: true });
  }, [targetId]);
  return null;
}
