// POST /api/attempts/:attemptId/submit { "responses"?: { [questionId]: response } }: grades and
// closes the attempt on the server. Answers already saved count for questions the body leaves out.
// Submitting twice is harmless: the second answer is { status: "already_submitted" }.
// Defined in app/_server/http/attempt-api.ts, which the production server also serves before Next.js.
import { apiRoute } from "../../../../_server/http/api-route";
import { submitAttemptOperation } from "../../../../_server/http/attempt-api";

export const dynamic = "force-dynamic";

export const POST = apiRoute(submitAttemptOperation);
