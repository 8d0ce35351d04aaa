// Server errors that escape a page, route handler or server action, logged as one structured line
// with the request's id (the browser only sees a digest; this is where operators find the cause).
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { requestLogger } = await import("./app/_server/http/log");
  const { REQUEST_ID_HEADER } = await import("./app/_server/http/request-id");
  const id = request.headers[REQUEST_ID_HEADER];
  const err = error instanceof Error ? error : new Error(String(error));
  requestLogger(Array.isArray(id) ? id[0] : id).error(
    { err, digest: (error as { digest?: string }).digest, method: request.method, path: request.path, route: context.routePath, kind: context.routeType },
    "request failed",
  );
};
