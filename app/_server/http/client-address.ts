// The client's network address, for per-address limits. Free of server-only and database imports:
// the proxy (proxy.ts) bundles it.

/**
 * The header the proxy sets on every request to the address clientAddress() finds, replacing
 * whatever a client sent under that name. better-auth's own rate limiter reads it
 * (advanced.ipAddress in auth.ts), so both limits count the same address.
 */
export const CLIENT_ADDRESS_HEADER = "x-newsquiz-client-address";

/**
 * The client's address, for the per-address limit. The left of X-Forwarded-For is whatever the
 * client wrote, so we count hops from the right: the entry added by the nearest of the
 * NEWSQUIZ_TRUSTED_PROXIES reverse proxies in front of us (default 1; Next itself fills the header
 * with the socket's address when nothing in front did). See the README's production guide.
 */
export function clientAddress(headers: Pick<Headers, "get"> | undefined, trustedProxies = Number(process.env.NEWSQUIZ_TRUSTED_PROXIES ?? 1)): string {
  const hops = (headers?.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  const hop = hops[Math.max(0, hops.length - Math.max(1, Math.trunc(trustedProxies) || 1))];
  return hop || headers?.get("x-real-ip")?.trim() || "unknown";
}
