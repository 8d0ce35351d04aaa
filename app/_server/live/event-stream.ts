// One Server-Sent Events connection: the viewer's current message at once, then a new one each
// time the game changes in a way the viewer sees. Every connection in this process that hears the
// same event shares one read of the game (a phone room of 200 makes one read, not 200).
import { liveBus, type LiveEvent, type LiveEventKind } from "./event-bus";
import { loadSnapshot } from "./live-games";
import type { LiveSnapshot } from "./snapshot";

const HEARTBEAT_MS = 15_000;

const reads = new WeakMap<LiveEvent, Promise<LiveSnapshot | null>>();
function snapshotAfter(event: LiveEvent): Promise<LiveSnapshot | null> {
  let read = reads.get(event);
  if (!read) reads.set(event, (read = loadSnapshot(event.gameId)));
  return read;
}

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
      let chain = Promise.resolve();
      const unsubscribe = liveBus().subscribe(gameId, (event) => {
        if (!viewer.hears(event.kind)) return;
        chain = chain.then(async () => {
          const snapshot = await snapshotAfter(event).catch(() => null);
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
