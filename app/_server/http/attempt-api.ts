// The JSON attempt API (and the learner's history), defined once and served two ways: by Next.js route handlers under app/api
// (apiRoute in api-route.ts, what `next dev` uses) and by the production server's fast path before
// Next.js (api-fast-path.ts, docs/decisions/011-answer-saving-fast-path.md). Each operation says its
// method and address, how its ids and body are validated, and which use case answers it; the two
// transports only differ in how they read the session and speak HTTP.
// No "server-only" marker: server.ts loads this outside Next.js. It is still server code.
import { z } from "zod";
import { responseSchema } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { idSchema } from "./api-errors";
import { startAttempt } from "../attempts/start-attempt";
import { viewAttempt } from "../attempts/view-attempt";
import { saveAnswer } from "../attempts/save-answer";
import { submitAttempt } from "../attempts/submit-attempt";
import { countMyAttempts, listMyAttempts } from "../history/list-my-attempts";
import { getScoreHistory } from "../history/get-score-history";
import { getPracticeSummary } from "../practice/practice-queue";

export interface ApiOperation<P = unknown, B = unknown> {
  method: "GET" | "POST" | "PUT";
  /** The address, with `:name` for each id, as the route's folder under app/api spells it with `[name]`. */
  path: string;
  params: z.ZodType<P>;
  /** The JSON body's schema; operations without one take no body. */
  body?: z.ZodType<B>;
  /** Maps a use case's ForbiddenError to a status: 403 by default, 409 where it means "not now". */
  forbiddenStatus?: 403 | 409;
  run(context: { params: P; body: B; actor: Actor }): Promise<{ status?: number; json: unknown }>;
}

const operation = <P, B = undefined>(op: ApiOperation<P, B>) => op;

/** POST /api/quizzes/:quizId/attempts: starts an attempt (201), or returns the one in progress (200). */
export const startAttemptOperation = operation({
  method: "POST",
  path: "/api/quizzes/:quizId/attempts",
  params: z.object({ quizId: idSchema }),
  forbiddenStatus: 403,
  run: async ({ params, actor }) => {
    const attempt = await startAttempt({ quizId: params.quizId, actor });
    return { status: attempt.resumed ? 200 : 201, json: { id: attempt.id, resumed: attempt.resumed, url: `/attempts/${attempt.id}` } };
  },
});

/** GET /api/attempts/:attemptId: the attempt as its learner may see it (never a key while open). */
export const viewAttemptOperation = operation({
  method: "GET",
  path: "/api/attempts/:attemptId",
  params: z.object({ attemptId: idSchema }),
  run: async ({ params, actor }) => {
    const view = await viewAttempt({ attemptId: params.attemptId, actor });
    return { json: "result" in view ? { status: "submitted", result: view.result } : view.taking };
  },
});

/**
 * PUT /api/attempts/:attemptId/answers/:questionId { "response": ..., "check"?: boolean }: saves one
 * answer (409: no longer taken). With feedback during the attempt it checks the answer (feedback
 * returned, answer final) unless `"check": false`, which keeps a draft (decision 032).
 */
export const saveAnswerOperation = operation({
  method: "PUT",
  path: "/api/attempts/:attemptId/answers/:questionId",
  params: z.object({ attemptId: idSchema, questionId: idSchema }),
  body: z.object({ response: responseSchema, check: z.boolean().optional() }).strict(),
  forbiddenStatus: 409,
  run: async ({ params, body, actor }) => ({
    json: await saveAnswer({ attemptId: params.attemptId, questionId: params.questionId, actor, response: { value: body.response }, check: body.check }),
  }),
});

/** POST /api/attempts/:attemptId/submit { "responses"?: {...} }: grades and closes the attempt, once. */
export const submitAttemptOperation = operation({
  method: "POST",
  path: "/api/attempts/:attemptId/submit",
  params: z.object({ attemptId: idSchema }),
  body: z.object({ responses: z.record(idSchema, responseSchema).optional() }).strict(),
  run: async ({ params, body, actor }) => ({
    json: await submitAttempt({ attemptId: params.attemptId, actor, responses: body.responses ?? {} }),
  }),
});

/** How many of the newest attempts GET /api/history lists, as the history page's first page does. */
export const HISTORY_API_ATTEMPTS = 25;

/**
 * GET /api/history: what the history page shows, for an app or a script: the newest attempts with
 * their scores, how many there are, the score history (chart points, per-quiz grades, accuracy,
 * class standings as numbers only) and the review queue's summary. Only ever the caller's own.
 */
export const historyOperation = operation({
  method: "GET",
  path: "/api/history",
  params: z.object({}),
  run: async ({ actor }) => {
    const [attempts, total, history, review] = await Promise.all([
      listMyAttempts({ actor, limit: HISTORY_API_ATTEMPTS }),
      countMyAttempts({ actor }),
      getScoreHistory({ actor }),
      getPracticeSummary({ actor }),
    ]);
    return { json: { attempts, total, history, review } };
  },
});

export const attemptApi: readonly ApiOperation<Record<string, string>, unknown>[] = [
  startAttemptOperation,
  viewAttemptOperation,
  saveAnswerOperation,
  submitAttemptOperation,
  historyOperation,
] as ApiOperation<Record<string, string>, unknown>[];

/** The pattern an operation's address matches: ids as the id schema allows them, no query string. */
function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:(\w+)/g, "(?<$1>[\\w-]{1,64})")}$`);
}

const patterns = attemptApi.map((op) => ({ op, pattern: pathPattern(op.path) }));

/** The operation a request is for, with its raw ids, or null if it is not one of them exactly. */
export function matchApiOperation(method: string | undefined, url: string | undefined): { op: ApiOperation<Record<string, string>, unknown>; rawParams: Record<string, string> } | null {
  if (!method || !url) return null;
  for (const { op, pattern } of patterns) {
    if (op.method !== method) continue;
    const match = pattern.exec(url);
    if (match) return { op, rawParams: { ...match.groups } };
  }
  return null;
}
