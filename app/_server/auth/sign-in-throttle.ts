// Slows down password guessing: at most a few sign-in tries per account and a few dozen per
// address in a sliding window. Enforced in better-auth's hooks, so it covers both our sign-in
// form and better-auth's own HTTP endpoint.
import { getDb } from "@/prisma/client";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_TRIES_PER_ACCOUNT = 5;
export const MAX_TRIES_PER_ADDRESS = 30;

export class TooManySignInsError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = "TooManySignInsError";
  }
}

// Where the address comes from: client-address.ts (the proxy needs it without the database).
export { clientAddress } from "../http/client-address";

/** Records a try, or refuses it when the account or the address has had too many lately. */
export async function recordSignInTry({ email, address, now = new Date() }: { email: string; address: string; now?: Date }): Promise<void> {
  const db = getDb();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const keys = { account: `email:${email.trim().toLowerCase()}`, address: `ip:${address}` };
  const [byAccount, byAddress] = await Promise.all([
    db.signInAttempt.findMany({ where: { key: keys.account, createdAt: { gt: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true }, take: MAX_TRIES_PER_ACCOUNT }),
    db.signInAttempt.findMany({ where: { key: keys.address, createdAt: { gt: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true }, take: MAX_TRIES_PER_ADDRESS }),
  ]);
  const blockedBy = byAccount.length >= MAX_TRIES_PER_ACCOUNT ? byAccount : byAddress.length >= MAX_TRIES_PER_ADDRESS ? byAddress : null;
  if (blockedBy) {
    const freeAt = blockedBy[0]!.createdAt.getTime() + SIGN_IN_WINDOW_MS;
    throw new TooManySignInsError(Math.max(1, Math.round((freeAt - now.getTime()) / 1000)));
  }
  await db.signInAttempt.createMany({ data: [{ key: keys.account, createdAt: now }, { key: keys.address, createdAt: now }] });
  // Old rows are dead weight: clear this account's expired ones as we go.
  await db.signInAttempt.deleteMany({ where: { key: keys.account, createdAt: { lte: since } } });
}

/** A successful sign-in forgives the account's earlier tries (not the address's). */
export async function clearAccountTries(email: string): Promise<void> {
  await getDb().signInAttempt.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
