// One Server-Sent Events connection: the viewer's current message at once, then a new one each
// time the game changes in a way the viewer sees. Connections in this process share reads of the
// game (freshSnapshot below).
import { liveBus, type LiveEventKind } from "./event-bus";
import { loadSnapshot } from "./live-games";
import type { LiveSnapshot } from "./snapshot";
import { SharedRuns } from "./shared-runs";

const HEARTBEAT_MS = 15_000;
/**
 * How long an answer's event waits before the read it asks for: the answers that come meanwhile
 * share that read. Only the host's screen hears answers (to count them), and a count a few tenths
 * of a second behind is not noticed; without the wait a room of 200 answering kept one read of the
 * whole game running back to back per game, and answers queued behind them (bench:live).
 */
const ANSWER_COUNT_DELAY_MS = 300;

/**
 * A read of the game that starts after this call, shared: every connection in this process that
 * asks while a read is under way waits for one more read after it, and they all share that one.
 * So a burst of 200 answers makes two or three reads for the host's screen, not 200, and a room
 * of 200 phones hearing one change makes one read.
 */
const readers = new SharedRuns<LiveSnapshot | null>();
const freshSnapshot = (gameId: string) => readers.after(gameId, () => loadSnapshot(gameId).catch(() => null));

export interface Viewer {
  /** The message this viewer gets for a state of the game. */
  message(snapshot: LiveSnapshot, now: Date): unknown;
  /** Which changes can alter what this viewer sees (a phone does not see the answer count). */
  hears(kind: LiveEventKind): boolean;
}

export function liveEventStream(gameId: string, first: LiveSnapshot, viewer: Viewer, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const send = (snapshot: LiveSnapshot) => {
        write(`data: ${JSON.stringify(viewer.message(snapshot, new Date()))}\n\n`);
        // An ended game changes no more: the last message says so and the stream ends (the page
        // closes its EventSource on that message, so it does not reconnect).
        if (snapshot.state === "ended") queueMicrotask(() => stop());
      };
      // Reconnect after 1 s if the connection drops; the server sends the current state again.
      write("retry: 1000\n\n");
      send(first);
      // Messages go out in the order the events came, one read at a time.
      // Events that come while a read is waiting to start are covered by it: one message for them all.
      let chain = Promise.resolve();
      let waiting = false;
      // An answer's read waits a little (ANSWER_COUNT_DELAY_MS); any other change cuts the wait short.
      let urgent = false;
      let hurry: (() => void) | null = null;
      const unsubscribe = liveBus().subscribe(gameId, (event) => {
        if (!viewer.hears(event.kind)) return;
        if (event.kind !== "answers") {
          urgent = true;
          hurry?.();
        }
        if (waiting) return;
        waiting = true;
        chain = chain.then(async () => {
          if (!urgent) await new Promise<void>((resolve) => setTimeout((hurry = resolve), ANSWER_COUNT_DELAY_MS));
          hurry = null;
          urgent = false;
          waiting = false;
          const snapshot = await freshSnapshot(gameId);
          if (snapshot) send(snapshot);
        });
      });
      const heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {}
      };
      signal.addEventListener("abort", stop);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: compression would hold events back until a buffer fills.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
