// The attempt JSON API over real HTTP against the production build: taking a quiz without a
// browser, every way a request can be wrong answered with a clear 4xx (never a 500), another
// learner's attempt not found, cross-site writes refused, and request ids on every answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { startAppServer, type AppServer } from "./support/app-server";
import { demoQuizId, signUpOverHttp, withDb, type HttpUser } from "./support/http-client";
import { answerOfShape } from "../support/answer-shapes";

interface TakingView {
  id: string;
  status: string;
  questions: { id: string; type: string; prompt: string; choices?: string[]; saved?: unknown }[];
}

/** Some answer of the right shape for a question, right or wrong: the same one each time. */
const someAnswer = (q: TakingView["questions"][number]) => answerOfShape(q, 0);

describe("attempt API", () => {
  let server: AppServer;
  let quizId: string;
  let alice: HttpUser;
  let bob: HttpUser;
  let attempt: TakingView;

  beforeAll(async () => {
    server = await startAppServer();
    quizId = await demoQuizId(server.databaseUrl);
    [alice, bob] = await Promise.all([signUpOverHttp(server.baseUrl, "Alice Api"), signUpOverHttp(server.baseUrl, "Bob Api")]);
  });
  afterAll(() => server?.stop());

  const put = (user: HttpUser, attemptId: string, questionId: string, body: unknown) =>
    user.fetch(`/api/attempts/${attemptId}/answers/${questionId}`, { method: "PUT", body: JSON.stringify(body) });

  it("starts an attempt once and resumes it after", async () => {
    const first = await alice.fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    expect(first.status).toBe(201);
    const { id, resumed } = await first.json();
    expect(resumed).toBe(false);
    const again = await alice.fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(id);
    const view = await alice.fetch(`/api/attempts/${id}`);
    expect(view.status).toBe(200);
    attempt = await view.json();
    expect(attempt.status).toBe("in_progress");
    expect(attempt.questions.length).toBeGreaterThan(2);
  });

  it("sends no answer key, explanation or source sentence with the questions", async () => {
    const body = await (await alice.fetch(`/api/attempts/${attempt.id}`)).text();
    expect(body).not.toMatch(/"(answer|explanation|source|sourceSentence|correctAnswer|fraction)"/);
    const secrets = await withDb(server.databaseUrl, (db) =>
      db.question.findMany({ where: { id: { in: attempt.questions.map((q) => q.id) } }, select: { explanation: true, sourceSentence: true } }),
    );
    for (const s of secrets) {
      if (s.explanation) expect(body).not.toContain(s.explanation);
      if (s.sourceSentence) expect(body).not.toContain(s.sourceSentence);
    }
  });

  it("saves an answer, shows it on reload, and keeps it in the database", async () => {
    const q = attempt.questions[0]!;
    const res = await put(alice, attempt.id, q.id, { response: someAnswer(q) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ saved: true });
    const view: TakingView = await (await alice.fetch(`/api/attempts/${attempt.id}`)).json();
    expect(view.questions[0]!.saved).toEqual(someAnswer(q));
    const stored = await withDb(server.databaseUrl, (db) => db.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: q.id } } }));
    expect(JSON.parse(stored!.response)).toEqual(someAnswer(q));
  });

  it("answers malformed requests with clear 4xx errors", async () => {
    const q = attempt.questions[1]!;
    const url = `/api/attempts/${attempt.id}/answers/${q.id}`;
    const notJson = await alice.fetch(url, { method: "PUT", body: "{ not json", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/not valid JSON/);
    expect((await alice.fetch(url, { method: "PUT", body: "response=1", headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    expect((await put(alice, attempt.id, q.id, { response: "x".repeat(70_000) })).status).toBe(413);
    const wrongShape = await put(alice, attempt.id, q.id, { response: { nested: { deeper: 1 } } });
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toMatchObject({ error: "The request body is not valid.", details: expect.any(Object) });
    expect((await put(alice, attempt.id, q.id, { response: "a", extra: true })).status).toBe(400);
    expect((await put(alice, attempt.id, "no-such-question", { response: "a" })).status).toBe(404);
    expect((await put(alice, "no-such-attempt", q.id, { response: "a" })).status).toBe(404);
    expect((await alice.fetch(`/api/attempts/${encodeURIComponent("../../etc")}`)).status).toBe(404);
  });

  it("refuses anonymous and cross-site requests and hides other learners' attempts", async () => {
    const q = attempt.questions[1]!;
    const anonymous = await fetch(`${server.baseUrl}/api/attempts/${attempt.id}`);
    expect(anonymous.status).toBe(401);
    const crossSite = await alice.fetch(`/api/attempts/${attempt.id}/answers/${q.id}`, {
      method: "PUT",
      body: JSON.stringify({ response: someAnswer(q) }),
      headers: { origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    const fetchMetadata = await alice.fetch(`/api/attempts/${attempt.id}/submit`, { method: "POST", body: "{}", headers: { origin: "", "sec-fetch-site": "cross-site" } });
    expect(fetchMetadata.status).toBe(403);

    const view = await bob.fetch(`/api/attempts/${attempt.id}`);
    expect(view.status).toBe(404);
    expect(await view.text()).not.toContain(attempt.questions[0]!.prompt);
    expect((await put(bob, attempt.id, q.id, { response: someAnswer(q) })).status).toBe(404);
    expect((await bob.fetch(`/api/attempts/${attempt.id}/submit`, { method: "POST", body: "{}" })).status).toBe(404);
    const untouched = await withDb(server.databaseUrl, (db) => db.response.count({ where: { attemptId: attempt.id, questionId: q.id } }));
    expect(untouched).toBe(0);
  });

  it("never answers random bodies and ids with a server error", async () => {
    const q = attempt.questions[2]!;
    const segment = fc.oneof(fc.constantFrom(attempt.id, q.id), fc.string({ maxLength: 80 }).map(encodeURIComponent).filter((s) => s.length > 0 && s !== "." && s !== ".."));
    await fc.assert(
      fc.asyncProperty(segment, segment, fc.oneof(fc.jsonValue(), fc.string()), async (attemptId, questionId, body) => {
        const res = await alice.fetch(`/api/attempts/${attemptId}/answers/${questionId}`, { method: "PUT", body: typeof body === "string" ? body : JSON.stringify(body) });
        expect(res.status, `PUT ${attemptId}/${questionId} ${JSON.stringify(body).slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        // Random submit bodies are almost never valid, so the attempt stays open for the next test.
        fc.pre(!(typeof body === "object" && body !== null && !Array.isArray(body) && Object.keys(body).every((k) => k === "responses")));
        const res = await alice.fetch(`/api/attempts/${attempt.id}/submit`, { method: "POST", body: JSON.stringify(body) });
        expect(res.status).toBe(400);
      }),
      { numRuns: 60 },
    );
  });

  it("scores on the server exactly once, then takes no more answers", async () => {
    const submits = await Promise.all(Array.from({ length: 10 }, () => alice.fetch(`/api/attempts/${attempt.id}/submit`, { method: "POST", body: "{}" })));
    const outcomes = await Promise.all(submits.map((r) => r.json()));
    expect(submits.every((r) => r.status === 200)).toBe(true);
    const scored = outcomes.filter((o) => o.status === "submitted");
    expect(scored).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "already_submitted")).toHaveLength(9);
    const stored = await withDb(server.databaseUrl, (db) => db.attempt.findUniqueOrThrow({ where: { id: attempt.id } }));
    expect(stored.status).toBe("submitted");
    expect(stored.score).toBe(scored[0].score);

    const late = await put(alice, attempt.id, attempt.questions[1]!.id, { response: someAnswer(attempt.questions[1]!) });
    expect(late.status).toBe(409);
    const after = await (await alice.fetch(`/api/attempts/${attempt.id}`)).json();
    expect(after.status).toBe("submitted");
  });

  it("ends an attempt left open when its quiz closes: a save after the close is refused, and the attempt closes with the answers saved in time", async () => {
    // A quiz of the demo's questions that keeps answers back until it closes, an hour from now.
    const closing = await withDb(server.databaseUrl, async (db) => {
      const questions = await db.quizQuestion.findMany({ where: { quizId }, orderBy: { position: "asc" }, select: { questionId: true, position: true } });
      return db.quiz.create({
        data: { title: "Closes soon", status: "published", settings: JSON.stringify({ review: "after_close" }), closeAt: new Date(Date.now() + 3_600_000), questions: { create: questions } },
        select: { id: true },
      });
    });
    const carol = await signUpOverHttp(server.baseUrl, "Carol Closing");
    const { id } = await (await carol.fetch(`/api/quizzes/${closing.id}/attempts`, { method: "POST" })).json();
    const view: TakingView = await (await carol.fetch(`/api/attempts/${id}`)).json();
    const [first, second] = view.questions;
    expect((await put(carol, id, first!.id, { response: someAnswer(first!) })).status).toBe(200);

    // The teacher moves the close date to a minute ago (or the learner simply left the tab open).
    const closeAt = new Date(Date.now() - 60_000);
    await withDb(server.databaseUrl, (db) => db.quiz.update({ where: { id: closing.id }, data: { closeAt } }));
    const refused = await put(carol, id, second!.id, { response: someAnswer(second!) });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: "This quiz has closed." });

    // Opening it closes it, dated at the close, with the one answer saved in time; past the
    // close's grace no attempt can change, so the answers may be shown.
    const after = await (await carol.fetch(`/api/attempts/${id}`)).json();
    expect(after.status).toBe("submitted");
    expect(after.result).toMatchObject({ answersShown: true, submittedAt: closeAt.toISOString() });
    const stored = await withDb(server.databaseUrl, (db) => db.response.findMany({ where: { attemptId: id }, select: { questionId: true, response: true } }));
    const given = stored.filter((r) => r.response !== "null").map((r) => r.questionId);
    expect(given).toEqual([first!.id]);
  });

  it("lists the submitted attempt in the learner's own history, and in nobody else's", async () => {
    const mine = await alice.fetch("/api/history");
    expect(mine.status).toBe(200);
    const body = await mine.json();
    const listed = body.attempts.find((a: { id: string }) => a.id === attempt.id);
    const stored = await withDb(server.databaseUrl, (db) => db.attempt.findUniqueOrThrow({ where: { id: attempt.id } }));
    expect(listed).toMatchObject({ status: "submitted", score: stored.score, maxScore: stored.maxScore, quizId });
    expect(body.total).toBe(body.attempts.length);
    expect(body.history.attempts.map((a: { id: string }) => a.id)).toContain(attempt.id);
    expect(body.review).toMatchObject({ dueNow: expect.any(Number), total: expect.any(Number) });
    const theirs = await (await bob.fetch("/api/history")).json();
    expect(JSON.stringify(theirs)).not.toContain(attempt.id);
    expect((await fetch(`${server.baseUrl}/api/history`)).status).toBe(401);
  });

  it("gives every answer a request id, keeping a well-formed one from a proxy in front", async () => {
    const own = await alice.fetch(`/api/attempts/${attempt.id}`);
    expect(own.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await alice.fetch(`/api/attempts/${attempt.id}`, { headers: { "x-request-id": "edge-proxy-1234abcd" } });
    expect(forwarded.headers.get("x-request-id")).toBe("edge-proxy-1234abcd");
    // The server's log has one JSON line for it, with the id, the route and the outcome.
    await new Promise((r) => setTimeout(r, 200));
    const logLines = server
      .logs()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l));
    const line = logLines.find((entry) => entry.requestId === "edge-proxy-1234abcd");
    expect(line).toMatchObject({ msg: "api request", method: "GET", path: `/api/attempts/${attempt.id}`, status: 200, level: 30 });
    // The attempt API (start, open, save, submit, history) is served by server.ts's fast path,
    // before Next.js, and logged the same way; ids that are not ids (fuzzed above) are left to Next.js.
    const apiLines = logLines.filter((entry) => entry.msg === "api request");
    const id = "[\\w-]{1,64}";
    const wellFormed = (method: string, path: string) =>
      apiLines.filter((entry) => entry.method === method && new RegExp(`^${path.replaceAll(":id", id)}$`).test(entry.path));
    for (const [method, path] of [
      ["POST", "/api/quizzes/:id/attempts"],
      ["GET", "/api/attempts/:id"],
      ["PUT", "/api/attempts/:id/answers/:id"],
      ["POST", "/api/attempts/:id/submit"],
      ["GET", "/api/history"],
    ] as const) {
      const served = wellFormed(method, path);
      expect(served.length, `${method} ${path}`).toBeGreaterThan(0);
      expect(served.every((entry) => entry.via === "fast-path" && typeof entry.requestId === "string"), `${method} ${path}`).toBe(true);
    }
    expect(wellFormed("PUT", "/api/attempts/:id/answers/:id").length).toBeGreaterThan(10);
    expect(server.logs()).not.toContain(alice.cookie.split("=")[1]!.slice(0, 20));
    // The fast path for answer saves keeps and checks ids the same way.
    const late = await alice.fetch(`/api/attempts/${attempt.id}/answers/${attempt.questions[0]!.id}`, {
      method: "PUT",
      body: JSON.stringify({ response: "x" }),
      headers: { "x-request-id": "edge-proxy-put-5678" },
    });
    expect(late.headers.get("x-request-id")).toBe("edge-proxy-put-5678");
    const hostile = await alice.fetch(`/api/attempts/${attempt.id}`, { headers: { "x-request-id": "x\" injected" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const page = await fetch(`${server.baseUrl}/`);
    expect(page.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
