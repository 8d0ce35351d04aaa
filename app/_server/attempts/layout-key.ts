// The key layouts are drawn with (shuffle.ts): derived from the app's own secret, the one that signs
// session cookies (BETTER_AUTH_SECRET, or data/auth-secret as `npm start` makes it), so there is no
// second secret to configure and every app process draws the same layouts.
import { createHmac } from "node:crypto";
import { ensureAuthSecret } from "@/scripts/lib/auth-secret";

let cached: { secret: string; key: Buffer } | null = null;

export function layoutKey(): Buffer {
  const secret = process.env.BETTER_AUTH_SECRET || appSecretOutsideProduction();
  // A key of its own, not the cookie-signing secret itself: one secret, two unrelated uses.
  if (cached?.secret !== secret) cached = { secret, key: createHmac("sha256", secret).update("newsquiz layouts v1").digest() };
  return cached.key;
}

/** `next dev` runs without `npm start`'s environment: use (or make) the secret `npm start` would. */
function appSecretOutsideProduction(): string {
  if (process.env.NODE_ENV === "production") throw new Error("BETTER_AUTH_SECRET is not set (npm start creates one in data/auth-secret)");
  return ensureAuthSecret();
}
