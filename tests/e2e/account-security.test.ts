// Accounts and sessions as an attacker would try them, over real HTTP and in Chromium against the
// production server (issue 12, items 4, 7, 8, 9 and 10):
//  - `next` after sign-in or sign-up never leads to another site, however it is spelt;
//  - the sign-in and sign-up forms answer a wrong password, the "too many" limit and a taken email
//    with their messages, also after the JSON API (and better-auth's own endpoints) have served;
//  - the password rules hold at every endpoint that sets a password, not only at sign-up;
//  - every field better-auth stores is bounded on the server;
//  - the JSON API answers a session that is due for refresh (a day old) as it answers a fresh one.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { findChromium, launchChromium } from "./support/chromium";
import { startAppServer, type AppServer } from "./support/app-server";
import { clientFor, demoQuizId, signUpOverHttp, TEST_PASSWORD, withDb, type HttpUser } from "./support/http-client";
import { answerOfShape } from "../support/answer-shapes";
import { NAME_MAX_LENGTH } from "@/app/_server/auth/account-rules";
import { SESSION_EXPIRES_IN_SECONDS } from "@/app/_server/auth/session-cookie";

const chromiumPath = findChromium();
const DAY_MS = 24 * 60 * 60 * 1000;

let server: AppServer;
let addresses = 0;

beforeAll(async () => {
  server = await startAppServer();
});
afterAll(() => server?.stop());

/**
 * A POST to one of better-auth's endpoints, from its own documentation-range address: better-auth
 * allows 3 tries of sign-up, sign-in or change-password per address in 10 s.
 */
function authPost(path: string, body: unknown, cookie = ""): Promise<Response> {
  return fetch(`${server.baseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseUrl, "x-forwarded-for": `198.51.100.${(addresses++ % 250) + 1}`, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString("hex")}@example.test`;

/** Whether `password` opens the account (over better-auth's endpoint, as an app would sign in). */
async function signsInWith(email: string, password: string): Promise<boolean> {
  const res = await authPost("/sign-in/email", { email, password });
  await res.arrayBuffer();
  return res.status === 200;
}

describe.skipIf(!chromiumPath)("the sign-in and sign-up forms in Chromium", () => {
  let browser: Browser;
  let page: Page;
  /** Requests the browser tried to send anywhere but the app. */
  const offSite: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath!);
    const context = await browser.newContext();
    await context.route(
      (url) => url.origin !== server.baseUrl,
      (route) => {
        offSite.push(route.request().url());
        return route.abort();
      },
    );
    page = await context.newPage();
  });
  afterAll(() => browser?.close());

  /** The form's own message (Next.js has a route announcer with role="alert" of its own). */
  const formMessage = () => page.locator('form [role="alert"]').innerText({ timeout: 15_000 });

  async function submitSignIn(email: string, password: string): Promise<void> {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Where the browser went after the form: the first request off the site, or the page it landed on. */
  async function landing(): Promise<string> {
    const signedIn = () => page.getByRole("button", { name: "Sign out" }).isVisible().catch(() => false);
    await expect.poll(async () => offSite.length > 0 || (await signedIn()), { timeout: 15_000 }).toBe(true);
    return offSite[0] ?? page.url();
  }

  it("stays on the site after signing in from a `next` that names another host", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Next Hop");
    for (const next of ["/%5Cevil.example/phish", "/%5C%2Fevil.example", "/%09/evil.example", "//evil.example", "https://evil.example/"]) {
      await page.context().clearCookies();
      offSite.length = 0;
      await page.goto(`${server.baseUrl}/sign-in?next=${next}`);
      const carried = await page.locator('input[name="next"]').inputValue();
      await submitSignIn(user.email, TEST_PASSWORD);
      expect(new URL(await landing()).origin, next).toBe(server.baseUrl);
      // Nor does the form (or its link to sign-up) carry the other host.
      expect(carried, next).toBe("/");
    }
  });

  it("stays on the site after signing up from a `next` that names another host", async () => {
    await page.context().clearCookies();
    offSite.length = 0;
    await page.goto(`${server.baseUrl}/sign-up?next=/%5Cevil.example/phish`);
    await page.getByLabel("Name").fill("Next Hop Two");
    await page.getByLabel("Email").fill(uniqueEmail("next-hop-two"));
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    expect(new URL(await landing()).origin).toBe(server.baseUrl);
  });

  it("keeps a same-site `next`", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Next Home");
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/sign-in?next=${encodeURIComponent("/history")}`);
    await submitSignIn(user.email, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === "/history");
  });

  it("answers a wrong password, then too many tries, after the JSON API has served requests", async () => {
    // What an app does: sign up through better-auth's endpoint, then read the history (the fast path).
    const user = await signUpOverHttp(server.baseUrl, "After Api");
    const history = await user.fetch("/api/history");
    expect(history.status).toBe(200);
    await history.arrayBuffer();

    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/sign-in`);
    for (let i = 1; i <= 5; i++) {
      await submitSignIn(user.email, `wrong password ${i}`);
      await expect(formMessage(), `try ${i}`).resolves.toBe("Wrong email or password.");
      // The next try must show its own answer, not this one still on the page.
      await page.reload();
    }
    await submitSignIn(user.email, TEST_PASSWORD);
    await expect(formMessage()).resolves.toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes\.$/);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("answers a taken email on the sign-up form after better-auth's endpoints have served requests", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Taken After Api");
    await (await user.fetch("/api/history")).arrayBuffer();
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/sign-up`);
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(formMessage()).resolves.toBe("An account with this email already exists. Sign in instead.");
  });

  it("logged no unhandled error for any of it", () => {
    expect(server.logs()).not.toMatch(/APIError|request failed/);
  });
});

describe("password rules at every endpoint that sets a password", () => {
  const weak = ["password123", " ".repeat(10), " ".repeat(12), "abc" + " ".repeat(9), " ".repeat(6) + "abcd", "\t\t\t\t\t\t\t\t\t\t\t", "qwerty 123 ", "\u00a0".repeat(10)];

  it.each(weak)("refuses %j at sign-up", async (password) => {
    const email = uniqueEmail("weak-sign-up");
    const res = await authPost("/sign-up/email", { name: "Weak", email, password });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/attackers try|characters/);
    expect(await withDb(server.databaseUrl, (db) => db.user.count({ where: { email } }))).toBe(0);
  });

  it("refuses a weak new password at change-password and keeps the old one", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Changer");
    for (const newPassword of weak) {
      const res = await authPost("/change-password", { currentPassword: TEST_PASSWORD, newPassword }, user.cookie);
      expect(res.status, JSON.stringify(newPassword)).toBe(400);
      await res.arrayBuffer();
    }
    expect(await signsInWith(user.email, TEST_PASSWORD)).toBe(true);
    expect(await signsInWith(user.email, "password123")).toBe(false);
    // A good one still goes through.
    const ok = await authPost("/change-password", { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase" }, user.cookie);
    expect(ok.status).toBe(200);
    expect(await signsInWith(user.email, "another long passphrase")).toBe(true);
  });

  it("refuses a weak new password at reset-password", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Resetter");
    const userId = (await withDb(server.databaseUrl, (db) => db.user.findUniqueOrThrow({ where: { email: user.email } }))).id;
    // A reset token as better-auth's request-password-reset would store it (no mail is sent here).
    const plantToken = () =>
      withDb(server.databaseUrl, async (db) => {
        const token = randomBytes(12).toString("hex");
        await db.verification.create({ data: { id: randomUUID(), identifier: `reset-password:${token}`, value: userId, expiresAt: new Date(Date.now() + 3_600_000) } });
        return token;
      });
    for (const newPassword of ["password123", " ".repeat(10), "abc" + " ".repeat(9)]) {
      const res = await authPost("/reset-password", { token: await plantToken(), newPassword });
      expect(res.status, JSON.stringify(newPassword)).toBe(400);
      await res.arrayBuffer();
    }
    expect(await signsInWith(user.email, TEST_PASSWORD)).toBe(true);
    const ok = await authPost("/reset-password", { token: await plantToken(), newPassword: "a reset long passphrase" });
    expect(ok.status).toBe(200);
    expect(await signsInWith(user.email, "a reset long passphrase")).toBe(true);
  });

  it("says nothing about a weak password at sign-in (no hint whether the account exists)", async () => {
    const nobody = await authPost("/sign-in/email", { email: uniqueEmail("nobody"), password: "password123" });
    expect(nobody.status).toBe(401);
    expect(((await nobody.json()) as { message: string }).message).toBe("Invalid email or password");
  });
});

describe("limits on every field better-auth stores", () => {
  const huge = "x".repeat(100_000);

  it("refuses an oversized or empty name, image or email at update-user and sign-up", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Bounded");
    for (const body of [{ name: huge }, { name: "n".repeat(NAME_MAX_LENGTH + 1) }, { name: "   " }, { name: "" }, { image: `https://example.test/${huge}` }, { image: "javascript:alert(1)" }, { name: "Ok", nickname: huge }]) {
      const res = await user.fetch("/api/auth/update-user", { method: "POST", body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      await res.arrayBuffer();
    }
    const stored = await withDb(server.databaseUrl, (db) => db.user.findUniqueOrThrow({ where: { email: user.email } }));
    expect(stored.name).toBe("Bounded");
    expect(stored.image).toBeNull();

    for (const body of [
      { name: huge, email: uniqueEmail("huge-name"), password: TEST_PASSWORD },
      { name: "Long Mail", email: `${"m".repeat(250)}@example.test`, password: TEST_PASSWORD },
      { name: "Big Image", email: uniqueEmail("big-image"), password: TEST_PASSWORD, image: huge },
      { name: "Big Callback", email: uniqueEmail("big-callback"), password: TEST_PASSWORD, callbackURL: `/${huge}` },
    ]) {
      const res = await authPost("/sign-up/email", body);
      expect(res.status, Object.keys(body).join(",")).toBe(400);
      await res.arrayBuffer();
    }
    const longest = await withDb(server.databaseUrl, (db) => db.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT MAX(LENGTH("name")) AS n FROM "user"'));
    expect(Number(longest[0]!.n)).toBeLessThanOrEqual(NAME_MAX_LENGTH);
  });

  it("still takes a sensible name change", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Renamed");
    const res = await user.fetch("/api/auth/update-user", { method: "POST", body: JSON.stringify({ name: "  Renamed Again  " }) });
    expect(res.status).toBe(200);
    const stored = await withDb(server.databaseUrl, (db) => db.user.findUniqueOrThrow({ where: { email: user.email } }));
    expect(stored.name).toBe("Renamed Again");
  });
});

describe("the JSON API with a session due for refresh", () => {
  /** Makes the user's session a day old: better-auth slides it forward on its next use. */
  async function ageSession(user: HttpUser): Promise<void> {
    const dayAgo = new Date(Date.now() - DAY_MS - 60_000);
    await withDb(server.databaseUrl, (db) =>
      db.session.updateMany({
        where: { user: { email: user.email } },
        data: { createdAt: dayAgo, updatedAt: dayAgo, expiresAt: new Date(dayAgo.getTime() + SESSION_EXPIRES_IN_SECONDS * 1000) },
      }),
    );
  }

  it("answers every operation with a day-old session as with a fresh one, and slides the session forward", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Day Old");
    const quizId = await demoQuizId(server.databaseUrl);
    const fresh = await user.fetch("/api/history");
    expect(fresh.status).toBe(200);
    const freshBody = await fresh.json();

    await ageSession(user);
    const aged = await user.fetch("/api/history");
    expect(aged.status).toBe(200);
    expect(await aged.json()).toEqual(freshBody);
    const session = await withDb(server.databaseUrl, (db) => db.session.findFirstOrThrow({ where: { user: { email: user.email } } }));
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_EXPIRES_IN_SECONDS * 1000 - 60_000);

    await ageSession(user);
    const started = await user.fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    expect(started.status).toBe(201);
    const { id } = (await started.json()) as { id: string };
    await ageSession(user);
    const view = await user.fetch(`/api/attempts/${id}`);
    expect(view.status).toBe(200);
    const taking = (await view.json()) as { questions: { id: string; type: string; choices?: string[] }[] };
    await ageSession(user);
    const q = taking.questions[0]!;
    const saved = await user.fetch(`/api/attempts/${id}/answers/${q.id}`, { method: "PUT", body: JSON.stringify({ response: answerOfShape(q, 0) }) });
    expect(saved.status).toBe(200);
    await ageSession(user);
    const submitted = await user.fetch(`/api/attempts/${id}/submit`, { method: "POST", body: "{}" });
    expect(submitted.status).toBe(200);
    await ageSession(user);
    const after = await user.fetch("/api/history");
    expect(after.status).toBe(200);
    expect(((await after.json()) as { total: number }).total).toBe(1);
  });

  it("answers the history through the Next.js route handler too (a query string skips the fast path)", async () => {
    const user = await signUpOverHttp(server.baseUrl, "Route Handler");
    const viaFastPath = await user.fetch("/api/history");
    const viaRouteHandler = await user.fetch("/api/history?from=route-handler");
    expect([viaFastPath.status, viaRouteHandler.status]).toEqual([200, 200]);
    expect(await viaRouteHandler.json()).toEqual(await viaFastPath.json());
  });

  it("still refuses an anonymous or signed-out caller on both transports", async () => {
    const nobody = clientFor(server.baseUrl, "");
    for (const path of ["/api/history", "/api/history?x=1"]) {
      const res = await nobody.fetch(path);
      expect(res.status, path).toBe(401);
      await res.arrayBuffer();
    }
  });
});
