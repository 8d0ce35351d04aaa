// Accounts over plain HTTP (no browser): better-auth's own sign-up endpoint, the session cookie
// kept by hand, and requests that never follow redirects so a test sees where it was sent.
import { randomBytes } from "node:crypto";

export interface HttpAccount {
  id: string;
  name: string;
  email: string;
  /** "name=value" pairs for the Cookie header; empty for nobody. */
  cookie: string;
}

function cookiesFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

export const TEST_PASSWORD = "a long enough passphrase";

let clients = 0;

async function authPost(baseUrl: string, path: string, body: unknown): Promise<Response> {
  // better-auth allows 3 sign-ups or sign-ins per address in 10 s: each account comes from its
  // own (documentation-range) address, as different people would. It also checks the Origin of
  // cookie-setting POSTs against BETTER_AUTH_URL.
  const address = `203.0.113.${(clients++ % 250) + 1}`;
  const res = await fetch(`${baseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": address },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST /api/auth${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** A new learner account, signed in. Roles beyond learner are granted in the database. */
export async function signUpOverHttp(baseUrl: string, name: string): Promise<HttpAccount> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomBytes(4).toString("hex")}@example.test`;
  const res = await authPost(baseUrl, "/sign-up/email", { name, email, password: TEST_PASSWORD });
  const { user } = (await res.json()) as { user: { id: string } };
  return { id: user.id, name, email, cookie: cookiesFrom(res) };
}

/** A guest (better-auth anonymous user), as "Try it now" makes one. */
export async function signInAsGuestOverHttp(baseUrl: string): Promise<HttpAccount> {
  const res = await authPost(baseUrl, "/sign-in/anonymous", {});
  const { user } = (await res.json()) as { user: { id: string; email: string } };
  return { id: user.id, name: "Guest", email: user.email, cookie: cookiesFrom(res) };
}

export function requestAs(
  baseUrl: string,
  account: Pick<HttpAccount, "cookie"> | null,
  path: string,
  { method = "GET", body }: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const headers: Record<string, string> = account?.cookie ? { cookie: account.cookie } : {};
  if (body !== undefined) headers["content-type"] = "application/json";
  // Same-origin, as the app's own pages send it.
  if (method !== "GET") headers.origin = baseUrl;
  return fetch(`${baseUrl}${path}`, { method, redirect: "manual", headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
