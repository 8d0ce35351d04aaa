// Everything a Chromium context receives, with bodies. Chromium does not keep the body of a
// response the page reads as a stream (React's payloads for navigations and server actions):
// `response.text()` then fails with "No data found for resource". So every request is sent on
// through Playwright (`route.fetch`, same cookies), the body kept, and the very same response
// handed to the page. The `response` events then confirm that each response the page got was
// one of those recorded.
import type { BrowserContext, Page } from "playwright-core";
import type { Visit } from "./crawler";

export interface BrowserVisit extends Visit {
  /** "document", "script", ..., or "rsc" (a React payload fetch) and "action" (a server action). */
  kind: string;
}

export interface Recorder {
  visits: BrowserVisit[];
  /** Responses the page reported (method and address) that were not recorded with a body. */
  unrecorded(): string[];
}

export async function recordResponses(context: BrowserContext, page: Page, baseUrl: string): Promise<Recorder> {
  const visits: BrowserVisit[] = [];
  const recorded = new Set<string>();
  const reported: string[] = [];
  const key = (method: string, url: string) => `${method} ${url.replace(baseUrl, "")}`;

  await context.route("**/*", async (route) => {
    const request = route.request();
    const headers = request.headers();
    const kind = headers["next-action"] ? "action" : headers["rsc"] ? "rsc" : request.resourceType();
    // Redirects are passed to the browser to follow, as it would without us.
    const response = await route.fetch({ maxRedirects: 0 });
    const body = await response.body();
    const url = key(request.method(), request.url());
    recorded.add(url);
    visits.push({ url: `${url} [${kind}]`, kind, status: response.status(), contentType: response.headers()["content-type"] ?? "", body: body.toString("utf8") });
    await route.fulfill({ response, body });
  });
  page.on("response", (r) => reported.push(key(r.request().method(), r.url())));

  return { visits, unrecorded: () => reported.filter((r) => !recorded.has(r)) };
}
