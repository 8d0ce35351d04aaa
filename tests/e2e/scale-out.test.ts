// Scale-out: app processes on one PostgreSQL database behave as one (A is one process; B is a
// primary with two workers sharing its port). A learner moves between
// them mid-quiz with the same cookie; submits racing on both score once; the sign-in limit counts
// tries made on either; signing out on one ends the session on the other. Nothing is kept in a
// process's memory, so this needs no sticky sessions (docs/decisions/009-answer-saving-hot-path.md).
//
// Needs PostgreSQL: TEST_DATABASE_URL, else the local default. Skipped loudly without one, and a
// failure under CI (.ci/run starts PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresReachable } from "../support/test-database";
import { launchApp, startAppServer, type AppProcess, type AppServer } from "./support/app-server";
import { clientFor, demoQuizId, signUpOverHttp, type HttpUser } from "./support/http-client";
import { MAX_TRIES_PER_ACCOUNT } from "@/app/_server/auth/sign-in-throttle";

const POSTGRES_URL = /^postgres/.test(process.env.TEST_DATABASE_URL ?? "") ? process.env.TEST_DATABASE_URL! : "postgresql://postgres@127.0.0.1:5432/test";

async function postgresAvailable(): Promise<boolean> {
  if (await postgresReachable(POSTGRES_URL)) return true;
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}: the scale-out test cannot run in CI without it.`);
  console.warn(`\n${"!".repeat(72)}\n!! SKIPPING SCALE-OUT TEST: no PostgreSQL at ${POSTGRES_URL}\n${"!".repeat(72)}\n`);
  return false;
}

const available = await postgresAvailable();

describe.skipIf(!available)("two app processes, one PostgreSQL", () => {
  let a: AppServer;
  let b: AppProcess;
  let quizId: string;

  beforeAll(async () => {
    a = await startAppServer({ databaseBase: POSTGRES_URL });
    // B is itself two worker processes sharing one port (server.ts's NEWSQUIZ_WORKERS).
    b = await launchApp({ databaseUrl: a.databaseUrl, env: { NEWSQUIZ_WORKERS: "2" } });
    quizId = await demoQuizId(a.databaseUrl);
  });
  afterAll(async () => {
    await b?.kill();
    await a?.stop();
  });

  /** The same learner (same cookie) talking to the other process. */
  const on = (server: AppProcess, user: HttpUser) => clientFor(server.baseUrl, user.cookie, user.email);

  it("lets a learner move between processes mid-quiz and finish on the other", async () => {
    const learner = await signUpOverHttp(a.baseUrl, "Moving Learner");
    const started = await on(a, learner).fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
    const { id } = (await started.json()) as { id: string };
    const { questions } = (await (await on(a, learner).fetch(`/api/attempts/${id}`)).json()) as { questions: { id: string; choices?: string[] }[] };
    const answer = (q: { choices?: string[] }) => q.choices?.[0] ?? "an answer";

    expect((await on(a, learner).fetch(`/api/attempts/${id}/answers/${questions[0]!.id}`, { method: "PUT", body: JSON.stringify({ response: answer(questions[0]!) }) })).status).toBe(200);
    // Process B knows the session and sees the answer saved on A, and the reverse.
    const onB = (await (await on(b, learner).fetch(`/api/attempts/${id}`)).json()) as { questions: { id: string; saved?: unknown }[] };
    expect(onB.questions[0]!.saved).toEqual(answer(questions[0]!));
    expect((await on(b, learner).fetch(`/api/attempts/${id}/answers/${questions[1]!.id}`, { method: "PUT", body: JSON.stringify({ response: answer(questions[1]!) }) })).status).toBe(200);
    const onA = (await (await on(a, learner).fetch(`/api/attempts/${id}`)).json()) as { questions: { id: string; saved?: unknown }[] };
    expect(onA.questions[1]!.saved).toEqual(answer(questions[1]!));
    // The attempt page itself renders on B with the answers given on A.
    const page = await on(b, learner).fetch(`/attempts/${id}`);
    expect(page.status).toBe(200);

    // 50 submits at once, split over both processes: scored exactly once.
    const submits = await Promise.all(Array.from({ length: 50 }, (_, i) => on(i % 2 ? a : b, learner).fetch(`/api/attempts/${id}/submit`, { method: "POST", body: "{}" })));
    const outcomes = (await Promise.all(submits.map((r) => r.json()))) as { status: string }[];
    expect(outcomes.filter((o) => o.status === "submitted")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "already_submitted")).toHaveLength(49);
  });

  it("counts sign-in tries made on either process against one limit", async () => {
    const user = await signUpOverHttp(a.baseUrl, "Throttled Account");
    const tryOn = (server: AppProcess, password: string) =>
      fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.baseUrl },
        body: JSON.stringify({ email: user.email, password }),
      });
    for (let i = 0; i < MAX_TRIES_PER_ACCOUNT; i++) expect((await tryOn(i % 2 ? a : b, "wrong password guess")).status).toBe(401);
    // The next try, right password or not, is refused on both.
    expect((await tryOn(a, "a long enough passphrase")).status).toBe(429);
    expect((await tryOn(b, "a long enough passphrase")).status).toBe(429);
  });

  it("ends a session on both processes when the learner signs out on one", async () => {
    const learner = await signUpOverHttp(a.baseUrl, "Signing Out");
    expect((await on(b, learner).fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" })).status).toBe(201);
    expect((await on(a, learner).fetch("/api/auth/sign-out", { method: "POST", body: "{}" })).status).toBe(200);
    expect((await on(b, learner).fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" })).status).toBe(401);
  });
});
