// The rules of a live game that need no database: what may be typed (PIN, nickname, answers),
// which question types a phone can answer, and how many points an answer makes.
// Pure functions, so the engine's arithmetic is tested without a server (tests/app/live-rules.test.ts).
import { z } from "zod";
import type { QuestionType } from "@/questions/schema";

export const DEFAULT_SECONDS = 20;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 120;
/** More would not fit a projector's lobby, and keeps one game's fan-out bounded. */
export const MAX_PLAYERS = 300;
export const NICKNAME_MAX = 20;
export const TYPED_ANSWER_MAX = 200;

export const pinSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "The game PIN is six digits."));

/** Nicknames: printable, 1–20 characters once spaces are squeezed; no control or invisible characters. */
export const nicknameSchema = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Choose a nickname.")
      .max(NICKNAME_MAX, `A nickname has at most ${NICKNAME_MAX} characters.`)
      .refine((s) => !/[\p{C}]/u.test(s), "Use letters, digits and punctuation only.")
      .refine((s) => /[\p{L}\p{N}]/u.test(s), "A nickname needs a letter or a digit."),
  );

/** Two nicknames that read the same on the projector are the same nickname. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export const secondsSchema = z.coerce
  .number({ error: "Enter the seconds per question, in figures." })
  .int("Enter a whole number of seconds.")
  .min(MIN_SECONDS, `At least ${MIN_SECONDS} seconds.`)
  .max(MAX_SECONDS, `At most ${MAX_SECONDS} seconds.`);

/**
 * What a phone sends for one question: the index of an option as shown (the same order on the
 * projector and every phone), several indexes, or typed text. Which one a question takes is
 * checked against the question itself (answer-input.ts).
 */
export const liveAnswerSchema = z.object({
  questionIndex: z.number().int().min(0).max(1000),
  answer: z.union([
    z.object({ choice: z.number().int().min(0).max(20) }).strict(),
    z.object({ choices: z.array(z.number().int().min(0).max(20)).min(1).max(20) }).strict(),
    z.object({ text: z.string().max(TYPED_ANSWER_MAX) }).strict(),
  ]),
}).strict();
export type LiveAnswerInput = z.infer<typeof liveAnswerSchema>["answer"];

/** How a phone answers a question of this type; null: not playable live (yet). */
export type AnswerInput = "choice" | "choices" | "number" | "text";
export function answerInputFor(type: QuestionType): AnswerInput | null {
  switch (type) {
    case "multiple_choice":
    case "true_false":
      return "choice";
    case "multiple_response":
      return "choices";
    case "numeric":
      return "number";
    case "short_answer":
    case "cloze":
      return "text";
    default:
      // Ordering and matching need dragging or pairing, which a one-tap phone screen does not have yet.
      return null;
  }
}

/**
 * Kahoot's rule: a correct answer t seconds into a T-second question makes
 * round(1000 × (1 − (t / T) / 2)): 1000 at once, 500 at the bell. A wrong one makes nothing.
 */
export function pointsFor({ correct, elapsedMs, seconds }: { correct: boolean; elapsedMs: number; seconds: number }): number {
  if (!correct) return 0;
  const t = Math.min(Math.max(elapsedMs / 1000, 0), seconds);
  return Math.round(1000 * (1 - t / seconds / 2));
}

/** Standard competition ranking ("1224"): equal scores share a rank. */
export function rankOf(score: number, allScores: readonly number[]): number {
  return 1 + allScores.filter((s) => s > score).length;
}

/**
 * The optional streak bonus (the host chooses it when starting a game; off by default), after
 * Kahoot's answer streak: a right answer that makes a run of n right answers in a row earns
 * 100 × (n − 1) extra points, at most 500. So the second right answer in a row earns +100, the
 * third +200, the sixth and every one after it +500. A wrong answer, or no answer, ends the run.
 */
export const STREAK_STEP = 100;
export const STREAK_CAP = 500;
export function streakBonusFor(streak: number): number {
  return Math.min(Math.max(streak - 1, 0) * STREAK_STEP, STREAK_CAP);
}

/**
 * Each answer's run of right answers (its own included; 0 for a wrong one) and its bonus, from
 * every answer of the game. A question a player did not answer breaks their run, as does a
 * question the host skipped. With the bonus off every bonus is 0 (the runs are still counted).
 */
export function withStreaks<A extends { playerId: string; questionIndex: number; correct: boolean }>(
  answers: readonly A[],
  bonusOn: boolean,
): (A & { streak: number; bonus: number })[] {
  const byPlayer = new Map<string, A[]>();
  for (const a of answers) {
    const list = byPlayer.get(a.playerId);
    if (list) list.push(a);
    else byPlayer.set(a.playerId, [a]);
  }
  const runOf = new Map<A, number>();
  for (const list of byPlayer.values()) {
    list.sort((a, b) => a.questionIndex - b.questionIndex);
    let run = 0;
    let last = -2;
    for (const a of list) {
      run = a.correct ? (a.questionIndex === last + 1 ? run + 1 : 1) : 0;
      last = a.questionIndex;
      runOf.set(a, run);
    }
  }
  return answers.map((a) => {
    const streak = runOf.get(a)!;
    return { ...a, streak, bonus: bonusOn ? streakBonusFor(streak) : 0 };
  });
}
