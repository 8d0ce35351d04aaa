// The live bus between the worker processes of one server (NEWSQUIZ_WORKERS > 1) on SQLite, where
// there is no LISTEN/NOTIFY: each worker sends its events to the primary over the cluster's IPC
// channel, and the primary (server.ts, relayLiveEvents) passes them to every other worker. Several
// hosts on one database need PostgreSQL (postgres-bus.ts); SQLite is one machine anyway.
import { InProcessBus, type LiveBus, type LiveEvent, type LiveEventKind } from "./event-bus";

/** The IPC message that carries a live event between the workers and the primary. */
export const LIVE_IPC = "newsquiz.live";
const KINDS: readonly LiveEventKind[] = ["state", "players", "answers"];

interface LiveIpcMessage {
  type: typeof LIVE_IPC;
  gameId: string;
  kind: LiveEventKind;
}

const isLiveIpc = (m: unknown): m is LiveIpcMessage =>
  typeof m === "object" && m !== null && (m as LiveIpcMessage).type === LIVE_IPC && typeof (m as LiveIpcMessage).gameId === "string" && KINDS.includes((m as LiveIpcMessage).kind);

export class ClusterBus implements LiveBus {
  private readonly local = new InProcessBus();

  constructor() {
    process.on("message", (message: unknown) => {
      if (isLiveIpc(message)) this.local.publish({ gameId: message.gameId, kind: message.kind });
    });
  }

  publish(event: LiveEvent): void {
    this.local.publish(event);
    process.send?.({ type: LIVE_IPC, gameId: event.gameId, kind: event.kind } satisfies LiveIpcMessage);
  }

  subscribe(gameId: string, listener: (event: LiveEvent) => void): () => void {
    return this.local.subscribe(gameId, listener);
  }
}

/** In the primary: passes each worker's live events on to the other workers. */
export function relayLiveEvents(workers: () => Iterable<{ id: number; send(message: unknown): boolean } | undefined>, from: { id: number }, message: unknown): void {
  if (!isLiveIpc(message)) return;
  for (const worker of workers()) if (worker && worker.id !== from.id) worker.send(message);
}
