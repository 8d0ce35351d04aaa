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

/** How much of a refused body is read and dropped before the connection is cut. */
const DRAIN_LIMIT_BYTES = 16 * MAX_REQUEST_BYTES;
/** How long a refused body may keep arriving before the connection is cut. */
const DRAIN_LIMIT_MS = 30_000;

/**
 * Reads a chunked body of at most MAX_REQUEST_BYTES and returns the request to hand on: the same
 * request again, with the body it had and a Content-Length. Over the limit, answers 413 at once and
 * returns null.
 *
 * The rest of a refused body is read and dropped, not left unread: closing a socket with bytes
 * unread makes the kernel send a TCP reset, which can reach the client before the 413 does, so the
 * client sees a broken connection instead of the answer. Only past DRAIN_LIMIT_BYTES or
 * DRAIN_LIMIT_MS is the connection cut.
 */
export function withBoundedBody(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > DRAIN_LIMIT_BYTES) req.socket.destroy();
        return;
      }
      if (size <= MAX_REQUEST_BYTES) return void chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      res.writeHead(413, { "content-type": "application/json", "content-security-policy": API_POLICY });
      res.end(JSON.stringify({ error: REQUEST_TOO_LARGE }));
      setTimeout(() => {
        if (!req.complete) req.socket.destroy();
      }, DRAIN_LIMIT_MS).unref();
      resolve(null);
    });
    req.once("error", reject);
    req.once("end", () => (refused ? undefined : resolve(replayWith(req, Buffer.concat(chunks)))));
  });
}

/** The request again, as if it had come with this body and a Content-Length. */
function replayWith(req: IncomingMessage, body: Buffer): IncomingMessage {
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
