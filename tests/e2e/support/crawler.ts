// A breadth-first crawl of what a signed-in user can reach by following links, over plain HTTP
// with their cookie. Each page is fetched twice: as HTML (a full load) and with `RSC: 1` (the
// React Server Components payload a client-side navigation fetches instead), since the two are
// rendered separately and either could carry something the other does not.

export interface Visit {
  /** The address, with " (RSC)" or a method prefix where it is not a plain GET of the page. */
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export interface CrawlOptions {
  baseUrl: string;
  cookie: string;
  /** Where to start ("/") plus addresses no link leads to (one-per-screen screens, ?q=N). */
  start: string[];
  /** Never requested: signing out would end the session the crawl depends on. */
  skip?: (path: string) => boolean;
  maxPages?: number;
}

export interface CrawlResult {
  visits: Visit[];
  /** Every same-origin path found in a link, whether or not it was fetched. */
  linked: Set<string>;
  /** The paths fetched as pages, in order. */
  pages: string[];
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/** Same-origin link targets in an HTML page (hash dropped), as path + query. */
export function linksIn(html: string, pageUrl: string, baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) {
    const url = new URL(decodeEntities(m[1]!), pageUrl);
    if (url.origin !== origin) continue;
    out.push(url.pathname + url.search);
  }
  return out;
}

async function get(baseUrl: string, path: string, headers: Record<string, string>): Promise<{ res: Response; body: string }> {
  const res = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers });
  return { res, body: await res.text() };
}

export async function crawl({ baseUrl, cookie, start, skip = () => false, maxPages = 200 }: CrawlOptions): Promise<CrawlResult> {
  const queue = [...start];
  const queued = new Set(queue);
  const visits: Visit[] = [];
  const linked = new Set<string>();
  const pages: string[] = [];
  const enqueue = (path: string) => {
    if (queued.has(path) || skip(path)) return;
    queued.add(path);
    queue.push(path);
  };

  while (queue.length) {
    if (pages.length >= maxPages) throw new Error(`the crawl reached ${maxPages} pages: is a link generating new addresses?`);
    const path = queue.shift()!;
    pages.push(path);
    const { res, body } = await get(baseUrl, path, { cookie });
    const contentType = res.headers.get("content-type") ?? "";
    visits.push({ url: path, status: res.status, contentType, body });
    const location = res.headers.get("location");
    if (location) {
      const target = new URL(location, `${baseUrl}${path}`);
      if (target.origin === new URL(baseUrl).origin) enqueue(target.pathname + target.search);
    }
    if (contentType.includes("text/html")) {
      for (const link of linksIn(body, `${baseUrl}${path}`, baseUrl)) {
        linked.add(link);
        enqueue(link);
      }
      visits.push(await rscPayload(baseUrl, path, cookie));
    }
  }
  return { visits, linked, pages };
}

/** The page as a client navigation fetches it. Next may redirect to add its cache-busting `_rsc`
 * parameter; the redirect is followed with the same headers, as the router does. */
async function rscPayload(baseUrl: string, path: string, cookie: string): Promise<Visit> {
  let target = path;
  for (let hop = 0; hop < 3; hop++) {
    const { res, body } = await get(baseUrl, target, { cookie, rsc: "1" });
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      target = new URL(location, `${baseUrl}${target}`).pathname + new URL(location, `${baseUrl}${target}`).search;
      continue;
    }
    return { url: `${path} (RSC)`, status: res.status, contentType: res.headers.get("content-type") ?? "", body };
  }
  throw new Error(`RSC request for ${path} kept redirecting`);
}
