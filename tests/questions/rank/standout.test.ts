import { describe, expect, it } from "vitest";
import { keyStandsOut } from "@/questions/rank/standout";
import type { Question } from "@/questions/schema";

const mc = (answer: string, choices: string[]): Question =>
  ({ type: "multiple_choice", prompt: 'Fill in the blank: "_____ said the two drivers were hurt."', answer, choices }) as unknown as Question;
// What an article about a derailment in Velden province names, as answerIdentity writes it.
const shape = { mentions: new Map([["txt|velden", 4], ["txt|osk", 1]]) };

describe("keyStandsOut: the one option shaped like the key, or naming the story's place, gives it away", () => {
  it("flags a key alone in ending like a registered company name", () => {
    expect(keyStandsOut(mc("Brightmart Holding Corp.", ["Carrefour", "Tesco", "Brightmart Holding Corp.", "Home Depot"]), shape)).toBe(true);
    expect(keyStandsOut(mc("Brightmart Holding Corp.", ["Carrefour SA", "Tesco plc", "Brightmart Holding Corp.", "Home Depot Inc."]), shape)).toBe(false);
  });

  it("flags a key alone in holding a word the article names as a place or body", () => {
    expect(keyStandsOut(mc("Velden Rail", ["Indian Railways", "Velden Rail", "SNCF", "East Japan Railway"]), shape)).toBe(true);
    expect(keyStandsOut(mc("Velden Rail", ["Velden Metro", "Velden Rail", "Osk Rail", "Coast Rail"]), shape)).toBe(false);
    // A one-word key is what the options are compared as; a typed form or other options decide it.
    expect(keyStandsOut(mc("Velden", ["Osk", "Velden", "Tarn", "Brill"]), shape)).toBe(false);
  });

  it("reads only multiple-choice forms", () => {
    const typed = { type: "short_answer", prompt: 'Fill in the blank: "_____ said ..."', answer: "Velden Rail" } as unknown as Question;
    expect(keyStandsOut(typed, shape)).toBe(false);
  });
});
