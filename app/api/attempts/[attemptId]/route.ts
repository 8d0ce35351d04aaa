// GET /api/attempts/:attemptId: the attempt as its learner may see it. While open: prompts,
// choices and the learner's saved answers, never a key (feedback only for answers already checked
// when the quiz gives it during the attempt). Once submitted: the result, as the quiz's review
// setting allows. Someone else's attempt is not found.
// Defined in app/_server/http/attempt-api.ts, which the production server also serves before Next.js.
import { apiRoute } from "../../../_server/http/api-route";
import { viewAttemptOperation } from "../../../_server/http/attempt-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(viewAttemptOperation);
