import "server-only";
// The JSON API's one way of handling a request: request id and log line, CSRF check on state
// changes, a size-capped JSON body validated with zod, the signed-in user, and errors mapped to
// clear 4xx answers. Handlers only say what to do; they never see a malformed request.
import { getCurrentUser } from "../auth/session";
import type { ApiOperation } from "./attempt-api";
import { requestLogger } from "./log";
import { REQUEST_ID_HEADER } from "./request-id";
import { isCrossSite } from "./cross-site";
import { ApiError, CROSS_SITE, checkJsonHeaders, parseBody, parseJsonText, problemBody, SERVER_ERROR, statusFor } from "./api-errors";

const NO_STORE = { "Cache-Control": "no-store" };

export { ApiError, idSchema, MAX_JSON_BODY_BYTES } from "./api-errors";

async function readJson(request: Request): Promise<unknown> {
  checkJsonHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
  return parseJsonText(await request.text());
}

/** A Next.js route handler for one of the attempt API's operations (attempt-api.ts). */
export function apiRoute<P, B>(options: ApiOperation<P, B>) {
  return async (request: Request, { params }: { params: Promise<unknown> }): Promise<Response> => {
    const started = performance.now();
    const requestId = request.headers.get(REQUEST_ID_HEADER);
    const log = requestLogger(requestId);
    const path = new URL(request.url).pathname;
    let status = 500;
    let userId: string | undefined;
    try {
      const mutates = request.method !== "GET" && request.method !== "HEAD";
      if (mutates && isCrossSite(request)) throw new ApiError(403, CROSS_SITE);
      // A route without dynamic segments (/api/history) gets no params at all: none is an empty set.
      const parsedParams = options.params.safeParse((await params) ?? {});
      // A malformed id names nothing: the same answer as an id that does not exist.
      if (!parsedParams.success) throw new ApiError(404, "Not found.");
      const actor = await getCurrentUser();
      if (!actor) throw new ApiError(401, "Sign in first.");
      userId = actor.id;
      let body: unknown = undefined;
      if (options.body) body = parseBody(options.body, await readJson(request));
      const result = await options.run({ params: parsedParams.data, body: body as B, actor });
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
