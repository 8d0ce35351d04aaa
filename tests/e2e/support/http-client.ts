// A signed-in HTTP client for tests that talk to the app's API and pages without a browser:
// accounts are made through better-auth's real sign-up endpoint, and the session cookie is kept.
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

export interface HttpUser {
  email: string;
  cookie: string;
  /** fetch against the app as this user (same-origin, as a browser page of the app would send). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export const TEST_PASSWORD = "a long enough passphrase";

export function asCookieHeader(setCookies: string[]): string {
  return setCookies.map((c) => c.split(";")[0]).join("; ");
}

export function clientFor(baseUrl: string, cookie: string, email = ""): HttpUser {
  return {
    email,
    cookie,
    fetch: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        redirect: "manual",
        ...init,
        headers: { cookie, origin: baseUrl, ...(init.body ? { "content-type": "application/json" } : {}), ...(init.headers as Record<string, string>) },
      }),
  };
}

let signUps = 0;

export async function signUpOverHttp(baseUrl: string, name: string): Promise<HttpUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  // better-auth allows 3 sign-ups per address per 10 s in production; each test account
  // comes from its own (documentation-range) address, as real learners would.
  const address = `198.51.100.${(signUps++ % 250) + 1}`;
  const res = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": address },
    body: JSON.stringify({ name, email, password: TEST_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return clientFor(baseUrl, asCookieHeader(res.headers.getSetCookie()), email);
}

export async function withDb<T>(databaseUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export async function demoQuizId(databaseUrl: string): Promise<string> {
  return withDb(databaseUrl, async (db) => (await db.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } })).id);
}
