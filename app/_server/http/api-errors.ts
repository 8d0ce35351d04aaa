// What the JSON API answers to a bad request, shared by the route handlers (api-route.ts) and the
// custom server's fast path (api-fast-path.ts), so both say exactly the same.
import { z } from "zod";
import { ForbiddenError, NotFoundError } from "./errors";

/**
 * Any request body at all. Next.js answers a server-action body over its own limit (next.config.js,
 * 3 MB) with a 500; the proxy answers 413 before it gets that far.
 */
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;
export const REQUEST_TOO_LARGE = "The request is too large (3 MB at most).";
export const CROSS_SITE = "Cross-site requests are not accepted.";

/** JSON and downloads are never rendered as pages: they may load nothing at all. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Bodies are small JSON documents (one answer, a set of answers): anything bigger is a mistake or an attack. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export const idSchema = z.string().min(1).max(64).regex(/^[\w-]+$/, "Not a valid id");

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Checks the headers of a JSON body before it is read. */
export function checkJsonHeaders(contentType: string | null, contentLength: string | null): void {
  if (!/^application\/json\b/i.test(contentType ?? "")) throw new ApiError(415, "Send the body as application/json.");
  if (Number(contentLength ?? "0") > MAX_JSON_BODY_BYTES) throw tooLarge();
}

export function tooLarge(): ApiError {
  return new ApiError(413, `The body is over ${MAX_JSON_BODY_BYTES / 1024} KB.`);
}

export function parseJsonText(text: string): unknown {
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw tooLarge();
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "The body is not valid JSON.");
  }
}

export function parseBody<S extends z.ZodType>(schema: S, json: unknown): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(400, "The request body is not valid.", z.flattenError(parsed.error));
  return parsed.data;
}

/** The status for an error a request raised, or null when it is a bug (a 500, logged). */
export function statusFor(error: unknown, forbiddenStatus: 403 | 409 = 403): number | null {
  if (error instanceof ApiError) return error.status;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return forbiddenStatus;
  return null;
}

/** An error as JSON. The request id travels in the x-request-id header, for a report to quote. */
export function problemBody(error: unknown): { error: string; details?: unknown } {
  const details = error instanceof ApiError ? error.details : undefined;
  return { error: (error as Error).message, ...(details ? { details } : {}) };
}

export const SERVER_ERROR = { error: "Something went wrong on our side." };
