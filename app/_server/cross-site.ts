// CSRF: is this request a state change sent from another site's page? Used by the proxy for every
// request and again by the JSON API (defence in depth). Its own module, free of server-only
// imports, because the proxy bundles it.
/**
 * A browser always sends Origin on a cross-site POST/PUT/DELETE; if it names another host, the
 * request came from another site's page riding on the learner's cookie. Requests without Origin
 * or Sec-Fetch-Site come from non-browser clients, which cannot borrow anyone's cookie.
 */
export function isCrossSite(request: { headers: Pick<Headers, "get"> }): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter(Boolean);
    try {
      return !hosts.includes(new URL(origin).host);
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/** Methods that change nothing, which any site may send (links, images). */
export function isSafeMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}
