// Caches of work done on one article's facts, questions and pools, dropped when the next article
// starts. A module-level WeakMap that outlives many articles grows until a full garbage
// collection clears the dead entries, and an insertion into such a long-lived table costs about
// ten times one into a fresh table (measured: 0.8 µs against 0.08 µs): with a dozen of these
// caches and thousands of facts per run that was a few percent of generateQuestions.
// generateQuestions calls startRun() first; a builder called on its own (tests) keeps using the
// table it has until then, which is what a WeakMap did. Entries are keyed by object, so a value
// is only ever read back for the very fact, question or pools it was worked out for.

let run = 0;

/** A new article: every RunCache starts empty from its next use. */
export function startRun(): void {
  run++;
}

/** A WeakMap for the current article run (same get/set as a WeakMap). */
export class RunCache<K extends object, V> {
  private table = new WeakMap<K, V>();
  private tableRun = run;

  private current(): WeakMap<K, V> {
    if (this.tableRun !== run) {
      this.table = new WeakMap();
      this.tableRun = run;
    }
    return this.table;
  }

  get(key: K): V | undefined {
    return this.current().get(key);
  }

  set(key: K, value: V): this {
    this.current().set(key, value);
    return this;
  }
}
