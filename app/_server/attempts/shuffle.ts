// Layouts a learner cannot work out: the order of choices, ordering items and matching options is
// drawn from a server secret (docs/decisions/017-layouts-drawn-from-a-server-secret.md). The same
// attempt and question give the same order on every reload and restart, and nothing the learner
// knows (attempt id, question id, what they are shown) tells them the stored order, which for
// ordering questions is the key.
import { createHmac } from "node:crypto";

/**
 * Fisher–Yates with its random numbers taken from HMAC-SHA256(key, counter, seed): a keyed
 * pseudo-random function, so without the key every order is equally likely, whatever the seed.
 * Each swap uses 32 fresh bits (the bias of `% (i + 1)` is below 2^-26 for any list we show),
 * and one HMAC gives eight of them: a question of up to nine items costs one HMAC.
 */
export function keyedShuffle<T>(items: readonly T[], key: Buffer, seed: string): T[] {
  const out = [...items];
  let block: Buffer | null = null;
  let offset = 0;
  let counter = 0;
  const nextUint32 = () => {
    if (!block || offset + 4 > block.length) {
      block = createHmac("sha256", key).update(`${counter++}\u0000${seed}`).digest();
      offset = 0;
    }
    const value = block.readUInt32BE(offset);
    offset += 4;
    return value;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextUint32() % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
