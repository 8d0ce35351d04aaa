// The per-address sign-in limit must not be dodged by writing a made-up X-Forwarded-For.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { clientAddress } from "@/app/_server/auth/sign-in-throttle";
import { CLIENT_ADDRESS_HEADER } from "@/app/_server/http/client-address";
import { proxy } from "@/proxy";

const headers = (xff: string) => new Headers({ "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("takes the hop added by the nearest trusted proxy, not what the client wrote", () => {
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("copes with fewer hops than proxies, junk settings and no header", () => {
    expect(clientAddress(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9, 10.0.0.2"), Number.NaN)).toBe("10.0.0.2");
    expect(clientAddress(new Headers(), 1)).toBe("unknown");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.7" }), 1)).toBe("198.51.100.7");
  });
});

describe("the client address better-auth's rate limiter counts", () => {
  // The request headers the proxy hands on to the app (Next's override encoding).
  const forwarded = (headers: Record<string, string>) => {
    const response = proxy(new NextRequest("http://quiz.example/api/auth/sign-in/email", { method: "POST", headers: { host: "quiz.example", origin: "http://quiz.example", ...headers } }));
    return response.headers.get(`x-middleware-request-${CLIENT_ADDRESS_HEADER}`);
  };

  it("is the address our own limit counts, whatever the client wrote", () => {
    expect(forwarded({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    expect(forwarded({ "x-forwarded-for": "7.7.7.7, 203.0.113.9", [CLIENT_ADDRESS_HEADER]: "8.8.8.8" })).toBe("203.0.113.9");
    expect(forwarded({ "x-forwarded-for": "203.0.113.10" })).toBe("203.0.113.10");
  });
});
