// POST /api/quizzes/:quizId/attempts: starts an attempt (201), or returns the learner's attempt in
// progress (200) so a second device resumes rather than restarts. Questions: GET /api/attempts/:id.
// Defined in app/_server/http/attempt-api.ts, which the production server also serves before Next.js.
import { apiRoute } from "../../../../_server/http/api-route";
import { startAttemptOperation } from "../../../../_server/http/attempt-api";

export const dynamic = "force-dynamic";

export const POST = apiRoute(startAttemptOperation);
