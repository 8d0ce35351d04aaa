// Accounts through better-auth over our database: roles cannot be self-assigned, passwords are
// stored as scrypt hashes, wrong passwords are refused.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { getDb } from "@/prisma/client";
import { getAuth } from "@/app/_server/auth";

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
