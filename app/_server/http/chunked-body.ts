// No "server-only" marker: server.ts loads this outside Next.js.
// A body sent in chunks (Transfer-Encoding, no Content-Length) to a page, server action or route
// handler: the proxy's size check (proxy.ts) reads Content-Length, so such a body reached Next.js,
// whose server actions stop at 3 MB with a 500. It is read here instead, up to the same limit.
import { IncomingMessage, type ServerResponse } from "node:http";
import { API_POLICY, MAX_REQUEST_BYTES, REQUEST_TOO_LARGE } from "./api-errors";

/** Whether the request carries a body of unannounced length. */
export function hasChunkedBody(req: IncomingMessage): boolean {
  return req.headers["content-length"] === undefined && req.headers["transfer-encoding"] !== undefined;
}

/**
 * Reads a chunked body of at most MAX_REQUEST_BYTES and returns the request to hand on: the same
 * request again, with the body it had and a Content-Length. Over the limit, answers 413 (and
 * closes the connection rather than read the rest) and returns null.
 */
export async function withBoundedBody(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BYTES) {
      res.writeHead(413, { "content-type": "application/json", "content-security-policy": API_POLICY, connection: "close" });
      res.end(JSON.stringify({ error: REQUEST_TOO_LARGE }));
      return null;
    }
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const replay = new IncomingMessage(req.socket);
  const headers = { ...req.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  Object.assign(replay, {
    method: req.method,
    url: req.url,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    headers,
    rawHeaders: Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : value === undefined ? [] : [name, value])),
    complete: true,
  });
  replay.push(body);
  replay.push(null);
  return replay;
}
