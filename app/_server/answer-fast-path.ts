// Saving an answer without Next.js: the request every learner makes every few seconds, answered by
// the custom server (server.ts) before it reaches the framework, which costs more per request than
// the save itself (docs/decisions/011-answer-saving-fast-path.md). It does what the route handler
// app/api/attempts/[attemptId]/answers/[questionId]/route.ts does, through the same functions:
// request id and log line, CSRF and size checks, the session cookie, the JSON body validated with
// zod, saveAnswer, the same statuses and messages, and the security headers the proxy and
// next.config.js give every other response. Anything unusual (a session due for refresh, an id
// that is not an id) is left to Next.js and the route handler.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { responseSchema } from "@/questions/schema";
import { ApiError, checkJsonHeaders, MAX_JSON_BODY_BYTES, MAX_REQUEST_BYTES, parseBody, parseJsonText, problemBody, REQUEST_TOO_LARGE, SERVER_ERROR, statusFor, tooLarge } from "./api-errors";
import { isCrossSite } from "./cross-site";
import { requestLogger } from "./log";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";
import { readSessionDirectly } from "./session-lookup";
import { saveAnswer } from "./save-answer";

const ANSWER_PATH = /^\/api\/attempts\/([\w-]{1,64})\/answers\/([\w-]{1,64})$/;
const bodySchema = z.object({ response: responseSchema }).strict();

/** Headers every response of ours carries (next.config.js and proxy.ts give them to the rest). */
const RESPONSE_HEADERS = {
  "content-type": "application/json",
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

/** The answer-save request's ids, or null for anything the fast path leaves to Next.js. */
export function matchAnswerSave(req: IncomingMessage): { attemptId: string; questionId: string } | null {
  if (req.method !== "PUT" || !req.url) return null;
  const match = ANSWER_PATH.exec(req.url);
  return match ? { attemptId: match[1]!, questionId: match[2]! } : null;
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  return headers;
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
export async function handleAnswerSave(req: IncomingMessage, res: ServerResponse, ids: { attemptId: string; questionId: string }): Promise<boolean> {
  const headers = headersOf(req);
  const actor = await readSessionDirectly(headers.get("cookie"));
  if (actor === "ask-better-auth") return false;
  const started = performance.now();
  const requestId = requestIdFrom(headers.get(REQUEST_ID_HEADER));
  const log = requestLogger(requestId);
  const path = req.url!;
  let status = 500;
  let body: unknown;
  try {
    // The proxy's two checks, in its order, then the route handler's.
    if (isCrossSite({ headers })) throw new ApiError(403, "Cross-site requests are not accepted.");
    if (Number(headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) throw new ApiError(413, REQUEST_TOO_LARGE);
    if (!actor) throw new ApiError(401, "Sign in first.");
    checkJsonHeaders(headers.get("content-type"), headers.get("content-length"));
    const { response } = parseBody(bodySchema, parseJsonText(await readText(req)));
    body = await saveAnswer({ ...ids, actor, response: { value: response } });
    status = 200;
  } catch (error) {
    const known = statusFor(error, 409);
    if (known === null) log.error({ err: error, method: "PUT", path }, "api request failed");
    status = known ?? 500;
    body = known === null ? SERVER_ERROR : problemBody(error);
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...RESPONSE_HEADERS, "content-length": Buffer.byteLength(text), [REQUEST_ID_HEADER]: requestId });
  res.end(text);
  log.info({ method: "PUT", path, status, ms: Math.round((performance.now() - started) * 10) / 10, userId: actor?.id, via: "fast-path" }, "api request");
  return true;
}
