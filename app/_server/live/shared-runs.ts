// A run of some work that starts after the caller asked, shared with everyone who asks while one
// is under way: they all wait for the one next run. A burst of 200 callers costs two or three
// runs, not 200, and each still sees a result that is no older than its own request.
type Runs<T> = { running: Promise<T> | null; next: Promise<T> | null };

export class SharedRuns<T> {
  private readonly runs = new Map<string, Runs<T>>();

  /** `work` run for `key` after this call, shared with the callers that ask before it starts. */
  after(key: string, work: () => Promise<T>): Promise<T> {
    let runs = this.runs.get(key);
    if (!runs) this.runs.set(key, (runs = { running: null, next: null }));
    const r = runs;
    const start = (): Promise<T> => {
      const run = work();
      r.running = run;
      void run
        .catch(() => undefined)
        .finally(() => {
          if (r.running === run) r.running = null;
          if (!r.running && !r.next && this.runs.get(key) === r) this.runs.delete(key);
        });
      return run;
    };
    if (!r.running) return start();
    return (r.next ??= r.running
      .catch(() => undefined)
      .then(() => {
        r.next = null;
        return start();
      }));
  }
}
