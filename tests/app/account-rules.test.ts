import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/app/_server/auth/common-passwords";
import { signUpSchema } from "@/app/_server/auth/account-rules";

describe("isCommonPassword", () => {
  it.each([
    ["password1234", true],
    ["QWERTYUIOP", true],
    ["qwerty 123", true],
    ["zzzzzzzzzzzz", true],
    ["Newsquiz2024!", true],
    ["correct horse battery staple", false],
    ["a long enough passphrase", false],
  ])("%s -> %s", (password, common) => {
    expect(isCommonPassword(password)).toBe(common);
  });
});

describe("signUpSchema", () => {
  it("explains a common password on the form", () => {
    const result = signUpSchema.safeParse({ name: "A", email: "a@example.test", password: "password1234" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/first that attackers try/);
  });
});

describe("newPasswordSchema (the form and every endpoint that sets a password)", () => {
  it.each([" ".repeat(10), "abc" + " ".repeat(9), "\u200b".repeat(12), "\t".repeat(10)])("refuses %j: spaces and invisible characters do not count", (password) => {
    const result = signUpSchema.safeParse({ name: "A", email: "a@example.test", password });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("Use at least 10 characters besides spaces.");
  });

  it("keeps the spaces of a passphrase", () => {
    expect(signUpSchema.parse({ name: "A", email: "a@example.test", password: " correct horse battery staple " }).password).toBe(" correct horse battery staple ");
  });
});
