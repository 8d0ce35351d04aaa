import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getAuth } from "./auth";
import { roleSchema, type Role } from "./account-rules";
import { getDb } from "@/prisma/client";
import { sessionDueForRefresh, verifiedSessionToken } from "./session-cookie";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** A guest trying the demo quiz (better-auth anonymous user). */
  isGuest?: boolean;
}

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  // Read the request headers first: during a build this marks the page dynamic before any
  // auth configuration (which needs the secret) is touched.
  const requestHeaders = await headers();
  const fast = await readSessionDirectly(requestHeaders);
  if (fast !== "ask-better-auth") return fast;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return toActor(session.user as Parameters<typeof toActor>[0]);
});

/**
 * Who is asking, in one query: the signed cookie checked here and its session row read with its
 * user. Falls back to better-auth when the session is due to slide forward (better-auth writes
 * the new expiry) or when there is no secret to check signatures with.
 */
async function readSessionDirectly(requestHeaders: Headers): Promise<Actor | null | "ask-better-auth"> {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret) return "ask-better-auth";
  const token = verifiedSessionToken(requestHeaders.get("cookie"), secret);
  if (!token) return null;
  // Raw SQL: this runs on every request, and an ORM query costs several times a plain statement
  // here (docs/decisions/009-answer-saving-hot-path.md).
  const [session] = await getDb().$queryRaw<{ expiresAt: Date; id: string; name: string; email: string; role: string; isAnonymous: boolean | null }[]>`
    SELECT s."expiresAt", u."id", u."name", u."email", u."role", u."isAnonymous"
    FROM "session" s JOIN "user" u ON u."id" = s."userId"
    WHERE s."token" = ${token}`;
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  if (sessionDueForRefresh(session.expiresAt)) return "ask-better-auth";
  return toActor(session);
}

function toActor(user: { id: string; name: string; email: string; role?: unknown; isAnonymous?: boolean | null }): Actor {
  const isGuest = user.isAnonymous === true;
  return { id: user.id, name: isGuest ? "Guest" : user.name, email: isGuest ? "" : user.email, role: isGuest ? "learner" : roleSchema.catch("learner").parse(user.role), isGuest };
}

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo = "/"): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/** A teacher or admin, or a redirect: learners get the not-found page, guests the sign-in page. */
export async function requireTeacher(returnTo = "/teach"): Promise<Actor> {
  const user = await requireUser(returnTo);
  if (!isTeacher(user)) notFound();
  return user;
}

export function isTeacher(actor: Pick<Actor, "role">): boolean {
  return actor.role === "teacher" || actor.role === "admin";
}
