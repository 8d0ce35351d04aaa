// The production server: Next.js, with the attempt API (starting, opening and submitting attempts,
// saving answers, the history: what a school's learners send every few seconds) answered before
// the framework. `npm start` runs it; the end-to-end tests and benchmarks run it too, so what is
// tested is what is served. docs/decisions/011-answer-saving-fast-path.md
//   PORT (default 3000), HOST (default all interfaces),
//   NEWSQUIZ_WORKERS (default 1): processes sharing the port, one per CPU core at most. Nothing is
//   kept in a process's memory (sessions, limits and attempts are in the database), so any of them
//   can serve any request.
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import { handleFastPath, matchFastPath } from "./app/_server/http/api-fast-path";
import { getLogger } from "./app/_server/http/log";
import { SERVER_ERROR } from "./app/_server/http/api-errors";
import { hasChunkedBody, withBoundedBody } from "./app/_server/http/chunked-body";
import { relayLiveEvents } from "./app/_server/live/cluster-bus";
import { handleLiveFastPath, matchLiveFastPath } from "./app/_server/live/live-fast-path";
import { resumeUnfinishedGames } from "./app/_server/live/finish-game";

const port = Number(process.env.PORT ?? 3000);
const KEEP_ALIVE_MS = 130_000;
const host = process.env.HOST || undefined;
const workers = Math.max(1, Math.trunc(Number(process.env.NEWSQUIZ_WORKERS ?? 1)) || 1);

if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  const fork = () => cluster.fork().on("exit", (code, signal) => {
    if (stopping) return;
    getLogger().error({ code, signal }, "worker exited; starting another");
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  // Live games on SQLite: each worker's events go to the others (app/_server/live/cluster-bus.ts).
  cluster.on("message", (worker, message) => relayLiveEvents(() => Object.values(cluster.workers ?? {}), worker, message));
  process.once("SIGTERM", () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  });
  console.log(`> Newsquiz ready on http://${host ?? "localhost"}:${port} (${workers} processes)`);
} else {
  await serve();
}

async function serve(): Promise<void> {
  const app = next({ dev: false, dir: import.meta.dirname, port, hostname: host ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Live games that ended while a process died before writing every player's attempt
  // (app/_server/live/finish-game.ts). In the background: serving does not wait for it.
  resumeUnfinishedGames().catch((error: unknown) => getLogger().error({ err: error }, "resuming live games' attempts failed"));
  const server = createServer((req, res) => {
    // A phone's live answers and event stream (app/_server/live/live-fast-path.ts).
    const live = matchLiveFastPath(req);
    if (live) {
      handleLiveFastPath(req, res, live).catch((error: unknown) => {
        getLogger().error({ err: error }, "live fast path failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify(SERVER_ERROR));
      });
      return;
    }
    const fast = matchFastPath(req);
    if (!fast && hasChunkedBody(req)) {
      // A body of unannounced length: read here up to the 3 MB limit (413 past it), then handed on.
      withBoundedBody(req, res)
        .then((bounded) => (bounded ? handle(bounded, res) : undefined))
        .catch((error: unknown) => {
          getLogger().error({ err: error }, "reading a chunked body failed");
          if (!res.headersSent) res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: "The request body could not be read." }));
        });
      return;
    }
    if (!fast) return void handle(req, res);
    handleFastPath(req, res, fast)
      .then((answered) => (answered ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        getLogger().error({ err: error }, "fast path failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify(SERVER_ERROR));
      });
  });
  // Idle kept-alive connections are closed after this long, not Node's 5 s: a phone answers once
  // a question, seconds apart, and a socket the server closes just as the phone reuses it is reset
  // (ECONNRESET), and a POST is not sent again. Longer than the longest question (rules.ts
  // MAX_SECONDS) and its reveal, so a phone answering each question finds its socket still open.
  // docs/decisions/031-live-answers-in-one-statement-and-together.md
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.listen(port, host, () => (cluster.isWorker ? undefined : console.log(`> Newsquiz ready on http://${host ?? "localhost"}:${port}`)));
  // Finish what is in flight on SIGTERM (a deploy or a restart), as `next start` does.
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}
