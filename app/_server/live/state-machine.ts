// A live game's states and the moves between them. Pure: the store (live-games.ts) applies a move
// with a conditional update, so two clicks, a timer and a host on another process cannot both win.
//
//   lobby --start--> open(0) --close--> closed(0) --next--> open(1) ... closed(last) --next--> ended
//   open --pause--> paused --resume--> open;  paused --close--> closed
//   any state but ended --end--> ended
//
// `close` is what the clock does at the deadline, what the last answer does when everyone has
// answered, and what the host's Skip does.
import { ForbiddenError } from "../http/errors";

export const LIVE_STATES = ["lobby", "open", "paused", "closed", "ended"] as const;
export type LiveState = (typeof LIVE_STATES)[number];
export type LiveMove = "start" | "pause" | "resume" | "close" | "next" | "end";

export interface GamePosition {
  state: LiveState;
  questionIndex: number;
}

export class LiveMoveError extends ForbiddenError {
  constructor(message: string) {
    super(message);
    this.name = "LiveMoveError";
  }
}

/** Where `move` takes a game at `from` with `questionCount` questions, or a LiveMoveError. */
export function applyMove(from: GamePosition, move: LiveMove, questionCount: number): GamePosition {
  switch (move) {
    case "start":
      if (from.state !== "lobby") throw new LiveMoveError("The game has already started.");
      if (questionCount === 0) throw new LiveMoveError("This game has no questions to ask.");
      return { state: "open", questionIndex: 0 };
    case "pause":
      if (from.state !== "open") throw new LiveMoveError("No question is open.");
      return { state: "paused", questionIndex: from.questionIndex };
    case "resume":
      if (from.state !== "paused") throw new LiveMoveError("The game is not paused.");
      return { state: "open", questionIndex: from.questionIndex };
    case "close":
      if (from.state !== "open" && from.state !== "paused") throw new LiveMoveError("No question is open.");
      return { state: "closed", questionIndex: from.questionIndex };
    case "next":
      if (from.state !== "closed") throw new LiveMoveError("Close the question first.");
      return from.questionIndex + 1 < questionCount ? { state: "open", questionIndex: from.questionIndex + 1 } : { state: "ended", questionIndex: from.questionIndex };
    case "end":
      if (from.state === "ended") throw new LiveMoveError("The game has ended.");
      return { state: "ended", questionIndex: from.questionIndex };
  }
}

export function isLiveState(value: string): value is LiveState {
  return (LIVE_STATES as readonly string[]).includes(value);
}
