// Reading better-auth's session cookie ourselves, for the one thing every request needs: who is
// asking. better-auth signs the cookie as `token.base64(HMAC-SHA256(secret, token))`; we check the
// signature with the same secret and look the token up in the same session table, so sign-out
// (which deletes the row) still ends the session at once. Writing sessions (sign-in, sign-up,
// sign-out, refresh) stays with better-auth (docs/decisions/009-answer-saving-hot-path.md).
import { createHmac, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE_NAMES = ["newsquiz.session_token", "__Secure-newsquiz.session_token"];
/** Must match auth.ts: better-auth's session lifetime and how often it slides forward. */
export const SESSION_EXPIRES_IN_SECONDS = 60 * 60 * 24 * 14;
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60 * 24;

/** The session token from a Cookie header if its signature is good, else null. */
export function verifiedSessionToken(cookieHeader: string | null, secret: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(/;\s*/)) {
    const eq = part.indexOf("=");
    if (eq < 0 || !SESSION_COOKIE_NAMES.includes(part.slice(0, eq))) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue;
    }
    const dot = value.lastIndexOf(".");
    if (dot <= 0) continue;
    const token = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1), "base64");
    const expected = createHmac("sha256", secret).update(token).digest();
    if (given.length === expected.length && timingSafeEqual(given, expected)) return token;
  }
  return null;
}

/** better-auth refreshes a session once it is `updateAge` old; until then a plain read will do. */
export function sessionDueForRefresh(expiresAt: Date, now = Date.now()): boolean {
  return expiresAt.getTime() - SESSION_EXPIRES_IN_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now;
}
