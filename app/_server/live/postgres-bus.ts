// The live bus across processes, over PostgreSQL LISTEN/NOTIFY: used when DATABASE_URL is
// PostgreSQL, so every app process (NEWSQUIZ_WORKERS > 1, or several hosts on one database) hears
// every game's changes. Nothing else to run: the database the app already needs carries them.
// docs/decisions/028-live-games-over-server-sent-events.md
//
// A process delivers its own events at once (no round trip through the database) and sends them
// on with NOTIFY; what it hears back from itself is dropped by the origin tag. Events are tiny
// ("game G changed: kind"), well under NOTIFY's 8000-byte payload limit. If the listening
// connection drops, the bus reconnects and tells every game it serves "state changed", so
// connections re-read whatever they may have missed.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { getLogger } from "../http/log";
import { InProcessBus, type LiveBus, type LiveEvent, type LiveEventKind } from "./event-bus";

export const LIVE_CHANNEL = "newsquiz_live";
const KINDS: readonly LiveEventKind[] = ["state", "players", "answers"];
const RECONNECT_MS = 1000;

export class PostgresBus implements LiveBus {
  private readonly local = new InProcessBus();
  private readonly origin = randomUUID().slice(0, 8);
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private closed = false;
  /** Events waiting for the connection: sent, in order, once it is up. */
  private pending: string[] = [];
  private flushing = false;

  constructor(private readonly connectionString: string) {
    void this.connect().catch(() => undefined);
  }

  publish(event: LiveEvent): void {
    this.local.publish(event);
    this.pending.push(`${this.origin}:${event.kind}:${event.gameId}`);
    void this.flush();
  }

  subscribe(gameId: string, listener: (event: LiveEvent) => void): () => void {
    return this.local.subscribe(gameId, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.length && !this.closed) {
        const client = await this.connect();
        // Several events in one round trip: a room of 200 answering at once sends few statements.
        const batch = this.pending.splice(0, 100);
        const values = batch.map((_, i) => `pg_notify($1, $${i + 2})`).join(", ");
        await client.query(`SELECT ${values}`, [LIVE_CHANNEL, ...batch]).catch((error: unknown) => {
          getLogger().warn({ err: error }, "live bus: NOTIFY failed");
        });
      }
    } catch (error) {
      getLogger().warn({ err: error }, "live bus: no connection to send events");
    } finally {
      this.flushing = false;
    }
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    return (this.connecting ??= this.open().finally(() => (this.connecting = null)));
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString });
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      if (this.closed) return;
      getLogger().warn({ err: error }, "live bus: connection lost; reconnecting");
      setTimeout(() => {
        void this.connect()
          .then(() => this.local.publishToAll("state"))
          .catch(() => undefined);
      }, RECONNECT_MS).unref?.();
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", (message) => {
      const [origin, kind, gameId] = (message.payload ?? "").split(":");
      if (origin === this.origin || !gameId || !KINDS.includes(kind as LiveEventKind)) return;
      this.local.publish({ gameId, kind: kind as LiveEventKind });
    });
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
    return client;
  }
}
