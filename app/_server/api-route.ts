import "server-only";
// The JSON API's one way of handling a request: request id and log line, CSRF check on state
// changes, a size-capped JSON body validated with zod, the signed-in user, and errors mapped to
// clear 4xx answers. Handlers only say what to do; they never see a malformed request.
import { z } from "zod";
import { getCurrentUser, type Actor } from "./session";
import { requestLogger } from "./log";
import { REQUEST_ID_HEADER } from "./request-id";
import { isCrossSite } from "./cross-site";
import { ApiError, checkJsonHeaders, parseBody, parseJsonText, problemBody, SERVER_ERROR, statusFor } from "./api-errors";

const NO_STORE = { "Cache-Control": "no-store" };

export { ApiError, idSchema, MAX_JSON_BODY_BYTES } from "./api-errors";

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
  checkJsonHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
  return parseJsonText(await request.text());
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
      if (options.body) body = parseBody(options.body, await readJson(request));
      const result = await handler({ request, params: parsedParams.data, body: body as z.infer<B>, actor });
      status = result.status ?? 200;
      return Response.json(result.json, { status, headers: NO_STORE });
    } catch (error) {
      const known = statusFor(error, options.forbiddenStatus);
      if (known === null) {
        log.error({ err: error, method: request.method, path }, "api request failed");
        return Response.json(SERVER_ERROR, { status: 500, headers: NO_STORE });
      }
      status = known;
      return Response.json(problemBody(error), { status, headers: NO_STORE });
    } finally {
      log.info({ method: request.method, path, status, ms: Math.round((performance.now() - started) * 10) / 10, userId }, "api request");
    }
  };
}
