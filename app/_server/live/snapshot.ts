// Everything the host's screen and the phones are drawn from, read from the database in one go.
// The message builders (host-messages.ts, phone-messages.ts) are pure functions of it.
import type { LearnerResponse } from "@/questions/schema";
import type { LiveState } from "./state-machine";
import type { LiveQuestion } from "./live-question";

export interface SnapshotAnswer {
  playerId: string;
  questionIndex: number;
  response: LearnerResponse;
  correct: boolean;
  /** For speed (rules.ts pointsFor). */
  points: number;
  /** The player's run of right answers this one makes (0 if wrong), and its streak bonus (0 when off). */
  streak: number;
  bonus: number;
}

export interface LiveSnapshot {
  id: string;
  quizId: string;
  quizTitle: string;
  hostId: string;
  pin: string;
  state: LiveState;
  questionIndex: number;
  questionCount: number;
  questionOpenedAt: Date | null;
  /** Set while the host has paused the question: the clock stands still from then. */
  pausedAt: Date | null;
  secondsPerQuestion: number;
  /** The host chose the streak bonus for this game. */
  streakBonus: boolean;
  /** The question asked now (key included: server only), or null in the lobby. */
  question: LiveQuestion | null;
  /** In the order they joined. */
  players: { id: string; nickname: string }[];
  /** Every answer of the game so far. */
  answers: SnapshotAnswer[];
}

export interface Standing {
  playerId: string;
  nickname: string;
  score: number;
  rank: number;
}

// A snapshot is shared by every connection that reads it (a room of 200 phones), so what every
// message needs is worked out once per snapshot, not once per phone.
const standingsOf = new WeakMap<object, Standing[]>();
const currentOf = new WeakMap<object, SnapshotAnswer[]>();

/** Every player's total (speed points and streak bonuses), best first (ties share a rank, then in joining order). */
export function standings(s: Pick<LiveSnapshot, "players" | "answers">): Standing[] {
  const known = standingsOf.get(s);
  if (known) return known;
  const totals = new Map(s.players.map((p) => [p.id, 0]));
  for (const a of s.answers) if (totals.has(a.playerId)) totals.set(a.playerId, totals.get(a.playerId)! + a.points + a.bonus);
  const rows = s.players.map((p) => ({ playerId: p.id, nickname: p.nickname, score: totals.get(p.id)! }));
  rows.sort((a, b) => b.score - a.score);
  // Sorted, a player's rank is one more than the number ahead with a higher score: the first of its score's run.
  const table = rows.map((r, i) => ({ ...r, rank: i + 1 }));
  for (let i = 1; i < table.length; i++) if (table[i]!.score === table[i - 1]!.score) table[i]!.rank = table[i - 1]!.rank;
  standingsOf.set(s, table);
  return table;
}

export function remainingMs(s: Pick<LiveSnapshot, "questionOpenedAt" | "secondsPerQuestion" | "pausedAt">, now: Date): number {
  if (!s.questionOpenedAt) return 0;
  return Math.max(0, s.questionOpenedAt.getTime() + s.secondsPerQuestion * 1000 - (s.pausedAt ?? now).getTime());
}

export function currentAnswers(s: LiveSnapshot): SnapshotAnswer[] {
  let current = currentOf.get(s);
  if (!current) currentOf.set(s, (current = s.answers.filter((a) => a.questionIndex === s.questionIndex)));
  return current;
}
