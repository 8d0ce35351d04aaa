// POST /api/live/:gameId/commands {"command": "start" | "pause" | "resume" | "skip" | "next" | "end"}
// The host's buttons as an API, for a remote control or a script (the host screen itself uses
// server actions). The signed-in host of the game only: 401 signed out, 403 a learner, 404 anyone
// else's game; 200 {"ok":true} when the game moved, 409 when it is not where the command applies
// (Next before the question closed, a second Skip after the clock closed it, anything after End).
import { z } from "zod";
import { getCurrentUser } from "@/app/_server/auth/session";
import { ApiError, checkJsonHeaders, CROSS_SITE, idSchema, parseBody, parseJsonText, problemBody, statusFor } from "@/app/_server/http/api-errors";
import { isCrossSite } from "@/app/_server/http/cross-site";
import { controlLiveGame, HOST_COMMANDS } from "@/app/_server/live/live-games";
import { LiveMoveError } from "@/app/_server/live/state-machine";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };
const commandSchema = z.object({ command: z.enum(HOST_COMMANDS) });

export async function POST(request: Request, { params }: { params: Promise<{ gameId: string }> }): Promise<Response> {
  try {
    if (isCrossSite(request)) throw new ApiError(403, CROSS_SITE);
    const id = idSchema.safeParse((await params).gameId);
    if (!id.success) throw new ApiError(404, "Not found.");
    const actor = await getCurrentUser();
    if (!actor) throw new ApiError(401, "Sign in first.");
    checkJsonHeaders(request.headers.get("content-type"), request.headers.get("content-length"));
    const text = await request.text();
    if (text.length > 256) throw new ApiError(413, "A command is a few bytes.");
    const { command } = parseBody(commandSchema, parseJsonText(text));
    await controlLiveGame({ actor, gameId: id.data, command });
    return Response.json({ ok: true }, { headers: NO_STORE });
  } catch (error) {
    const status = error instanceof LiveMoveError ? 409 : statusFor(error);
    if (status === null) throw error;
    return Response.json(problemBody(error), { status, headers: NO_STORE });
  }
}
