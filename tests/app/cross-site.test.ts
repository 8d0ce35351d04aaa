import { describe, expect, it } from "vitest";
import { isCrossSite, isSafeMethod } from "@/app/_server/http/cross-site";

const request = (headers: Record<string, string>) => new Request("http://quiz.example/api/x", { method: "POST", headers });

describe("isCrossSite", () => {
  it("accepts our own pages, directly or behind a proxy, and clients that are not browsers", () => {
    expect(isCrossSite(request({ host: "quiz.example", origin: "http://quiz.example" }))).toBe(false);
    // A proxy that passes Host on, and one that does not but the app knows its public address.
    expect(isCrossSite(request({ host: "quiz.example", "x-forwarded-for": "203.0.113.9", origin: "https://quiz.example" }), "http://localhost:3000")).toBe(false);
    expect(isCrossSite(request({ host: "127.0.0.1:3000", origin: "https://quiz.example" }), "https://quiz.example")).toBe(false);
    expect(isCrossSite(request({ host: "quiz.example", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSite(request({ host: "quiz.example" }))).toBe(false);
  });

  it("refuses other sites, look-alike hosts, opaque origins and cross-site fetch metadata", () => {
    expect(isCrossSite(request({ host: "quiz.example", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(request({ host: "quiz.example", origin: "http://quiz.example.evil.example" }))).toBe(true);
    expect(isCrossSite(request({ host: "quiz.example", origin: "null" }))).toBe(true);
    expect(isCrossSite(request({ host: "quiz.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSite(request({ host: "quiz.example", "sec-fetch-site": "same-site" }))).toBe(true);
  });

  it("does not take a client's word for the host: X-Forwarded-Host names nothing of ours", () => {
    expect(isCrossSite(request({ host: "quiz.example", "x-forwarded-host": "evil.example", origin: "https://evil.example" }), "https://quiz.example")).toBe(true);
    expect(isCrossSite(request({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", origin: "https://evil.example" }), undefined)).toBe(true);
    expect(isCrossSite(request({ host: "quiz.example", origin: "https://evil.example" }), "not a url")).toBe(true);
  });

  it("lets safe methods through from anywhere", () => {
    expect(["GET", "HEAD", "OPTIONS"].every(isSafeMethod)).toBe(true);
    expect(["POST", "PUT", "DELETE", "PATCH"].some(isSafeMethod)).toBe(false);
  });
});
