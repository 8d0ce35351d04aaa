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

/**
 * Signatures already checked, by secret and cookie value: a learner sends the same cookie every few
 * seconds, and the HMAC was a tenth of an answer save's CPU. Only good signatures are kept (so only
 * someone holding a real session can add one), at most VERIFIED_LIMIT, oldest out first. The
 * session row is still read on every request, so sign-out still ends a session at once.
 */
const verified = new Map<string, string>();
const VERIFIED_LIMIT = 10_000;

function checkSignature(value: string, secret: string): string | null {
  const key = `${secret}\u0000${value}`;
  const known = verified.get(key);
  if (known !== undefined) return known;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value!);
  verified.set(key, token);
  return token;
}

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
    const token = checkSignature(value, secret);
    if (token !== null) return token;
  }
  return null;
}

/** better-auth refreshes a session once it is `updateAge` old; until then a plain read will do. */
export function sessionDueForRefresh(expiresAt: Date, now = Date.now()): boolean {
  return expiresAt.getTime() - SESSION_EXPIRES_IN_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now;
}
