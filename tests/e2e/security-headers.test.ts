// The Content-Security-Policy in a real browser: every script on our pages carries the request's
// fresh nonce, no page trips the policy (a broken policy would show up as violations or as pages
// that never hydrate), and an injected inline script does not run. Plus the other headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findChromium } from "./support/chromium";
import { closeApp, openApp, type AppInBrowser } from "./support/harness";
import { demoQuizId } from "./support/http-client";

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)("security headers in Chromium", () => {
  let app: AppInBrowser | undefined;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(chromiumPath!, { width: 1280, height: 900 });
    page = app.page;
    // Init scripts come from the browser's automation channel, outside the page's policy.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
  });
  afterAll(() => closeApp(app));

  it("puts a fresh nonce on every script and trips no violation on the learner pages", async () => {
    const base = app!.server.baseUrl;
    const quizId = await demoQuizId(app!.server.databaseUrl);
    const nonces = new Set<string>();
    for (const path of ["/", `/quiz/${quizId}`, "/sign-in", "/sign-up"]) {
      const response = await page.goto(`${base}${path}`);
      const policy = response!.headers()["content-security-policy"]!;
      expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(policy).toContain("frame-ancestors 'none'");
      const nonce = /'nonce-([\w+/=]+)'/.exec(policy)![1]!;
      nonces.add(nonce);
      const scripts = await page.locator("script").evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).nonce));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((n) => n === nonce), `${path}: a script without this request's nonce`).toBe(true);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
    }
    expect(nonces.size).toBe(4);

    // Hydrated despite the policy: React has attached itself to the sign-in form (a client component).
    await page.goto(`${base}/sign-in`);
    await page.waitForFunction(() => Object.keys(document.querySelector("form")!).some((k) => k.startsWith("__reactFiber")));
  });

  it("does not run an inline script injected into the page", async () => {
    await page.goto(`${app!.server.baseUrl}/`);
    const ran = await page.evaluate(() => {
      (window as unknown as { __pwned?: boolean }).__pwned = false;
      const div = document.createElement("div");
      // What a stored XSS would look like: markup with an inline handler and an inline script.
      div.innerHTML = `<img src="x" onerror="window.__pwned = true">`;
      document.body.append(div);
      return new Promise<boolean>((resolve) => setTimeout(() => resolve((window as unknown as { __pwned: boolean }).__pwned), 300));
    });
    expect(ran).toBe(false);
  });

  it("sends the other security headers, and a locked-down policy on the API", async () => {
    const page = await fetch(`${app!.server.baseUrl}/`);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const api = await fetch(`${app!.server.baseUrl}/api/health`);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
