// Structured logs: one JSON object per line on stdout (pino), so a log shipper or `jq` can read
// them. Every line written while serving a request carries that request's id, which the proxy
// assigns (or takes from a trusted reverse proxy) and echoes in the `x-request-id` response header.
import pino, { type Logger } from "pino";

export { REQUEST_ID_HEADER } from "./request-id";

const globalForLog = globalThis as unknown as { newsquizLogger?: Logger };

export function getLogger(): Logger {
  globalForLog.newsquizLogger ??= pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { service: "newsquiz" },
    // Session cookies and passwords must never reach a log line, even by accident.
    redact: { paths: ["req.headers.cookie", "password", "*.password", "headers.cookie"], censor: "[redacted]" },
  });
  return globalForLog.newsquizLogger;
}

/** A child logger bound to one request's id. */
export function requestLogger(requestId: string | null | undefined): Logger {
  return getLogger().child({ requestId: requestId ?? "none" });
}
