// Every message a phone gets, and nothing else: the phone play page's first render and each
// Server-Sent Event use these builders. While a question is open they are given no part of the
// key: `openQuestionForPhone` copies the prompt and the options, field by field, and no more.
// tests/app/live-phone-messages.test.ts crawls every message of whole games for keys.
import { currentAnswers, remainingMs, standings, type LiveSnapshot, type Standing } from "./snapshot";
import { correctAnswerText } from "./live-question";
import type { AnswerInput } from "./rules";

export type PhoneMessage =
  | { kind: "lobby"; title: string; nickname: string; playerCount: number }
  | {
      kind: "question";
      index: number;
      count: number;
      prompt: string;
      input: AnswerInput;
      options: string[] | null;
      seconds: number;
      remainingMs: number;
      /** This player has answered: the phone shows it locked. */
      answered: boolean;
    }
  | {
      kind: "result";
      index: number;
      count: number;
      answered: boolean;
      correct: boolean;
      points: number;
      /** With the streak bonus on: this player's run of right answers and what it added (null when off). */
      streak: { count: number; bonus: number } | null;
      correctAnswer: string;
      score: number;
      rank: number;
      playerCount: number;
    }
  | { kind: "paused"; index: number; count: number; answered: boolean }
  | { kind: "ended"; nickname: string; score: number; rank: number; playerCount: number }
  | { kind: "removed" };

/** The phone message for `playerId` (a player no longer in the game is told they were removed). */
export function phoneMessage(s: LiveSnapshot, playerId: string, now: Date): PhoneMessage {
  const me = s.players.find((p) => p.id === playerId);
  if (!me) return { kind: "removed" };
  if (s.state === "lobby") return { kind: "lobby", title: s.quizTitle, nickname: me.nickname, playerCount: s.players.length };
  const mine = standingOf(s, playerId);
  if (s.state === "ended") return { kind: "ended", nickname: me.nickname, score: mine.score, rank: mine.rank, playerCount: s.players.length };
  if (s.state === "open") return openQuestionForPhone(s, playerId, now);
  // Paused: the options go away until the host resumes (no answering while the clock stands still).
  if (s.state === "paused") return { kind: "paused", index: s.questionIndex, count: s.questionCount, answered: currentAnswers(s).some((a) => a.playerId === playerId) };
  const answer = currentAnswers(s).find((a) => a.playerId === playerId);
  return {
    kind: "result",
    index: s.questionIndex,
    count: s.questionCount,
    answered: Boolean(answer),
    correct: answer?.correct ?? false,
    points: answer?.points ?? 0,
    // A run is only told after the close: while open it would say whether this answer was right.
    streak: s.streakBonus ? { count: answer?.streak ?? 0, bonus: answer?.bonus ?? 0 } : null,
    // The question has closed: the key may be shown now.
    correctAnswer: s.question ? correctAnswerText(s.question) : "",
    score: mine.score,
    rank: mine.rank,
    playerCount: s.players.length,
  };
}

const byPlayerOf = new WeakMap<LiveSnapshot, Map<string, Standing>>();
/** A player's line of the standings, found in a map made once per snapshot (200 phones share it). */
function standingOf(s: LiveSnapshot, playerId: string): Standing {
  let byPlayer = byPlayerOf.get(s);
  if (!byPlayer) byPlayerOf.set(s, (byPlayer = new Map(standings(s).map((t) => [t.playerId, t]))));
  return byPlayer.get(playerId)!;
}

function openQuestionForPhone(s: LiveSnapshot, playerId: string, now: Date): PhoneMessage {
  const q = s.question!;
  return {
    kind: "question",
    index: s.questionIndex,
    count: s.questionCount,
    prompt: q.prompt,
    input: q.input,
    options: q.options ? [...q.options] : null,
    seconds: s.secondsPerQuestion,
    remainingMs: remainingMs(s, now),
    answered: currentAnswers(s).some((a) => a.playerId === playerId),
  };
}
