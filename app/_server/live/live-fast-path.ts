// A phone's two requests, answered by the custom server (server.ts) before Next.js, as the attempt
// API is (docs/decisions/011-answer-saving-fast-path.md): a room of 200 answers within seconds of
// each other, times the games running at once, and Next.js's own request handling costs more than
// an answer's work. `npm run bench:live` measured it (decision 028). Same checks, statuses and
// messages as the route handlers under app/api/live, which still serve everything else (the
// host's stream, commands, anything with a query string) and any request this leaves.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_POLICY, ApiError, checkJsonHeaders, CROSS_SITE, idSchema, MAX_REQUEST_BYTES, parseBody, parseJsonText, problemBody, REQUEST_TOO_LARGE, SERVER_ERROR, statusFor } from "../http/api-errors";
import { isCrossSite } from "../http/cross-site";
import { getLogger } from "../http/log";
import { NotFoundError } from "../http/errors";
import { answerLiveQuestion, loadSnapshot, playerForToken } from "./live-games";
import { BadLiveAnswerError } from "./live-question";
import { liveAnswerSchema } from "./rules";
import { playerTokenFrom } from "./player-token";
import { liveEventStream } from "./event-stream";
import { phoneMessage } from "./phone-messages";

const SECURITY_HEADERS = {
  "content-security-policy": API_POLICY,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};
const JSON_HEADERS = { ...SECURITY_HEADERS, "content-type": "application/json", "cache-control": "no-store" };
/** An answer is a few numbers or a short text (as the route handler). */
const MAX_ANSWER_BYTES = 2048;

const PATH = /^\/api\/live\/([^/?#]+)\/(answers|events)$/;

export type LiveFastPath = { kind: "answers" | "events"; gameId: string };

/** A phone's answer POST or event stream GET (no query string), or null for anything else. */
export function matchLiveFastPath(req: IncomingMessage): LiveFastPath | null {
  const match = PATH.exec(req.url ?? "");
  if (!match) return null;
  const kind = match[2] as LiveFastPath["kind"];
  if ((kind === "answers" && req.method !== "POST") || (kind === "events" && req.method !== "GET")) return null;
  const id = idSchema.safeParse(match[1]);
  return id.success ? { kind, gameId: id.data } : null;
}

const headerReader = (req: IncomingMessage) => ({
  get: (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return typeof value === "string" ? value : null;
  },
});

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...JSON_HEADERS, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readText(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) throw new ApiError(413, "An answer is at most 2 KB.");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function handleLiveFastPath(req: IncomingMessage, res: ServerResponse, { kind, gameId }: LiveFastPath): Promise<void> {
  const headers = headerReader(req);
  const token = playerTokenFrom(headers.get("cookie"));
  if (kind === "events") return streamToPhone(req, res, gameId, token);
  try {
    if (isCrossSite({ headers })) throw new ApiError(403, CROSS_SITE);
    if (Number(headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) throw new ApiError(413, REQUEST_TOO_LARGE);
    if (!token) throw new ApiError(404, "Not found.");
    checkJsonHeaders(headers.get("content-type"), headers.get("content-length"));
    const body = parseBody(liveAnswerSchema, parseJsonText(await readText(req)));
    sendJson(res, 200, await answerLiveQuestion({ token, gameId, questionIndex: body.questionIndex, answer: body.answer }));
  } catch (error) {
    if (error instanceof BadLiveAnswerError) return sendJson(res, 400, { error: error.message });
    const status = statusFor(error, 409);
    if (status === null) getLogger().error({ err: error, path: req.url }, "live answer failed");
    sendJson(res, status ?? 500, status === null ? SERVER_ERROR : problemBody(error));
  }
}

async function streamToPhone(req: IncomingMessage, res: ServerResponse, gameId: string, token: string | null): Promise<void> {
  const abort = new AbortController();
  res.on("close", () => abort.abort());
  let response: Response;
  try {
    if (!token) throw new NotFoundError("Player");
    const player = await playerForToken({ token, gameId });
    const first = await loadSnapshot(gameId);
    if (!first) throw new NotFoundError("Live game");
    response = liveEventStream(gameId, first, { message: (s, now) => phoneMessage(s, player.id, now), hears: (k) => k !== "answers" }, abort.signal);
  } catch (error) {
    if (error instanceof NotFoundError) return sendJson(res, 404, { error: "Not found." });
    getLogger().error({ err: error, path: req.url }, "live stream failed");
    return sendJson(res, 500, SERVER_ERROR);
  }
  res.writeHead(200, { ...SECURITY_HEADERS, ...Object.fromEntries(response.headers) });
  res.flushHeaders();
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  } catch {
    // The phone went away.
  }
  res.end();
}
