// Our reading of better-auth's session cookie must agree with how better-auth (better-call) signs it.
import { describe, expect, it } from "vitest";
import { serializeSignedCookie } from "better-call";
import { sessionDueForRefresh, SESSION_EXPIRES_IN_SECONDS, verifiedSessionToken } from "@/app/_server/auth/session-cookie";

const SECRET = "a-test-secret-0123456789abcdef012345";

/** The cookie value exactly as better-auth's HTTP layer (better-call) writes it. */
async function signCookieValue(token: string, secret: string): Promise<string> {
  const header = await serializeSignedCookie("newsquiz.session_token", token, secret);
  return header.split(";")[0]!.slice("newsquiz.session_token=".length);
}

describe("session cookie", () => {
  it("accepts a cookie signed the way better-auth signs it, under either cookie name", async () => {
    const value = await signCookieValue("tok3nValue", SECRET);
    expect(verifiedSessionToken(`theme=dark; newsquiz.session_token=${value}`, SECRET)).toBe("tok3nValue");
    expect(verifiedSessionToken(`__Secure-newsquiz.session_token=${value}`, SECRET)).toBe("tok3nValue");
  });

  it("refuses a forged, tampered, foreign or missing cookie", async () => {
    const value = await signCookieValue("tok3nValue", SECRET);
    expect(verifiedSessionToken(`newsquiz.session_token=${await signCookieValue("tok3nValue", "another-secret-0123456789abcdef")}`, SECRET)).toBeNull();
    expect(verifiedSessionToken(`newsquiz.session_token=${value.replace("tok3n", "tok4n")}`, SECRET)).toBeNull();
    expect(verifiedSessionToken(`newsquiz.session_token=tok3nValue`, SECRET)).toBeNull();
    expect(verifiedSessionToken(`other.session_token=${value}`, SECRET)).toBeNull();
    expect(verifiedSessionToken(`newsquiz.session_token=%E0%A4%A`, SECRET)).toBeNull();
    expect(verifiedSessionToken(null, SECRET)).toBeNull();
  });

  it("remembers a good signature only for the secret that checked it", async () => {
    const value = await signCookieValue("rememberedToken", SECRET);
    const cookie = `newsquiz.session_token=${value}`;
    expect(verifiedSessionToken(cookie, SECRET)).toBe("rememberedToken");
    expect(verifiedSessionToken(cookie, SECRET)).toBe("rememberedToken");
    expect(verifiedSessionToken(cookie, "another-secret-0123456789abcdef")).toBeNull();
    expect(verifiedSessionToken(cookie.replace("remembered", "rememberee"), SECRET)).toBeNull();
  });

  it("leaves the sliding refresh to better-auth once a session is a day old", () => {
    const now = Date.parse("2026-11-27T12:00:00Z");
    const fresh = new Date(now + SESSION_EXPIRES_IN_SECONDS * 1000 - 60_000);
    const dayOld = new Date(now + SESSION_EXPIRES_IN_SECONDS * 1000 - 25 * 3600_000);
    expect(sessionDueForRefresh(fresh, now)).toBe(false);
    expect(sessionDueForRefresh(dayOld, now)).toBe(true);
  });
});
