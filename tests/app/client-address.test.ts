// The per-address sign-in limit must not be dodged by writing a made-up X-Forwarded-For.
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/app/_server/sign-in-throttle";

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
