// What this process last read of each game's open question, so that an answer can be marked and
// timed without reading the game first. Never trusted: the statement storing the answer checks in
// the database that the game is open at that question since that very moment (store-answers.ts),
// and anything it refuses is worked out afresh from the database.
import type { LiveQuestion } from "./live-question";

export interface OpenQuestion {
  questionIndex: number;
  openedAt: Date;
  secondsPerQuestion: number;
  question: LiveQuestion;
}

// Under a registered symbol: Next.js bundles its own copy of this module, and server.ts's fast
// path and the route handlers' reads should share what they learn.
const OPEN = Symbol.for("newsquiz.live.open-questions");
/** Games running at once in one process, more than enough; the oldest is forgotten past it. */
const MAX_GAMES = 1024;

function openQuestions(): Map<string, OpenQuestion> {
  const holder = globalThis as { [OPEN]?: Map<string, OpenQuestion> };
  return (holder[OPEN] ??= new Map());
}

/** Remembers `gameId`'s open question, or forgets it (null) once the game has moved on. */
export function rememberOpenQuestion(gameId: string, open: OpenQuestion | null): void {
  const games = openQuestions();
  games.delete(gameId);
  if (!open) return;
  games.set(gameId, open);
  if (games.size > MAX_GAMES) games.delete(games.keys().next().value!);
}

export function openQuestionOf(gameId: string): OpenQuestion | undefined {
  return openQuestions().get(gameId);
}
