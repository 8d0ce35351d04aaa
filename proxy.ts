// Runs before every page, route handler and server action (not static assets). Four jobs:
//  - CSRF: state changes from another site's page are refused;
//  - a request id for the logs: a well-formed id from a reverse proxy in front of us is kept, so
//    one id follows a request through both; anything else is replaced;
//  - the client's address (client-address.ts) in a header of ours, for better-auth's rate limiter;
//  - a Content-Security-Policy with a fresh nonce per page: Next.js puts the nonce on its own
//    scripts, and the browser runs no other script, inline or injected. (Styles may be inline:
//    progress bars set their width in a style attribute; styles cannot run code.)
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER, requestIdFrom } from "./app/_server/http/request-id";
import { isCrossSite, isSafeMethod } from "./app/_server/http/cross-site";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./app/_server/http/client-address";
import { API_POLICY, CROSS_SITE, MAX_REQUEST_BYTES, REQUEST_TOO_LARGE } from "./app/_server/http/api-errors";

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Whether every segment of the path percent-decodes ("%ff" and a lone "%" do not). */
export function decodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

const NOT_FOUND = "Not found.";

export function proxy(request: NextRequest) {
  // Every state change (server actions, the JSON API, better-auth's endpoints) must come from our
  // own pages. Next checks server actions itself and better-auth checks requests that carry
  // cookies; this one rule covers everything, sign-in without a cookie included (login CSRF).
  if (!isSafeMethod(request.method) && isCrossSite(request)) {
    return Response.json({ error: CROSS_SITE }, { status: 403, headers: { "content-security-policy": API_POLICY } });
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return Response.json({ error: REQUEST_TOO_LARGE }, { status: 413, headers: { "content-security-policy": API_POLICY } });
  }
  // "/quiz/%ff": a path that is no valid percent-encoding names nothing; Next.js would fail to
  // decode it into the page's params and answer 500.
  if (!decodablePath(request.nextUrl.pathname)) {
    const isApiPath = request.nextUrl.pathname.startsWith("/api/");
    return isApiPath
      ? Response.json({ error: NOT_FOUND }, { status: 404, headers: { "content-security-policy": API_POLICY } })
      : new Response("Not found: the address is not valid.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": API_POLICY } });
  }
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  // The one client address every limit counts (better-auth's too): never what a client sent under that name.
  headers.set(CLIENT_ADDRESS_HEADER, clientAddress(request.headers));
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const policy = isApi ? API_POLICY : contentSecurityPolicy(btoa(crypto.randomUUID()));
  // Next.js reads the nonce from the request's policy when it renders the page.
  if (!isApi) headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
