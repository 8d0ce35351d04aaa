// GET /api/attempts/:attemptId: the attempt as its learner may see it. While open: prompts,
// choices and the learner's saved answers, never a key (feedback only for answers already checked
// when the quiz gives it during the attempt). Once submitted: the result, as the quiz's review
// setting allows. Someone else's attempt is not found.
import { z } from "zod";
import { apiRoute, idSchema } from "../../../_server/api-route";
import { closeExpiredAttempt } from "../../../_server/close-expired-attempt";
import { getAttemptResult } from "../../../_server/get-attempt-result";
import { getAttemptForTaking } from "../../../_server/get-attempt-for-taking";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ params: z.object({ attemptId: idSchema }) }, async ({ params, actor }) => {
  await closeExpiredAttempt({ attemptId: params.attemptId, actor });
  const result = await getAttemptResult({ attemptId: params.attemptId, actor });
  if (!("notSubmitted" in result)) return { json: { status: "submitted", result } };
  return { json: await getAttemptForTaking({ attemptId: params.attemptId, actor }) };
});
