// Writing many rows without holding up the server: a multi-row INSERT per batch, and the event
// loop gets a turn between batches. On SQLite (a synchronous driver) a transaction of thousands of
// rows otherwise runs as one unbroken chain of promises: a long article's 13,000 facts held every
// other request for two seconds.

/** Rows per INSERT: a few dozen milliseconds of work, and well under the databases' bound-value limits. */
export const INSERT_BATCH = 250;

/** `items` in slices of INSERT_BATCH. */
export function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += INSERT_BATCH) out.push(items.slice(i, i + INSERT_BATCH));
  return out;
}

/** Runs `write` on each batch in turn, letting other requests run between batches. */
export async function writeInBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  let first = true;
  for (const batch of batches(items)) {
    if (!first) await new Promise((resolve) => setImmediate(resolve));
    first = false;
    await write(batch);
  }
}
