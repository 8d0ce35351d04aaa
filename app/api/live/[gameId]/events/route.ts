// GET /api/live/:gameId/events: the game as Server-Sent Events. `?as=host` for the host's screen
// (the signed-in host only); otherwise the phone of the player whose token cookie this is.
import { getCurrentUser } from "@/app/_server/auth/session";
import { idSchema } from "@/app/_server/http/api-errors";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { getHostedGame, loadSnapshot, playerForToken } from "@/app/_server/live/live-games";
import { liveEventStream } from "@/app/_server/live/event-stream";
import { hostMessage } from "@/app/_server/live/host-messages";
import { phoneMessage } from "@/app/_server/live/phone-messages";
import { playerTokenFrom } from "@/app/_server/live/player-token";

export const dynamic = "force-dynamic";

const notFound = () => Response.json({ error: "Not found." }, { status: 404, headers: { "cache-control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ gameId: string }> }): Promise<Response> {
  const id = idSchema.safeParse((await params).gameId);
  if (!id.success) return notFound();
  const gameId = id.data;
  try {
    if (new URL(request.url).searchParams.get("as") === "host") {
      const actor = await getCurrentUser();
      if (!actor) return Response.json({ error: "Sign in first." }, { status: 401, headers: { "cache-control": "no-store" } });
      const first = await getHostedGame({ actor, gameId });
      return liveEventStream(gameId, first, { message: hostMessage, hears: () => true }, request.signal);
    }
    const token = playerTokenFrom(request.headers.get("cookie"));
    if (!token) return notFound();
    const player = await playerForToken({ token, gameId });
    const first = await loadSnapshot(gameId);
    if (!first) return notFound();
    return liveEventStream(gameId, first, { message: (s, now) => phoneMessage(s, player.id, now), hears: (kind) => kind !== "answers" }, request.signal);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ForbiddenError) return Response.json({ error: error.message }, { status: 403, headers: { "cache-control": "no-store" } });
    throw error;
  }
}
