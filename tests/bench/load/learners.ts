// The simulated learner of the load benchmark, who takes the quiz over HTTP, and its HTTP client.
import http from "node:http";
import type { Learner } from "../../e2e/support/session-fixture";
import { answerOfShape } from "../../support/answer-shapes";

export interface TimedResponse {
  status: number;
  body: string;
  ms: number;
}

/** A keep-alive HTTP client: node:http with a bounded socket pool, as a browser population would hold. */
export function httpClient(baseUrl: string, maxSockets = 256) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  return {
    request(method: string, path: string, cookie: string, body?: unknown): Promise<TimedResponse> {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const started = performance.now();
      return new Promise((resolve) => {
        const req = http.request(
          {
            agent,
            hostname,
            port,
            method,
            path,
            headers: { cookie, ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}) },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (c) => (text += c));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }));
            res.on("error", () => resolve({ status: 0, body: "", ms: performance.now() - started }));
          },
        );
        req.on("error", () => resolve({ status: 0, body: "", ms: performance.now() - started }));
        req.setTimeout(30_000, () => req.destroy());
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

export interface SimulationResult {
  learners: number;
  requests: number;
  errors: number;
  seconds: number;
  /** Every request's latency in ms, and per step (start, open, answer, submit, history). */
  latencies: number[];
  byStep: Record<string, number[]>;
  attemptsSubmitted: number;
  errorSamples: string[];
}

interface QuestionView {
  id: string;
  type: string;
  choices?: string[];
  matchLeft?: string[];
  matchRight?: string[];
}

/** A plausible answer of the right shape: learners get some right and some wrong. */
export const plausibleAnswer = (q: QuestionView) => answerOfShape(q, Math.floor(Math.random() * 100));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Each learner, on their own schedule: open the quiz (start or resume the attempt, load its
 * questions), answer every question after some thought, submit, look at their history, pause,
 * and start again. Think times are uniform in [thinkMs/2, 3*thinkMs/2].
 */
export async function simulateLearners({
  baseUrl,
  learners,
  quizId,
  seconds,
  thinkMs,
  rampSeconds,
}: {
  baseUrl: string;
  learners: Learner[];
  quizId: string;
  seconds: number;
  thinkMs: number;
  /** Learners arrive spread over this long, as a school's classes do, not all in one instant. */
  rampSeconds: number;
}): Promise<SimulationResult> {
  const client = httpClient(baseUrl);
  const result: SimulationResult = { learners: learners.length, requests: 0, errors: 0, seconds, latencies: [], byStep: {}, attemptsSubmitted: 0, errorSamples: [] };
  const started = Date.now();
  const endAt = started + seconds * 1000;
  const think = () => sleep(thinkMs / 2 + Math.random() * thinkMs);
  const call = async (step: string, method: string, path: string, learner: Learner, body?: unknown, expect = [200, 201]) => {
    const res = await client.request(method, path, learner.cookie, body);
    // Requests still in flight when the clock runs out count: the run drains rather than drops them.
    result.requests++;
    result.latencies.push(res.ms);
    (result.byStep[step] ??= []).push(res.ms);
    if (!expect.includes(res.status)) {
      result.errors++;
      if (result.errorSamples.length < 5) result.errorSamples.push(`${step} ${method} ${path} -> ${res.status} ${res.body.slice(0, 160)}`);
      return undefined;
    }
    return res.body;
  };

  const learnerLoop = async (learner: Learner) => {
    await sleep(Math.random() * rampSeconds * 1000);
    while (Date.now() < endAt) {
      const started = await call("start", "POST", `/api/quizzes/${quizId}/attempts`, learner);
      if (!started) return;
      const { id } = JSON.parse(started) as { id: string };
      const opened = await call("open", "GET", `/api/attempts/${id}`, learner);
      if (!opened) return;
      const { questions } = JSON.parse(opened) as { questions: QuestionView[] };
      for (const q of questions) {
        await think();
        if (Date.now() >= endAt) return;
        if (!(await call("answer", "PUT", `/api/attempts/${id}/answers/${q.id}`, learner, { response: plausibleAnswer(q) }))) return;
      }
      await think();
      if (!(await call("submit", "POST", `/api/attempts/${id}/submit`, learner, {}))) return;
      result.attemptsSubmitted++;
      // The learner is an API client throughout (it takes the quiz through /api, not the pages), so
      // it reads its history there too; run.ts measures the HTML page on its own.
      await call("history", "GET", "/api/history", learner);
      await think();
    }
  };
  await Promise.all(learners.map(learnerLoop));
  result.seconds = (Date.now() - started) / 1000;
  client.close();
  return result;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
