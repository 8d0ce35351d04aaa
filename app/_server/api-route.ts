import "server-only";
// The JSON API's one way of handling a request: request id and log line, CSRF check on state
// changes, a size-capped JSON body validated with zod, the signed-in user, and errors mapped to
// clear 4xx answers. Handlers only say what to do; they never see a malformed request.
import { z } from "zod";
import { getCurrentUser, type Actor } from "./session";
import { requestLogger } from "./log";
import { REQUEST_ID_HEADER } from "./request-id";
import { ForbiddenError, NotFoundError } from "./errors";
import { isCrossSite } from "./cross-site";

/** Bodies are small JSON documents (one answer, a set of answers): anything bigger is a mistake or an attack. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

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

export const idSchema = z.string().min(1).max(64).regex(/^[\w-]+$/, "Not a valid id");

interface Context<P, B> {
  request: Request;
  params: P;
  body: B;
  actor: Actor;
}

interface RouteOptions<P extends z.ZodType, B extends z.ZodType> {
  params: P;
  /** The JSON body's schema; routes without one take no body. */
  body?: B;
  /** Maps a use case's ForbiddenError to a status: 403 by default, 409 where it means "not now". */
  forbiddenStatus?: 403 | 409;
}

type Handler<P, B> = (context: Context<P, B>) => Promise<{ status?: number; json: unknown }>;

async function readJson(request: Request): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) throw new ApiError(415, "Send the body as application/json.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw new ApiError(413, `The body is over ${MAX_JSON_BODY_BYTES / 1024} KB.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw new ApiError(413, `The body is over ${MAX_JSON_BODY_BYTES / 1024} KB.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "The body is not valid JSON.");
  }
}

/** An error as JSON. The request id travels in the x-request-id header, for a report to quote. */
function problem(status: number, message: string, details?: unknown): Response {
  return Response.json({ error: message, ...(details ? { details } : {}) }, { status, headers: { "Cache-Control": "no-store" } });
}

export function apiRoute<P extends z.ZodType, B extends z.ZodType = z.ZodUndefined>(options: RouteOptions<P, B>, handler: Handler<z.infer<P>, z.infer<B>>) {
  return async (request: Request, { params }: { params: Promise<unknown> }): Promise<Response> => {
    const started = performance.now();
    const requestId = request.headers.get(REQUEST_ID_HEADER);
    const log = requestLogger(requestId);
    const path = new URL(request.url).pathname;
    let status = 500;
    let userId: string | undefined;
    try {
      const mutates = request.method !== "GET" && request.method !== "HEAD";
      if (mutates && isCrossSite(request)) throw new ApiError(403, "Cross-site requests are not accepted.");
      const parsedParams = options.params.safeParse(await params);
      // A malformed id names nothing: the same answer as an id that does not exist.
      if (!parsedParams.success) throw new ApiError(404, "Not found.");
      const actor = await getCurrentUser();
      if (!actor) throw new ApiError(401, "Sign in first.");
      userId = actor.id;
      let body: unknown = undefined;
      if (options.body) {
        const parsedBody = options.body.safeParse(await readJson(request));
        if (!parsedBody.success) throw new ApiError(400, "The request body is not valid.", z.flattenError(parsedBody.error));
        body = parsedBody.data;
      }
      const result = await handler({ request, params: parsedParams.data, body: body as z.infer<B>, actor });
      status = result.status ?? 200;
      return Response.json(result.json, { status, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (error instanceof ApiError) status = error.status;
      else if (error instanceof NotFoundError) status = 404;
      else if (error instanceof ForbiddenError) status = options.forbiddenStatus ?? 403;
      else {
        log.error({ err: error, method: request.method, path }, "api request failed");
        return problem(500, "Something went wrong on our side.");
      }
      return problem(status, (error as Error).message, error instanceof ApiError ? error.details : undefined);
    } finally {
      log.info({ method: request.method, path, status, ms: Math.round((performance.now() - started) * 10) / 10, userId }, "api request");
    }
  };
}
