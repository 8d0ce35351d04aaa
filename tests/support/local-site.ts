// A tiny web site on 127.0.0.1 for tests that fetch pages and feeds: each path answers with a
// fixed status, headers and body, or runs its own handler. Counts requests per path.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Route =
  | { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string>; delayMs?: number }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

export interface LocalSite {
  /** http://127.0.0.1:port */
  origin: string;
  port: number;
  routes: Map<string, Route>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startLocalSite(routes: Record<string, Route> = {}): Promise<LocalSite> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (typeof route === "function") {
      route(req, res);
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(route.status ?? 200, { ...(route.type ? { "content-type": route.type } : {}), ...route.headers });
      res.end(route.body ?? "");
    };
    if (route.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    routes: table,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An article page in our own words, with a headline, a date and some page furniture. */
export function articlePage({ headline, paragraphs, published }: { headline: string; paragraphs: string[]; published?: string }): string {
  return `<!doctype html><html><head><title>${headline} - Test Gazette</title>
${published ? `<meta property="article:published_time" content="${published}">` : ""}</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>${headline}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article><footer>Sign up for our newsletter</footer></body></html>`;
}
