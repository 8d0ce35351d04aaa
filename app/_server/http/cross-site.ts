// CSRF: is this request a state change sent from another site's page? Used by the proxy for every
// request and again by the JSON API (defence in depth). Its own module, free of server-only
// imports, because the proxy bundles it.
/**
 * A browser always sends Origin on a cross-site POST/PUT/DELETE; if it names another host, the
 * request came from another site's page riding on the learner's cookie. Requests without Origin
 * or Sec-Fetch-Site come from non-browser clients, which cannot borrow anyone's cookie.
 *
 * Our own hosts are the one the request was sent to (Host: a reverse proxy passes it on, see the
 * README) and the app's public address (BETTER_AUTH_URL). Never X-Forwarded-Host: any client can
 * write it, and nothing tells whether a proxy in front set or merely passed it on.
 */
export function isCrossSite(request: { headers: Pick<Headers, "get"> }, publicUrl: string | undefined = process.env.BETTER_AUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    const hosts = [request.headers.get("host"), hostOf(publicUrl)].filter(Boolean);
    try {
      return !hosts.includes(new URL(origin).host);
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Methods that change nothing, which any site may send (links, images). */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}
