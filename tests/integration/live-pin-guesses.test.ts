// PIN guessing is slowed down per address: wrong PINs count, right ones do not, and past the limit
// even the right PIN is refused until the window moves on. Other addresses are not affected.
import { beforeAll, describe, expect, it } from "vitest";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { createLiveGame } from "@/app/_server/live/live-games";
import { guessPin, MAX_WRONG_PINS_PER_ADDRESS, PIN_GUESS_WINDOW_MS, TooManyPinGuessesError } from "@/app/_server/live/pin-guesses";
import { createTeacher } from "./factories";

let pin: string;

beforeAll(async () => {
  const teacher = await createTeacher("Pin Host");
  const questionIds = await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "The bridge reopened.", answer: true, explanation: "" }] });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Bridge news live", questionIds, publish: true } });
  pin = (await createLiveGame({ actor: teacher, quizId: quiz.id })).pin;
});

/** A six-digit PIN that is not the game's. */
const wrongPin = (i: number) => String(100_000 + ((Number(pin) - 100_000 + 1 + i) % 900_000));

describe("guessing PINs", () => {
  it("refuses an address that has typed too many PINs matching no game, until the window passes", async () => {
    const address = "203.0.113.7";
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    // Right PINs never count: a class joining from one address is not slowed down.
    for (let i = 0; i < 5; i++) expect(await guessPin({ pin, address, now: at(i) })).toBe(true);
    for (let i = 0; i < MAX_WRONG_PINS_PER_ADDRESS; i++) expect(await guessPin({ pin: wrongPin(i), address, now: at(10 + i) })).toBe(false);
    // Past the limit, every PIN is refused, the right one too, with when to try again.
    await expect(guessPin({ pin: wrongPin(999), address, now: at(100) })).rejects.toThrow(TooManyPinGuessesError);
    const refused = await guessPin({ pin, address, now: at(100) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyPinGuessesError);
    expect((refused as TooManyPinGuessesError).retryAfterSeconds).toBeGreaterThan(PIN_GUESS_WINDOW_MS / 1000 - 5);
    // Another address is not affected.
    expect(await guessPin({ pin, address: "198.51.100.2", now: at(100) })).toBe(true);
    // Once the first wrong guess leaves the window, the address may try again.
    expect(await guessPin({ pin, address, now: at(10 + PIN_GUESS_WINDOW_MS + 1) })).toBe(true);
  });
});
