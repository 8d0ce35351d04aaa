import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/app/_server/common-passwords";
import { signUpSchema } from "@/app/_server/account-rules";

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
