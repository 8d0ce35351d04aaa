import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { NotFoundError } from "../../../_server/http/errors";
import { loadSnapshot, playerForToken } from "../../../_server/live/live-games";
import { phoneMessage } from "../../../_server/live/phone-messages";
import { PLAYER_COOKIE, tokenSchema } from "../../../_server/live/player-token";
import { PhoneScreen } from "../../_components/phone-screen";

export const metadata: Metadata = { title: "Live game" };

/** A player's phone. Only the holder of this game's player cookie gets in; anyone else joins first. */
export default async function PlayPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  const token = tokenSchema.safeParse((await cookies()).get(PLAYER_COOKIE)?.value);
  if (!token.success) redirect("/live");
  let player;
  try {
    player = await playerForToken({ token: token.data, gameId });
  } catch (error) {
    if (error instanceof NotFoundError) redirect("/live");
    throw error;
  }
  const snapshot = await loadSnapshot(gameId);
  if (!snapshot) redirect("/live");
  return <PhoneScreen gameId={gameId} initial={phoneMessage(snapshot, player.id, new Date())} />;
}
