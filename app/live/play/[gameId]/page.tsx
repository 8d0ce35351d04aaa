import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { NotFoundError } from "../../../_server/http/errors";
import { loadSnapshot, playerForToken } from "../../../_server/live/live-games";
import { phoneMessage } from "../../../_server/live/phone-messages";
import { PLAYER_COOKIE, tokenSchema } from "../../../_server/live/player-token";
import { PhoneScreen } from "../../_components/phone-screen";

export const metadata: Metadata = { title: "Live game" };

function NotInGame() {
  return (
    <div className="mx-auto max-w-sm space-y-3 rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
      <h1 className="text-xl font-bold">You are not in this game</h1>
      <p className="text-slate-600">Join with the PIN on your teacher&apos;s screen.</p>
      <p><Link href="/live" className="font-medium text-brand-700 underline">Join a live game</Link></p>
    </div>
  );
}

/**
 * A player's phone. Only the holder of this game's player cookie gets in; anyone else (or a phone
 * whose cookie has expired) is shown the way to join, and nothing of the game.
 */
export default async function PlayPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  const token = tokenSchema.safeParse((await cookies()).get(PLAYER_COOKIE)?.value);
  if (!token.success) return <NotInGame />;
  let player;
  try {
    player = await playerForToken({ token: token.data, gameId });
  } catch (error) {
    if (error instanceof NotFoundError) return <NotInGame />;
    throw error;
  }
  const snapshot = await loadSnapshot(gameId);
  if (!snapshot) return <NotInGame />;
  return <PhoneScreen gameId={gameId} initial={phoneMessage(snapshot, player.id, new Date())} />;
}
