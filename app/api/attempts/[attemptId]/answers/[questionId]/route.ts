// PUT /api/attempts/:attemptId/answers/:questionId { "response": ... }: saves one answer as it is
// given. 200 means it is stored (it survives a crash); 409 means the attempt no longer takes it
// (submitted, time up, or checked and locked).
// Defined in app/_server/http/attempt-api.ts, which the production server also serves before Next.js.
import { apiRoute } from "../../../../../_server/http/api-route";
import { saveAnswerOperation } from "../../../../../_server/http/attempt-api";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(saveAnswerOperation);
