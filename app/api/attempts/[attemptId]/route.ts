// GET /api/attempts/:attemptId: the attempt as its learner may see it. While open: prompts,
// choices and the learner's saved answers, never a key (feedback only for answers already checked
// when the quiz gives it during the attempt). Once submitted: the result, as the quiz's review
// setting allows. Someone else's attempt is not found.
import { z } from "zod";
import { apiRoute, idSchema } from "../../../_server/api-route";
import { viewAttempt } from "../../../_server/view-attempt";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: z.object({ attemptId: idSchema }) }, async ({ params, actor }) => {
  const view = await viewAttempt({ attemptId: params.attemptId, actor });
  return { json: "result" in view ? { status: "submitted", result: view.result } : view.taking };
});
