// The attacker's tool (issue 12): the shuffle the app used until layouts were drawn from a server
// secret, seeded by `${attemptId}:${questionId}`, both of which a learner knows. Kept here, out of
// the app, so tests can check that it no longer recovers what the learner must not know.
function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function publicSeedShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  let state = hash32(seed) || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The stored order behind a layout, if the layout was `publicSeedShuffle(stored, seed)`: shuffling
 * the positions 0..n-1 with the same seed says where each stored item went.
 */
export function unshuffleWithPublicSeed<T>(shown: readonly T[], seed: string): T[] {
  const moved = publicSeedShuffle(shown.map((_, i) => i), seed);
  const stored: T[] = new Array<T>(shown.length);
  moved.forEach((from, to) => (stored[from] = shown[to]!));
  return stored;
}

/** What the attack guesses from an attempt's view: an ordering question's key, a matching question's pairs. */
export function guessKey(
  view: { id: string; type: string; choices?: string[]; matchLeft?: string[]; matchRight?: string[] },
  attemptId: string,
): string[] | Record<string, string> | null {
  const seed = `${attemptId}:${view.id}`;
  if (view.type === "ordering" && view.choices) return unshuffleWithPublicSeed(view.choices, seed);
  if (view.type === "matching" && view.matchLeft && view.matchRight) {
    // Matching options are stored as the pairs' right-hand sides, in the pairs' order.
    const rights = unshuffleWithPublicSeed(view.matchRight, seed);
    return Object.fromEntries(view.matchLeft.map((left, i) => [left, rights[i]!]));
  }
  return null;
}
