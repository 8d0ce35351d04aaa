import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getAuth } from "./auth";
import type { Role } from "./account-rules";
import { readSessionDirectly, toActor } from "./session-lookup";

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
  const fast = await readSessionDirectly(requestHeaders.get("cookie"));
  if (fast !== "ask-better-auth") return fast;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return toActor(session.user as Parameters<typeof toActor>[0]);
});

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
