// Every page and route handler under app/, fuzzed over HTTP with fast-check: random ids in every
// dynamic segment, random query strings, and random bodies for the handlers that take one, as
// nobody, a learner and a teacher. The server may refuse anything, but never with a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { request } from "node:http";
import { startAppServer, type AppServer } from "./support/app-server";
import { signUpOverHttp, withDb, type HttpUser } from "./support/http-client";
import { listAppRoutes } from "../support/app-routes";
import { listBuiltActions } from "./support/built-actions";
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from "@/app/_server/auth/account-rules";

const segmentValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("0", "-1", "null", "undefined", "%00", "..%2F..%2Fetc", "%E0%A4%A", "a".repeat(300), "cm0nosuchid0000000000000", "' OR 1=1 --", "<script>"),
);
const queryValue = fc.dictionary(fc.constantFrom("q", "format", "id", "tag", "status", "type", "article", "from", "to", "next", "limit", "page", "screen"), fc.string({ maxLength: 30 }), { maxKeys: 4 });

/** A path segment as a browser would send it: encoded, never empty, never . or .. */
function encodeSegment(raw: string): string {
  const s = encodeURIComponent(raw);
  return s === "" || s === "." || s === ".." ? "x" : s;
}

describe("no 500s from any page or route handler", () => {
  let server: AppServer;
  let learner: HttpUser;
  let teacher: HttpUser;

  beforeAll(async () => {
    server = await startAppServer();
    [learner, teacher] = await Promise.all([signUpOverHttp(server.baseUrl, "Fuzz Learner"), signUpOverHttp(server.baseUrl, "Fuzz Teacher")]);
    await withDb(server.databaseUrl, (db) => db.user.update({ where: { email: teacher.email }, data: { role: "teacher" } }));
  });
  afterAll(() => server?.stop());

  const routes = listAppRoutes().filter((r) => !r.route.startsWith("/api/auth"));

  it("answers random ids and query strings on every page and GET handler", async () => {
    expect(routes.length).toBeGreaterThan(20);
    const as = fc.constantFrom<"anonymous" | "learner" | "teacher">("anonymous", "learner", "teacher");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.array(segmentValue, { minLength: 4, maxLength: 4 }), queryValue, as, async (route, values, query, who) => {
        let n = 0;
        const path = route.route.replace(/\[(\.\.\.)?[^\]]+\]/g, () => encodeSegment(values[n++ % values.length]!));
        const search = new URLSearchParams(query).toString();
        const url = `${path}${search ? `?${search}` : ""}`;
        const init = { redirect: "manual" as const };
        const res = who === "anonymous" ? await fetch(`${server.baseUrl}${url}`, init) : await (who === "learner" ? learner : teacher).fetch(url);
        expect(res.status, `${who} GET ${url}`).toBeLessThan(500);
        await res.arrayBuffer();
      }),
      { numRuns: 250 },
    );
  });

  it("answers a hand-edited export link with a plain 400", async () => {
    for (const query of ["id=", `id=${"x".repeat(65)}`, "format=gift&id=&id=abc"]) {
      const res = await teacher.fetch(`/teach/bank/export?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.text()).toMatch(/export link is not valid/);
    }
  });

  it("answers a path that is no valid percent-encoding with a 404 on every dynamic route", async () => {
    const dynamic = routes.filter((r) => r.route.includes("["));
    expect(dynamic.length).toBeGreaterThan(5);
    for (const r of dynamic)
      for (const raw of ["%ff", "%", "%E0%A4%A"]) {
        const path = r.route.replace(/\[(\.\.\.)?[^\]]+\]/g, raw);
        const res = await teacher.fetch(path);
        expect(res.status, `GET ${path}`).toBe(404);
        await res.arrayBuffer();
      }
  });

  it("answers random bodies to better-auth's endpoints with 4xx, never 500, and stores nothing out of bounds", async () => {
    // Signed in as itself (never signing out), so update-user and change-password get past the session check.
    const self = await signUpOverHttp(server.baseUrl, "Fuzz Self");
    const anyone = ["/api/auth/sign-up/email", "/api/auth/sign-in/email", "/api/auth/sign-out", "/api/auth/sign-in/anonymous", "/api/auth/reset-password"] as const;
    const signedIn = ["/api/auth/update-user", "/api/auth/change-password", "/api/auth/sign-up/email"] as const;
    const request = fc.oneof(fc.tuple(fc.constant(""), fc.constantFrom(...anyone, ...signedIn)), fc.tuple(fc.constant(self.cookie), fc.constantFrom(...signedIn)));
    // Ordinary, too long, blank and far too long (issue 12, items 8 and 9).
    const text = fc.oneof(fc.string({ maxLength: 50 }), fc.string({ minLength: 81, maxLength: 400 }), fc.constantFrom(" ".repeat(12), "password123", "x".repeat(100_000)));
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          email: fc.oneof(fc.emailAddress(), text),
          password: text,
          newPassword: text,
          currentPassword: text,
          name: text,
          image: fc.oneof(fc.constant(null), text, fc.webUrl()),
          callbackURL: text,
          token: text,
          role: fc.constantFrom("admin", "teacher"),
        },
        { requiredKeys: [] },
      ),
      fc.string({ maxLength: 100 }),
    );
    await fc.assert(
      fc.asyncProperty(request, body, fc.integer({ min: 1, max: 250 }), async ([cookie, path], payload, address) => {
        const res = await fetch(`${server.baseUrl}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.baseUrl, "x-forwarded-for": `203.0.113.${address}`, ...(cookie ? { cookie } : {}) },
          body: typeof payload === "string" ? payload : JSON.stringify(payload),
        });
        expect(res.status, `POST ${path} ${JSON.stringify(payload).slice(0, 200)}`).toBeLessThan(500);
        await res.arrayBuffer();
      }),
      { numRuns: 160 },
    );
    // Whatever was sent, nobody made themselves an admin or a teacher.
    const promoted = await withDb(server.databaseUrl, (db) => db.user.count({ where: { role: { in: ["admin", "teacher"] }, email: { not: teacher.email } } }));
    expect(promoted).toBe(0);
    // Nor stored a name, email or image out of bounds.
    const users = await withDb(server.databaseUrl, (db) => db.user.findMany({ select: { name: true, email: true, image: true } }));
    for (const user of users) {
      expect(user.name.length, user.name.slice(0, 100)).toBeLessThanOrEqual(NAME_MAX_LENGTH);
      expect(user.name.trim(), user.email).not.toBe("");
      expect(user.email.length).toBeLessThanOrEqual(EMAIL_MAX_LENGTH);
      if (user.image !== null) expect(user.image).toMatch(/^https?:\/\/.{1,2040}$/);
    }
  });

  it("refuses an upload far over the limit without a server error or a stored article", async () => {
    const action = listBuiltActions().find((a) => a.name === "createArticleAction")!;
    const form = new FormData();
    form.append("file", new File([new Uint8Array(4 * 1024 * 1024).fill(65)], "huge.txt"));
    const res = await fetch(`${server.baseUrl}/teach/articles/new`, {
      method: "POST",
      headers: { "next-action": action.id, origin: server.baseUrl, cookie: teacher.cookie, accept: "text/x-component" },
      body: form,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "The request is too large (3 MB at most)." });
    expect(await withDb(server.databaseUrl, (db) => db.article.count({ where: { createdBy: { email: teacher.email } } }))).toBe(0);
  });

  /** Waits until the request can take more, or is gone. */
  function drainedOrClosed(req: ReturnType<typeof request>): Promise<void> {
    return new Promise((resolve) => {
      const done = () => (req.off("drain", done), req.off("close", done), resolve());
      req.once("drain", done);
      req.once("close", done);
    });
  }

  /** A POST whose body goes in chunks of 64 KB with no Content-Length, as a streaming client sends it. */
  function postChunked(path: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request(`${server.baseUrl}${path}`, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      // The server answers a refused body at once but reads the rest of it, so the connection is
      // never reset under the client: a reset (EPIPE, ECONNRESET) fails the test rather than hangs it.
      req.on("error", reject);
      (async () => {
        for (let at = 0; at < body.length && !req.destroyed; at += 64 * 1024) {
          if (!req.write(body.subarray(at, at + 64 * 1024))) await drainedOrClosed(req);
        }
        req.end();
      })().catch(reject);
    });
  }

  it("refuses a chunked upload over the limit with 413, and reads a small chunked body as any other", async () => {
    const action = listBuiltActions().find((a) => a.name === "createArticleAction")!;
    const boundary = "----newsquizchunked";
    const huge = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`),
      Buffer.alloc(4 * 1024 * 1024, 65),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await postChunked(
      "/teach/articles/new",
      { "next-action": action.id, origin: server.baseUrl, cookie: teacher.cookie, accept: "text/x-component", "content-type": `multipart/form-data; boundary=${boundary}` },
      huge,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual({ error: "The request is too large (3 MB at most)." });
    expect(await withDb(server.databaseUrl, (db) => db.article.count({ where: { createdBy: { email: teacher.email } } }))).toBe(0);

    // Under the limit, the body arrives whole: better-auth reads it and refuses the wrong password.
    const small = await postChunked(
      "/api/auth/sign-in/email",
      { "content-type": "application/json", origin: server.baseUrl, "x-forwarded-for": "203.0.113.251" },
      Buffer.from(JSON.stringify({ email: teacher.email, password: "not the password at all" })),
    );
    expect(small.status).toBe(401);
  });
});
