// GET /api/history: the caller's own score history as JSON (what /history shows): newest attempts,
// their number, the score history and the review queue's summary.
// Defined in app/_server/http/attempt-api.ts, which the production server also serves before Next.js.
import { apiRoute } from "../../_server/http/api-route";
import { historyOperation } from "../../_server/http/attempt-api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(historyOperation);
