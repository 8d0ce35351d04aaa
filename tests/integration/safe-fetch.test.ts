// safe-fetch.ts against a real HTTP server on 127.0.0.1: loopback is refused unless an admin
// allowed it, redirects are counted and re-checked, and size, time and content type are capped.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { safeFetch, SafeFetchError } from "@/app/_server/http/safe-fetch";
import { articlePage, startLocalSite, type LocalSite } from "../support/local-site";

// Names under .test do not exist in real DNS; this resolver gives them answers of our choosing,
// so the tests can show the connection goes to the address that was checked, not a second lookup.
const fakeDns: Record<string, { address: string; family: number }[]> = {
  "pinned.test": [{ address: "127.0.0.1", family: 4 }],
  "mixed.test": [
    { address: "93.184.215.14", family: 4 },
    { address: "10.1.2.3", family: 4 },
  ],
};
vi.mock("node:dns/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:dns/promises")>();
  const lookup = (async (hostname: string, options: object) => fakeDns[hostname] ?? real.lookup(hostname, options as never)) as typeof real.lookup;
  return { ...real, default: { ...real, lookup }, lookup };
});

let site: LocalSite;
const PAGE = articlePage({ headline: "Harbour reopens", paragraphs: ["The harbour reopened on Tuesday after repairs."] });

beforeAll(async () => {
  site = await startLocalSite({
    "/page": { type: "text/html; charset=utf-8", body: PAGE },
    "/latin1": { type: "text/plain; charset=iso-8859-1", body: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
    "/feed": { type: "application/rss+xml", body: "<rss version='2.0'><channel/></rss>" },
    "/image": { type: "image/png", body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    "/missing": { status: 404, type: "text/html", body: "nope" },
    "/r1": { status: 302, headers: { location: "/page" } },
    "/r3": { status: 301, headers: { location: "/r2" } },
    "/r2": { status: 307, headers: { location: "/r1" } },
    "/r4": { status: 302, headers: { location: "/r3" } },
    "/to-metadata": { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } },
    "/to-ftp": { status: 302, headers: { location: "ftp://example.com/file" } },
    "/big": { type: "text/html", body: "x".repeat(2048) },
    "/big-declared": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) });
      res.write("<p>start</p>");
      // never finishes: the declared length alone must stop us
    },
    "/endless": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write("y".repeat(64 * 1024))), 1);
    },
    "/slow": { type: "text/html", body: PAGE, delayMs: 3_000 },
    "/host": (req, res) => res.writeHead(200, { "content-type": "text/plain" }).end(`host=${req.headers.host}`),
  });
});

afterAll(() => site.close());

const allow = (hosts: string | undefined) => {
  if (hosts === undefined) delete process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS;
  else process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS = hosts;
};
afterEach(() => allow(undefined));

async function refusal(promise: Promise<unknown>): Promise<SafeFetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SafeFetchError);
  return error as SafeFetchError;
}

describe("without an allowance", () => {
  it.each([
    ["the loopback address", () => `${site.origin}/page`],
    ["localhost", () => `http://localhost:${site.port}/page`],
    ["the cloud metadata service", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private address", () => "http://10.0.0.1/"],
    ["IPv6 loopback", () => `http://[::1]:${site.port}/page`],
    ["IPv4-mapped loopback", () => `http://[::ffff:127.0.0.1]:${site.port}/page`],
    ["an integer IPv4 host", () => `http://2130706433:${site.port}/page`],
  ])("refuses %s before connecting", async (_, url) => {
    const before = site.hits.get("/page") ?? 0;
    const error = await refusal(safeFetch(url(), { expect: "article" }));
    expect(error.code).toBe("blocked_address");
    expect(error.message).toMatch(/not a public website/);
    expect(site.hits.get("/page") ?? 0).toBe(before);
  });

  it.each([
    ["file:///etc/passwd", /Only http/],
    ["gopher://127.0.0.1/", /Only http/],
    ["not a url", /not a web address/],
    ["http://user:secret@news.example/", /user name or password/],
  ])("refuses %s", async (url, message) => {
    const error = await refusal(safeFetch(url, { expect: "article" }));
    expect(error.code).toBe("bad_url");
    expect(error.message).toMatch(message);
  });
});

describe("with NEWSQUIZ_FETCH_ALLOW_HOSTS=127.0.0.1", () => {
  it("fetches an article page and reports where it came from", async () => {
    allow("127.0.0.1");
    const page = await safeFetch(`${site.origin}/page`, { expect: "article" });
    expect(page).toEqual({ url: `${site.origin}/page`, contentType: "text/html", body: PAGE });
  });

  it("allows localhost when the name is listed, and decodes the declared charset", async () => {
    allow("localhost");
    const page = await safeFetch(`http://localhost:${site.port}/latin1`, { expect: "article" });
    expect(page.body).toBe("café");
  });

  it("follows up to three redirects, each checked again", async () => {
    allow("127.0.0.1");
    const page = await safeFetch(`${site.origin}/r3`, { expect: "article" });
    expect(page.url).toBe(`${site.origin}/page`);
    const error = await refusal(safeFetch(`${site.origin}/r4`, { expect: "article" }));
    expect(error.code).toBe("too_many_redirects");
  });

  it("refuses a redirect to a private address or another scheme", async () => {
    allow("127.0.0.1");
    expect((await refusal(safeFetch(`${site.origin}/to-metadata`, { expect: "article" }))).code).toBe("blocked_address");
    expect((await refusal(safeFetch(`${site.origin}/to-ftp`, { expect: "article" }))).code).toBe("bad_url");
  });

  it("checks the content type against what was asked for", async () => {
    allow("127.0.0.1");
    const image = await refusal(safeFetch(`${site.origin}/image`, { expect: "article" }));
    expect(image.code).toBe("content_type");
    expect(image.message).toMatch(/did not return a web page or plain text \(it returned image\/png\)/);
    const notFeed = await refusal(safeFetch(`${site.origin}/page`, { expect: "feed" }));
    expect(notFeed.message).toMatch(/RSS or Atom feed/);
    expect((await safeFetch(`${site.origin}/feed`, { expect: "feed" })).contentType).toBe("application/rss+xml");
  });

  it("reports an error status in words", async () => {
    allow("127.0.0.1");
    const error = await refusal(safeFetch(`${site.origin}/missing`, { expect: "article" }));
    expect(error).toMatchObject({ code: "http_status", message: "The site answered 404: the page was not found." });
  });

  it("stops at the size cap, declared or streamed", async () => {
    allow("127.0.0.1");
    expect((await refusal(safeFetch(`${site.origin}/big`, { expect: "article", maxBytes: 1024 }))).code).toBe("too_large");
    expect((await refusal(safeFetch(`${site.origin}/big-declared`, { expect: "article" }))).code).toBe("too_large");
    const started = Date.now();
    expect((await refusal(safeFetch(`${site.origin}/endless`, { expect: "article" }))).code).toBe("too_large");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("gives up after the time cap", async () => {
    allow("127.0.0.1");
    const started = Date.now();
    const error = await refusal(safeFetch(`${site.origin}/slow`, { expect: "article", timeoutMs: 300 }));
    expect(error).toMatchObject({ code: "timeout", message: expect.stringMatching(/longer than 0.3 seconds/) });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("connects to the address it checked and keeps the host name in the request", async () => {
    allow("pinned.test");
    const page = await safeFetch(`http://pinned.test:${site.port}/host`, { expect: "article" });
    expect(page.body).toBe(`host=pinned.test:${site.port}`);
  });

  it("refuses a name when any of its addresses is private", async () => {
    allow("127.0.0.1");
    expect((await refusal(safeFetch("http://mixed.test/", { expect: "article" }))).code).toBe("blocked_address");
    allow(undefined);
    expect((await refusal(safeFetch(`http://pinned.test:${site.port}/host`, { expect: "article" }))).code).toBe("blocked_address");
  });

  it("still refuses addresses that were not listed", async () => {
    allow("127.0.0.1");
    expect((await refusal(safeFetch("http://169.254.169.254/", { expect: "article" }))).code).toBe("blocked_address");
  });
});
