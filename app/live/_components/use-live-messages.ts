"use client";
// The latest message of a game's Server-Sent Events stream. EventSource reconnects by itself after
// a dropped connection, and the server answers a reconnect with the current state.
import { useEffect, useState } from "react";

export function useLiveMessages<T>(url: string, initial: T): { message: T; receivedAt: number; connected: boolean } {
  const [state, setState] = useState(() => ({ message: initial, receivedAt: Date.now(), connected: false }));
  useEffect(() => {
    const source = new EventSource(url);
    source.onopen = () => setState((s) => ({ ...s, connected: true }));
    source.onerror = () => setState((s) => ({ ...s, connected: false }));
    source.onmessage = (event) => {
      const message = JSON.parse(event.data) as T;
      setState({ message, receivedAt: Date.now(), connected: true });
      // The server ends the stream after a game's last message (or a removed player's): no reconnecting.
      const kind = (message as { kind?: string }).kind;
      if (kind === "ended" || kind === "removed") source.close();
    };
    return () => source.close();
  }, [url]);
  return state;
}

/** Seconds left, counted down in the browser from what the server said was left when it sent it. */
export function useCountdown(remainingMs: number | undefined, receivedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!remainingMs) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [remainingMs, receivedAt]);
  if (!remainingMs) return 0;
  return Math.max(0, Math.ceil((remainingMs - (Math.max(now, receivedAt) - receivedAt)) / 1000));
}
