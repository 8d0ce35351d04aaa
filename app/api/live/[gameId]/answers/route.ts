// POST /api/live/:gameId/answers {"questionIndex", "answer": {"choice"} | {"choices"} | {"text"}}
// A player's answer, with the player's token cookie. 200 {"accepted":true} once stored (never
// whether it was right: that waits for the close); 409 when the question has closed or was
// answered already; 400 for an answer of the wrong shape; 404 for no such player in this game.
import { ApiError, checkJsonHeaders, CROSS_SITE, idSchema, parseBody, parseJsonText, problemBody, statusFor } from "@/app/_server/http/api-errors";
import { isCrossSite } from "@/app/_server/http/cross-site";
import { answerLiveQuestion } from "@/app/_server/live/live-games";
import { BadLiveAnswerError } from "@/app/_server/live/live-question";
import { liveAnswerSchema } from "@/app/_server/live/rules";
import { playerTokenFrom } from "@/app/_server/live/player-token";

export const dynamic = "force-dynamic";

/** An answer is a few numbers or a short text. */
const MAX_ANSWER_BYTES = 2048;
const NO_STORE = { "cache-control": "no-store" };

export async function POST(request: Request, { params }: { params: Promise<{ gameId: string }> }): Promise<Response> {
  try {
    if (isCrossSite(request)) throw new ApiError(403, CROSS_SITE);
    const id = idSchema.safeParse((await params).gameId);
    const token = playerTokenFrom(request.headers.get("cookie"));
    if (!id.success || !token) throw new ApiError(404, "Not found.");
    checkJsonHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
    const text = await request.text();
    if (text.length > MAX_ANSWER_BYTES) throw new ApiError(413, "An answer is at most 2 KB.");
    const body = parseBody(liveAnswerSchema, parseJsonText(text));
    const result = await answerLiveQuestion({ token, gameId: id.data, questionIndex: body.questionIndex, answer: body.answer });
    return Response.json(result, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof BadLiveAnswerError) return Response.json({ error: error.message }, { status: 400, headers: NO_STORE });
    const status = statusFor(error, 409);
    if (status === null) throw error;
    return Response.json(problemBody(error), { status, headers: NO_STORE });
  }
}
