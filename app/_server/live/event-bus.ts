// How a change to one game reaches every open connection to it. The in-process bus here serves
// one process (the SQLite default); on PostgreSQL, the LISTEN/NOTIFY bus (postgres-bus.ts)
// implements the same interface across every process on the database (and on SQLite with
// NEWSQUIZ_WORKERS > 1, cluster-bus.ts between the workers), and nothing else changes:
// events carry only "game G changed, in this way", and each process reads the new state itself.
// docs/decisions/028-live-games-over-server-sent-events.md
import { resolveDatabase } from "@/prisma/database-url";
import cluster from "node:cluster";
import { PostgresBus } from "./postgres-bus";
import { ClusterBus } from "./cluster-bus";

/** state: the game moved (a question opened or closed, the game ended); players: someone joined
 * or was removed; answers: an answer arrived (only the host's screen counts them). */
export type LiveEventKind = "state" | "players" | "answers";
export interface LiveEvent {
  gameId: string;
  kind: LiveEventKind;
}

export interface LiveBus {
  publish(event: LiveEvent): void;
  /** Calls `listener` for every event of `gameId` until the returned function is called. */
  subscribe(gameId: string, listener: (event: LiveEvent) => void): () => void;
}

export class InProcessBus implements LiveBus {
  private readonly listeners = new Map<string, Set<(event: LiveEvent) => void>>();

  publish(event: LiveEvent): void {
    for (const listener of [...(this.listeners.get(event.gameId) ?? [])]) {
      try {
        listener(event);
      } catch {
        // One broken connection must not stop the others hearing of the change.
      }
    }
  }

  subscribe(gameId: string, listener: (event: LiveEvent) => void): () => void {
    let set = this.listeners.get(gameId);
    if (!set) this.listeners.set(gameId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(gameId) === set) this.listeners.delete(gameId);
    };
  }

  /** Tells every game with a listener here that `kind` changed (after a lost connection to the other processes). */
  publishToAll(kind: LiveEventKind): void {
    for (const gameId of [...this.listeners.keys()]) this.publish({ gameId, kind });
  }

  listenerCount(gameId: string): number {
    return this.listeners.get(gameId)?.size ?? 0;
  }
}

// One bus per process, kept under a registered symbol: Next.js bundles its own copies of this
// module (server actions, route handlers), and they must all find the same bus.
const BUS = Symbol.for("newsquiz.live.bus");
export function liveBus(): LiveBus {
  const holder = globalThis as { [BUS]?: LiveBus };
  if (!holder[BUS]) {
    const target = resolveDatabase();
    // PostgreSQL: every process on the database; SQLite with several workers: the workers of this
    // server, through the primary; one process: itself.
    holder[BUS] = target.provider === "postgresql" ? new PostgresBus(target.url) : cluster.isWorker ? new ClusterBus() : new InProcessBus();
  }
  return holder[BUS];
}
