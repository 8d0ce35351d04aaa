// The server keeps each question's clock. A process that opens a question, or that serves a
// connection to an open one, sets a timer for its deadline; closing is a conditional update, so
// whichever process gets there first closes it and the others change nothing. A restart loses
// the timers, and the next connection sets them again.
const TIMERS = Symbol.for("newsquiz.live.timers");

function timers(): Map<string, NodeJS.Timeout> {
  const holder = globalThis as { [TIMERS]?: Map<string, NodeJS.Timeout> };
  return (holder[TIMERS] ??= new Map());
}

/**
 * Calls `close` at `deadline` for this game's question `questionIndex`, once per process per
 * deadline (a resumed question has a later deadline, and its own timer; the earlier one finds
 * the question not yet due and leaves it).
 */
export function scheduleClose(gameId: string, questionIndex: number, deadline: Date, close: () => Promise<unknown>): void {
  const key = `${gameId}:${questionIndex}:${deadline.getTime()}`;
  const all = timers();
  if (all.has(key)) return;
  // A few milliseconds past the deadline, so the closing check sees it has passed.
  const timer = setTimeout(() => {
    all.delete(key);
    close().catch(() => undefined);
  }, Math.max(0, deadline.getTime() - Date.now()) + 20);
  timer.unref?.();
  all.set(key, timer);
}
