// Slows down guessing game PINs: there are 900,000 of them and a running game's PIN is its only
// lock before the lobby, so an address that has typed many PINs that match no game lately is
// refused for a while. Right PINs never count, and the limit is generous, because a whole class
// usually shares one address (the school's) and some of them mistype. Stored beside the sign-in
// tries (same table, another key), so every process counts the same guesses.
import { getDb } from "@/prisma/client";
import { isActivePin } from "./live-games";

export const PIN_GUESS_WINDOW_MS = 10 * 60 * 1000;
export const MAX_WRONG_PINS_PER_ADDRESS = 40;

export class TooManyPinGuessesError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super(`Too many PINs that match no game from your network. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or check the number on the screen.`);
    this.name = "TooManyPinGuessesError";
  }
}

const keyFor = (address: string) => `live-pin:${address}`;

/**
 * Whether a running game has `pin`, asked from `address`. A PIN that matches no game counts
 * against the address; past the limit every PIN is refused with TooManyPinGuessesError until the
 * oldest wrong one leaves the window.
 */
export async function guessPin({ pin, address, now = new Date() }: { pin: string; address: string; now?: Date }): Promise<boolean> {
  const db = getDb();
  const since = new Date(now.getTime() - PIN_GUESS_WINDOW_MS);
  const wrong = await db.signInAttempt.findMany({
    where: { key: keyFor(address), createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
    take: MAX_WRONG_PINS_PER_ADDRESS,
  });
  if (wrong.length >= MAX_WRONG_PINS_PER_ADDRESS) {
    throw new TooManyPinGuessesError(Math.max(1, Math.round((wrong[0]!.createdAt.getTime() + PIN_GUESS_WINDOW_MS - now.getTime()) / 1000)));
  }
  if (await isActivePin(pin)) return true;
  await db.signInAttempt.create({ data: { key: keyFor(address), createdAt: now } });
  // Expired rows are dead weight: clear this address's as we go.
  await db.signInAttempt.deleteMany({ where: { key: keyFor(address), createdAt: { lte: since } } });
  return false;
}
