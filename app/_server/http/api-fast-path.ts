// The attempt API (attempt-api.ts: start, open, save an answer, submit, the history) answered by the custom
// server (server.ts) before Next.js, whose own request handling costs more than these requests'
// work (docs/decisions/011-answer-saving-fast-path.md). These are what a school's learners send
// every few seconds. The operations are the ones the route handlers under app/api serve, called the
// same way: request id and log line, CSRF and size checks, the session cookie, ids and JSON body
// validated with zod, the same use cases, statuses and messages, and the security headers the proxy
// and next.config.js give every other response. Anything unusual (a session due for refresh, an id
// that is not an id, a query string) is left to Next.js and the route handlers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_POLICY, ApiError, CROSS_SITE, checkJsonHeaders, MAX_JSON_BODY_BYTES, MAX_REQUEST_BYTES, parseBody, parseJsonText, problemBody, REQUEST_TOO_LARGE, SERVER_ERROR, statusFor, tooLarge } from "./api-errors";
import { isCrossSite } from "./cross-site";
import { getLogger } from "./log";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";
import { readSessionDirectly } from "../auth/session-lookup";
import { matchApiOperation, type ApiOperation } from "./attempt-api";

/** Headers every response of ours carries (next.config.js and proxy.ts give them to the rest). */
const RESPONSE_HEADERS = {
  "content-type": "application/json",
  "cache-control": "no-store",
  "content-security-policy": API_POLICY,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

export type FastPathRequest = NonNullable<ReturnType<typeof matchApiOperation>>;

/** The attempt API operation a request is for, or null for anything the fast path leaves to Next.js. */
export function matchFastPath(req: IncomingMessage): FastPathRequest | null {
  return matchApiOperation(req.method, req.url);
}

type HeaderReader = Pick<Headers, "get">;

/** The request's headers read as a `Headers` would answer (Node has lower-cased the names), without building one. */
function headersOf(req: IncomingMessage): HeaderReader {
  return {
    get: (name) => {
      const value = req.headers[name.toLowerCase()];
      return typeof value === "string" ? value : null;
    },
  };
}

async function readText(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Answers the request and returns true, or returns false without touching it so the caller hands
 * it to Next.js.
 */
export async function handleFastPath(req: IncomingMessage, res: ServerResponse, { op, rawParams }: FastPathRequest): Promise<boolean> {
  const headers = headersOf(req);
  const actor = await readSessionDirectly(headers.get("cookie"));
  if (actor === "ask-better-auth") return false;
  const started = performance.now();
  const requestId = requestIdFrom(headers.get(REQUEST_ID_HEADER));
  // The request's id on each line, as requestLogger's child logger would put it, without making
  // a child logger for every request.
  const log = getLogger();
  const path = req.url!;
  const method = op.method;
  let status = 500;
  let body: unknown;
  try {
    // The proxy's two checks, in its order, then the route handler's.
    if (method !== "GET" && isCrossSite({ headers })) throw new ApiError(403, CROSS_SITE);
    if (Number(headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) throw new ApiError(413, REQUEST_TOO_LARGE);
    const params = op.params.safeParse(rawParams);
    if (!params.success) throw new ApiError(404, "Not found.");
    if (!actor) throw new ApiError(401, "Sign in first.");
    const json = op.body ? await readJsonBody(req, headers, op) : undefined;
    const result = await op.run({ params: params.data, body: json, actor });
    status = result.status ?? 200;
    body = result.json;
  } catch (error) {
    const known = statusFor(error, op.forbiddenStatus);
    if (known === null) log.error({ requestId, err: error, method, path }, "api request failed");
    status = known ?? 500;
    body = known === null ? SERVER_ERROR : problemBody(error);
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...RESPONSE_HEADERS, "content-length": Buffer.byteLength(text), [REQUEST_ID_HEADER]: requestId });
  res.end(text);
  log.info({ requestId, method, path, status, ms: Math.round((performance.now() - started) * 10) / 10, userId: actor?.id, via: "fast-path" }, "api request");
  return true;
}

async function readJsonBody(req: IncomingMessage, headers: HeaderReader, op: ApiOperation<Record<string, string>, unknown>): Promise<unknown> {
  checkJsonHeaders(headers.get("content-type"), headers.get("content-length"));
  return parseBody(op.body!, parseJsonText(await readText(req)));
}
