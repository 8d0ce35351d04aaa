// A player's secret: a random token in an httpOnly cookie, so a reload (or a dropped connection)
// rejoins the same player and nobody else can answer for them. Only its SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

export const PLAYER_COOKIE = "newsquiz_live_player";
/** Long enough for a lesson. */
export const PLAYER_COOKIE_SECONDS = 6 * 60 * 60;

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function newPlayerToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashPlayerToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token from a Cookie header, if it is well formed. */
export function playerTokenFrom(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === PLAYER_COOKIE) {
      const parsed = tokenSchema.safeParse(value.join("="));
      return parsed.success ? parsed.data : null;
    }
  }
  return null;
}
