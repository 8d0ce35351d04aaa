// A signed-in HTTP client for tests that talk to the app's API and pages without a browser:
// accounts are made through better-auth's real sign-up endpoint, and the session cookie is kept.
import { withDb } from "./db";
import { signUpOverHttp as signUpAccount, TEST_PASSWORD } from "./http-accounts";

export interface HttpUser {
  email: string;
  cookie: string;
  /** fetch against the app as this user (same-origin, as a browser page of the app would send). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export { TEST_PASSWORD };
/** Re-exported for the tests that already take it from here; it lives in ./db.ts. */
export { withDb };

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

/** A new learner account made through better-auth's sign-up endpoint, as a signed-in client. */
export async function signUpOverHttp(baseUrl: string, name: string): Promise<HttpUser> {
  const account = await signUpAccount(baseUrl, name);
  return clientFor(baseUrl, account.cookie, account.email);
}

export async function demoQuizId(databaseUrl: string): Promise<string> {
  return withDb(databaseUrl, async (db) => (await db.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } })).id);
}
