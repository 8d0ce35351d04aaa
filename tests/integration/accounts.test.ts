// Accounts through better-auth over our database: roles cannot be self-assigned, passwords are
// stored as scrypt hashes, wrong passwords are refused.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { getDb } from "@/prisma/client";
import { getAuth } from "@/app/_server/auth/auth";
import { APIError } from "better-auth/api";

const email = () => `user-${randomBytes(6).toString("hex")}@example.test`;
const password = "a sufficiently long passphrase";

describe("accounts", () => {
  it("signs up as a learner even when the request asks to be admin", async () => {
    const body = { name: "Eve", email: email(), password, role: "admin" } as { name: string; email: string; password: string };
    const { user } = await getAuth().api.signUpEmail({ body });
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } });
    expect(row.role).toBe("learner");
  });

  it("stores a salted scrypt hash, never the password", async () => {
    const { user } = await getAuth().api.signUpEmail({ body: { name: "Ann", email: email(), password } });
    const account = await getDb().account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" }, select: { password: true } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(password);
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("signs in with the right password and refuses a wrong one", async () => {
    const address = email();
    await getAuth().api.signUpEmail({ body: { name: "Bob", email: address, password } });
    const ok = await getAuth().api.signInEmail({ body: { email: address, password }, asResponse: true });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const bad = await getAuth().api.signInEmail({ body: { email: address, password: "wrong password here" }, asResponse: true });
    expect(bad.status).toBe(401);
  });

  it("refuses passwords shorter than the minimum", async () => {
    await expect(getAuth().api.signUpEmail({ body: { name: "Cy", email: email(), password: "short" } })).rejects.toThrow();
  });
});

/** The HTTP status of an auth call, whether it answered or threw (hooks throw). */
async function statusOf(call: Promise<Response>): Promise<{ status: number; text: string }> {
  try {
    const r = await call;
    return { status: r.status, text: await r.text() };
  } catch (error) {
    if (error instanceof APIError) return { status: error.statusCode, text: error.message };
    throw error;
  }
}

describe("password guessing and weak passwords", () => {
  it("stops an account after five tries in fifteen minutes, even with the right password", async () => {
    const address = email();
    await getAuth().api.signUpEmail({ body: { name: "Dee", email: address, password } });
    const from = new Headers({ "x-forwarded-for": "203.0.113.7" });
    for (let i = 0; i < 5; i++) {
      const wrong = await getAuth().api.signInEmail({ body: { email: address, password: `wrong password ${i}` }, headers: from, asResponse: true });
      expect(wrong.status).toBe(401);
    }
    const blocked = await statusOf(getAuth().api.signInEmail({ body: { email: address, password }, headers: from, asResponse: true }));
    expect(blocked.status).toBe(429);
    expect(blocked.text).toMatch(/Try again in \d+ minutes/);
  });

  it("forgives earlier mistakes after a successful sign-in", async () => {
    const address = email();
    await getAuth().api.signUpEmail({ body: { name: "Eli", email: address, password } });
    const from = new Headers({ "x-forwarded-for": "203.0.113.8" });
    for (let i = 0; i < 4; i++) await getAuth().api.signInEmail({ body: { email: address, password: "nope nope nope" }, headers: from, asResponse: true });
    expect((await getAuth().api.signInEmail({ body: { email: address, password }, headers: from, asResponse: true })).status).toBe(200);
    expect((await getAuth().api.signInEmail({ body: { email: address, password: "nope nope nope" }, headers: from, asResponse: true })).status).toBe(401);
  });

  it("limits one address across many accounts", async () => {
    const from = new Headers({ "x-forwarded-for": "203.0.113.9" });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await statusOf(getAuth().api.signInEmail({ body: { email: `nobody-${i}@example.test`, password: "guess guess guess" }, headers: from, asResponse: true }))).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it.each(["password1234", "qwertyuiop", "aaaaaaaaaaaa", "Newsquiz2024!"])("refuses the common password %s at sign-up", async (weak) => {
    const response = await statusOf(getAuth().api.signUpEmail({ body: { name: "Weak", email: email(), password: weak }, asResponse: true }));
    expect(response.status).toBe(400);
  });
});

describe("the same rules at every endpoint that sets a password or stores a field (issue 12, items 8 and 9)", () => {
  const weak = ["password123", " ".repeat(10), "abc" + " ".repeat(9), "\u200b".repeat(12)];

  async function signedUp(): Promise<{ id: string; headers: Headers }> {
    const response = await getAuth().api.signUpEmail({ body: { name: "Rule Keeper", email: email(), password }, asResponse: true });
    const { user } = (await response.json()) as { user: { id: string } };
    return { id: user.id, headers: new Headers({ cookie: (response.headers.get("set-cookie") ?? "").split(";")[0]! }) };
  }

  const storedHash = (userId: string) => getDb().account.findFirstOrThrow({ where: { userId, providerId: "credential" }, select: { password: true } });

  it.each(weak)("refuses %j at sign-up, change-password and set-password", async (newPassword) => {
    expect((await statusOf(getAuth().api.signUpEmail({ body: { name: "Weak", email: email(), password: newPassword }, asResponse: true }))).status).toBe(400);

    const user = await signedUp();
    const before = await storedHash(user.id);
    const changed = await statusOf(getAuth().api.changePassword({ body: { currentPassword: password, newPassword }, headers: user.headers, asResponse: true }));
    expect(changed.status).toBe(400);
    expect(await storedHash(user.id)).toEqual(before);

    // set-password is server-only (no HTTP route): a guest given a password, say.
    const guest = await getAuth().api.signInAnonymous({ asResponse: true });
    const guestHeaders = new Headers({ cookie: (guest.headers.get("set-cookie") ?? "").split(";")[0]! });
    const set = await statusOf(getAuth().api.setPassword({ body: { newPassword }, headers: guestHeaders, asResponse: true } as never) as Promise<Response>);
    expect(set.status).toBe(400);
  });

  it("still sets a good password at change-password and set-password", async () => {
    const user = await signedUp();
    const changed = await getAuth().api.changePassword({ body: { currentPassword: password, newPassword: "a different long passphrase" }, headers: user.headers, asResponse: true });
    expect(changed.status).toBe(200);
    const guest = await getAuth().api.signInAnonymous({ asResponse: true });
    const guestHeaders = new Headers({ cookie: (guest.headers.get("set-cookie") ?? "").split(";")[0]! });
    const set = (await getAuth().api.setPassword({ body: { newPassword: "a guest's long passphrase" }, headers: guestHeaders, asResponse: true } as never)) as Response;
    expect(set.status).toBe(200);
  });

  it("refuses an unbounded name, image or unknown field at update-user and keeps the stored user", async () => {
    const user = await signedUp();
    for (const body of [{ name: "x".repeat(100_000) }, { name: "   " }, { image: "javascript:alert(1)" }, { image: `https://example.test/${"x".repeat(5000)}` }, { name: "Fine", extra: "y".repeat(2000) }]) {
      const response = await statusOf(getAuth().api.updateUser({ body, headers: user.headers, asResponse: true }));
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, image: true } })).toEqual({ name: "Rule Keeper", image: null });
    expect((await getAuth().api.updateUser({ body: { name: " Kept Short " }, headers: user.headers, asResponse: true })).status).toBe(200);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe("Kept Short");
  });
});
