// Sessions over real HTTP: a new session at every sign-in (a session planted before sign-in is
// never promoted), sign-out ends the session on the server (a copied cookie is useless after),
// state changes from another site are refused, and better-auth's rate limiter counts clients by
// the address our own limit counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { asCookieHeader, clientFor, demoQuizId, signUpOverHttp, TEST_PASSWORD, withDb } from "./support/http-client";

function tokenOf(cookie: string): string {
  const value = cookie.split("; ").find((c) => c.startsWith("newsquiz.session_token="))!.split("=")[1]!;
  return decodeURIComponent(value).split(".")[0]!;
}

describe("sessions", () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer();
  });
  afterAll(() => server?.stop());

  const signIn = async (email: string, origin = server.baseUrl) =>
    fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });

  it("issues a new session token at every sign-in", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Rota Tion");
    const again = await signIn(user.email);
    expect(again.status).toBe(200);
    const second = asCookieHeader(again.headers.getSetCookie());
    expect(tokenOf(second)).not.toBe(tokenOf(user.cookie));
    const me = await clientFor(server.baseUrl, second).fetch("/api/auth/get-session");
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(user.email);
  });

  it("never carries a guest session over into the account made from it", async () => {
    const guest = await fetch(`${server.baseUrl}/api/auth/sign-in/anonymous`, {
      method: "POST",
      headers: { origin: server.baseUrl, "content-type": "application/json" },
      body: "{}",
    });
    expect(guest.status).toBe(200);
    const guestCookie = asCookieHeader(guest.headers.getSetCookie());
    const quizId = await demoQuizId(server.databaseUrl);
    expect((await clientFor(server.baseUrl, guestCookie).fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" })).status).toBe(201);

    const email = `from-guest-${Date.now()}@example.test`;
    const signedUp = await fetch(`${server.baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.baseUrl, cookie: guestCookie },
      body: JSON.stringify({ name: "Former Guest", email, password: TEST_PASSWORD }),
    });
    expect(signedUp.status).toBe(200);
    const account = asCookieHeader(signedUp.headers.getSetCookie().filter((c) => c.startsWith("newsquiz.session_token=")));
    expect(tokenOf(account)).not.toBe(tokenOf(guestCookie));
    // The guest's token is dead; the account's works and owns the guest's attempt.
    expect((await clientFor(server.baseUrl, guestCookie).fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" })).status).toBe(401);
    const resumed = await clientFor(server.baseUrl, account).fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    expect(resumed.status).toBe(200);
  });

  it("ends the session on the server at sign-out: a copy of the cookie no longer works", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Sign Out");
    const stolenCopy = user.cookie;
    expect((await user.fetch("/history")).status).toBe(200);
    const out = await user.fetch("/api/auth/sign-out", { method: "POST", body: "{}" });
    expect(out.status).toBe(200);
    const replay = clientFor(server.baseUrl, stolenCopy);
    expect(await (await replay.fetch("/api/auth/get-session")).json()).toBeNull();
    expect((await replay.fetch("/api/attempts/anything")).status).toBe(401);
    const page = await replay.fetch("/history");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toMatch(/^\/sign-in/);
    const rows = await withDb(server.databaseUrl, (db) => db.session.count({ where: { token: tokenOf(stolenCopy) } }));
    expect(rows).toBe(0);
  });

  it("refuses sign-in, sign-out and server actions posted from another site", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Cross Site");
    expect((await signIn(user.email, "https://evil.example")).status).toBe(403);
    const out = await user.fetch("/api/auth/sign-out", { method: "POST", body: "{}", headers: { origin: "https://evil.example" } });
    expect(out.status).toBe(403);
    expect((await user.fetch("/api/auth/get-session").then((r) => r.json())) as unknown).not.toBeNull();
    // A server action (any POST to a page) from another site, however it is dressed up.
    const action = await user.fetch("/", { method: "POST", body: "[]", headers: { origin: "https://evil.example", "next-action": "0".repeat(42) } });
    expect(action.status).toBe(403);
    const noOrigin = await user.fetch("/", { method: "POST", body: "[]", headers: { origin: "", "sec-fetch-site": "cross-site", "next-action": "0".repeat(42) } });
    expect(noOrigin.status).toBe(403);
    // Not even when the request claims, through X-Forwarded-Host, to be for the other site.
    const forged = await user.fetch("/api/auth/sign-out", { method: "POST", body: "{}", headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example" } });
    expect(forged.status).toBe(403);
  });

  it("has better-auth's rate limiter count the client's address, not what the client wrote", async () => {
    // Behind one proxy (NEWSQUIZ_TRUSTED_PROXIES=1): the proxy's hop names the client, the part
    // before it is the client's own writing. better-auth allows 3 sign-in tries in 10 s an address.
    const tryFrom = (written: string, client: string) =>
      fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.baseUrl, "x-forwarded-for": `${written}, ${client}` },
        body: JSON.stringify({ email: `nobody-${written}@example.test`, password: "not the password at all" }),
      });
    const statuses = [];
    for (const written of ["6.6.6.1", "6.6.6.2", "6.6.6.3", "6.6.6.4"]) statuses.push((await tryFrom(written, "198.51.100.20")).status);
    // Changing the written part does not make a new client; another client is not held up by it.
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await tryFrom("6.6.6.5", "198.51.100.21")).status).toBe(401);
  });
});
