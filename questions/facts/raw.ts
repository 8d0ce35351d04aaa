import type { Fact } from "./types";

/** A fact before it is anchored: `s`/`e` are the answer's offsets within its sentence. */
export interface RawFact
  extends Omit<Fact, "id" | "answer" | "answerStart" | "answerEnd" | "sentence" | "start" | "end" | "sentenceIndex" | "context"> {
  s: number;
  e: number;
}
