// POST /api/quizzes/:quizId/attempts: starts an attempt (201), or returns the learner's attempt in
// progress (200) so a second device resumes rather than restarts. Questions: GET /api/attempts/:id.
import { z } from "zod";
import { apiRoute, idSchema } from "../../../../_server/api-route";
import { startAttempt } from "../../../../_server/start-attempt";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ params: z.object({ quizId: idSchema }), forbiddenStatus: 403 }, async ({ params, actor }) => {
  const attempt = await startAttempt({ quizId: params.quizId, actor });
  return { status: attempt.resumed ? 200 : 201, json: { id: attempt.id, resumed: attempt.resumed, url: `/attempts/${attempt.id}` } };
});
