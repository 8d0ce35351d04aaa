// Crash safety: 100 learners answer at once; the server is killed with SIGKILL mid-stream (no
// shutdown, no flush), then started again on the same database. Every answer the server had
// acknowledged must still be there, every attempt must resume where it was, and every learner
// must be able to finish and be scored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { E2E_AUTH_SECRET, launchApp, startAppServer, type AppProcess, type AppServer } from "./support/app-server";
import { createLearners, type Learner } from "./support/session-fixture";
import { clientFor } from "./support/http-client";
import { answerOfShape } from "../support/answer-shapes";

const LEARNERS = 100;

interface Question {
  id: string;
  type: string;
  choices?: string[];
  saved?: unknown;
}

/** Learner i's answer to a question: it varies with i, as far as the question's choices allow. */
const answerFor = (q: Question, learner: number) => answerOfShape(q, learner);

describe("crash safety", () => {
  let server: AppServer;
  let restarted: AppProcess | undefined;
  let db: Db;
  let learners: Learner[];
  let quizId: string;

  beforeAll(async () => {
    server = await startAppServer();
    db = createDb(resolveDatabase(server.databaseUrl));
    quizId = (await db.quiz.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } })).id;
    learners = await createLearners(db, LEARNERS, E2E_AUTH_SECRET, "crash");
  });
  afterAll(async () => {
    await restarted?.kill();
    await db?.$disconnect();
    await server?.stop();
  });

  it("keeps every acknowledged answer through a SIGKILL, and every attempt resumes", async () => {
    const before = learners.map((l) => clientFor(server.baseUrl, l.cookie));
    const attempts = await Promise.all(
      before.map(async (client) => {
        const started = await client.fetch(`/api/quizzes/${quizId}/attempts`, { method: "POST" });
        expect(started.status).toBe(201);
        const { id } = (await started.json()) as { id: string };
        const { questions } = (await (await client.fetch(`/api/attempts/${id}`)).json()) as { questions: Question[] };
        return { id, questions };
      }),
    );

    // Everyone answers flat out; the server dies once a few hundred answers are in.
    const acknowledged = new Map<string, unknown>(); // `${attemptId}/${questionId}` -> answer
    const answering = attempts.map(async ({ id, questions }, i) => {
      for (const q of questions) {
        const response = answerFor(q, i);
        const res = await before[i]!.fetch(`/api/attempts/${id}/answers/${q.id}`, { method: "PUT", body: JSON.stringify({ response }) }).catch(() => null);
        if (!res) return; // connection cut by the crash: not acknowledged, so no promise was made
        if (res.status === 200) acknowledged.set(`${id}/${q.id}`, response);
        else throw new Error(`unexpected ${res.status} before the crash: ${await res.text()}`);
      }
    });
    while (acknowledged.size < 300) await new Promise((r) => setTimeout(r, 5));
    await server.kill("SIGKILL");
    await Promise.all(answering);
    const total = attempts.reduce((n, a) => n + a.questions.length, 0);
    expect(acknowledged.size).toBeGreaterThanOrEqual(300);
    expect(acknowledged.size).toBeLessThan(total); // the crash really was mid-stream

    restarted = await launchApp({ databaseUrl: server.databaseUrl });
    const after = learners.map((l) => clientFor(restarted!.baseUrl, l.cookie));
    let lost = 0;
    for (const [i, { id }] of attempts.entries()) {
      const view = await after[i]!.fetch(`/api/attempts/${id}`);
      expect(view.status).toBe(200);
      const body = (await view.json()) as { status: string; questions: Question[] };
      expect(body.status).toBe("in_progress");
      for (const q of body.questions) {
        const key = `${id}/${q.id}`;
        if (acknowledged.has(key) && JSON.stringify(q.saved) !== JSON.stringify(acknowledged.get(key))) lost++;
      }
    }
    expect(lost).toBe(0);

    // Every learner finishes on the restarted server: the rest of the answers, then a score.
    await Promise.all(
      attempts.map(async ({ id, questions }, i) => {
        for (const q of questions) {
          if (acknowledged.has(`${id}/${q.id}`)) continue;
          const res = await after[i]!.fetch(`/api/attempts/${id}/answers/${q.id}`, { method: "PUT", body: JSON.stringify({ response: answerFor(q, i) }) });
          expect(res.status).toBe(200);
        }
        const submitted = await after[i]!.fetch(`/api/attempts/${id}/submit`, { method: "POST", body: "{}" });
        expect(await submitted.json()).toMatchObject({ status: "submitted" });
      }),
    );
    const stored = await db.attempt.findMany({ where: { id: { in: attempts.map((a) => a.id) } }, select: { status: true, _count: { select: { responses: true } } } });
    expect(stored.every((a) => a.status === "submitted")).toBe(true);
    expect(stored.reduce((n, a) => n + a._count.responses, 0)).toBe(total);
  });
});
