// Who is asking, from the Cookie header alone: no Next.js request context needed, so the custom
// server's fast path (server.ts) uses it as well as getCurrentUser.
import { getDb } from "@/prisma/client";
import { directSql, sql } from "@/prisma/direct-sql";
import type { Actor } from "./session";
import { roleSchema } from "./account-rules";
import { sessionDueForRefresh, verifiedSessionToken } from "./session-cookie";

/**
 * Who is asking, in one query: the signed cookie checked here and its session row read with its
 * user. Falls back to better-auth when the session is due to slide forward (better-auth writes
 * the new expiry) or when there is no secret to check signatures with.
 */
export async function readSessionDirectly(cookieHeader: string | null): Promise<Actor | null | "ask-better-auth"> {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret) return "ask-better-auth";
  const token = verifiedSessionToken(cookieHeader, secret);
  if (!token) return null;
  // Direct SQL: this runs on every request, and going through Prisma costs several times the
  // statement itself here (docs/decisions/009 and 012).
  const db = await directSql(getDb());
  const [session] = await db.query<{ expiresAt: Date; id: string; name: string; email: string; role: string; isAnonymous: boolean | null }>(sql`
    SELECT s."expiresAt", u."id", u."name", u."email", u."role", u."isAnonymous"
    FROM "session" s JOIN "user" u ON u."id" = s."userId"
    WHERE s."token" = ${token}`);
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  if (sessionDueForRefresh(session.expiresAt)) return "ask-better-auth";
  return toActor(session);
}

export function toActor(user: { id: string; name: string; email: string; role?: unknown; isAnonymous?: boolean | null }): Actor {
  const isGuest = user.isAnonymous === true;
  return { id: user.id, name: isGuest ? "Guest" : user.name, email: isGuest ? "" : user.email, role: isGuest ? "learner" : roleSchema.catch("learner").parse(user.role), isGuest };
}
