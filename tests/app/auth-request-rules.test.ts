// The rules better-auth's endpoints are held to (issue 12, items 8 and 9): a password being chosen
// passes the sign-up form's rules wherever it is chosen, a password being checked is only
// bounded, and every field and the body as a whole have a bound.
import { describe, expect, it } from "vitest";
import { isAPIError } from "better-auth/api";
import { AUTH_BODY_MAX_CHARACTERS, checkAuthRequest, OTHER_STRING_MAX_LENGTH } from "@/app/_server/auth/auth-request-rules";
import { NAME_MAX_LENGTH } from "@/app/_server/auth/account-rules";

function refusal(path: string | undefined, body: unknown): { status: number; message: string } | null {
  try {
    checkAuthRequest(path, body);
    return null;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return { status: error.statusCode, message: error.message };
  }
}

const weak = ["password123", "Password1234!", " ".repeat(10), " ".repeat(20), "abc" + " ".repeat(9), " ".repeat(6) + "abcd", "\t".repeat(11), "\u00a0".repeat(10), "\u200b".repeat(12), "short"];

describe("checkAuthRequest: passwords", () => {
  it.each(weak)("refuses %j being chosen at sign-up", (password) => {
    expect(refusal("/sign-up/email", { name: "A", email: "a@example.test", password })?.status).toBe(400);
  });

  it.each(weak)("refuses %j as the new password at change-password, reset-password and set-password", (newPassword) => {
    expect(refusal("/change-password", { currentPassword: "the old long one", newPassword })?.status).toBe(400);
    expect(refusal("/reset-password", { token: "t", newPassword })?.status).toBe(400);
    // set-password is server-only: better-auth calls it with no path.
    expect(refusal(undefined, { newPassword })?.status).toBe(400);
  });

  it("explains why, as the sign-up form does", () => {
    expect(refusal("/change-password", { currentPassword: "x", newPassword: "password123" })?.message).toMatch(/first that attackers try/);
    expect(refusal("/change-password", { currentPassword: "x", newPassword: "abc" + " ".repeat(9) })?.message).toBe("Use at least 10 characters besides spaces.");
  });

  it("never judges a password that is only being checked: that would tell whether the account exists", () => {
    expect(refusal("/sign-in/email", { email: "nobody@example.test", password: "password123" })).toBeNull();
    expect(refusal("/sign-in/email", { email: "nobody@example.test", password: " ".repeat(10) })).toBeNull();
    expect(refusal("/change-password", { currentPassword: "password123", newPassword: "a long enough passphrase" })).toBeNull();
  });

  it("accepts a good password with spaces in it", () => {
    expect(refusal("/sign-up/email", { name: "A", email: "a@example.test", password: "correct horse battery staple" })).toBeNull();
  });
});

describe("checkAuthRequest: field bounds", () => {
  it.each([
    ["/update-user", { name: "x".repeat(100_000) }],
    ["/update-user", { name: "n".repeat(NAME_MAX_LENGTH + 1) }],
    ["/update-user", { name: "   " }],
    ["/update-user", { name: null }],
    ["/update-user", { image: "javascript:alert(1)" }],
    ["/update-user", { image: `https://example.test/${"i".repeat(3000)}` }],
    ["/update-user", { name: "Ok", nickname: "x".repeat(OTHER_STRING_MAX_LENGTH + 1) }],
    ["/update-user", { name: "Ok", nested: { deeper: ["y".repeat(OTHER_STRING_MAX_LENGTH + 1)] } }],
    ["/sign-up/email", { name: "A", email: `${"m".repeat(250)}@example.test`, password: "a long enough passphrase" }],
    ["/sign-up/email", { name: "A", email: "a@example.test", password: "a long enough passphrase", callbackURL: `/${"c".repeat(3000)}` }],
    ["/sign-in/email", { email: "a@example.test", password: "p".repeat(200) }],
    ["/change-email", { newEmail: `${"m".repeat(300)}@example.test` }],
    ["/revoke-session", { token: "t".repeat(5000) }],
  ])("refuses %s %j", (path, body) => {
    expect(refusal(path, body)?.status).toBe(400);
  });

  it("says which field broke which rule", () => {
    expect(refusal("/update-user", { name: "x".repeat(100) })?.message).toBe(`name: At most ${NAME_MAX_LENGTH} characters.`);
    expect(refusal("/update-user", { name: "Ok", nested: { deeper: ["y".repeat(2000)] } })?.message).toBe(`nested.deeper.0: at most ${OTHER_STRING_MAX_LENGTH} characters.`);
  });

  it("refuses a body of many small fields as too large, and one nested too deeply", () => {
    const many = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field${i}`, "v".repeat(100)]));
    expect(JSON.stringify(many).length).toBeGreaterThan(AUTH_BODY_MAX_CHARACTERS);
    expect(refusal("/update-user", many)?.status).toBe(413);
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal("/update-user", { name: "Ok", deep })?.status).toBe(400);
  });

  it("passes what better-auth's own schemas judge (not an object) and requests without a body", () => {
    for (const body of [undefined, null, "text", 42, ["a"]]) expect(refusal("/sign-up/email", body)).toBeNull();
  });

  it("trims the name, as the forms store it, and leaves the rest as sent", () => {
    expect(checkAuthRequest("/update-user", { name: "  Ada Lovelace ", image: null })).toEqual({ context: { body: { name: "Ada Lovelace", image: null } } });
    expect(checkAuthRequest("/sign-up/email", { name: "Ada", email: "Ada@Example.test", password: "a long enough passphrase", role: "admin" })).toEqual({
      context: { body: { name: "Ada", email: "Ada@Example.test", password: "a long enough passphrase", role: "admin" } },
    });
    expect(checkAuthRequest("/sign-in/email", { email: "a@example.test", password: "whatever it is" })).toBeUndefined();
  });
});
