// One question as a live game asks it: the options in the one order the projector and every phone
// show (drawn with the server's layout key, so the stored order, which may give the key away, is
// never shown), how a phone answers it, and turning a phone's answer into what the quiz grader
// takes. The key stays in `question`: builders of phone messages may read only the other fields.
import type { LearnerResponse, Question, QuestionType } from "@/questions/schema";
import { gradeResponse } from "@/questions/grade";
import { keyedShuffle } from "../attempts/shuffle";
import { layoutKey } from "../attempts/layout-key";
import { answerInputFor, type AnswerInput, type LiveAnswerInput } from "./rules";

export interface LiveQuestion {
  id: string;
  version: number;
  /** The quiz's marks for it (the attempt's points). */
  points: number;
  type: QuestionType;
  prompt: string;
  input: AnswerInput;
  /** The options as shown, or null for typed answers. */
  options: string[] | null;
  /** The whole question, key included: server only. */
  question: Question;
}

export const TRUE_FALSE_OPTIONS = ["True", "False"];

export function toLiveQuestion(gameId: string, row: { id: string; version: number; points: number; question: Question }): LiveQuestion | null {
  const q = row.question;
  const input = answerInputFor(q.type);
  if (!input) return null;
  const options =
    q.type === "true_false" ? TRUE_FALSE_OPTIONS : input === "choice" || input === "choices" ? keyedShuffle(q.choices ?? [], layoutKey(), `live:${gameId}:${row.id}`) : null;
  return { id: row.id, version: row.version, points: row.points, type: q.type, prompt: q.prompt, input, options, question: q };
}

export class BadLiveAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadLiveAnswerError";
  }
}

/** What the grader takes for a phone's answer, or a BadLiveAnswerError saying what was wrong. */
export function toLearnerResponse(q: LiveQuestion, answer: LiveAnswerInput): LearnerResponse {
  const option = (i: number) => {
    const text = q.options?.[i];
    if (text === undefined) throw new BadLiveAnswerError("That option is not one of this question's.");
    return text;
  };
  if (q.input === "choice") {
    if (!("choice" in answer)) throw new BadLiveAnswerError("Choose one option.");
    const text = option(answer.choice);
    return q.type === "true_false" ? text === "True" : text;
  }
  if (q.input === "choices") {
    if (!("choices" in answer)) throw new BadLiveAnswerError("Choose one or more options.");
    return [...new Set(answer.choices)].sort((a, b) => a - b).map(option);
  }
  if (!("text" in answer)) throw new BadLiveAnswerError(q.input === "number" ? "Type a number." : "Type your answer.");
  const text = answer.text.trim();
  if (!text) throw new BadLiveAnswerError(q.input === "number" ? "Type a number." : "Type your answer.");
  return text;
}

export function gradeLive(q: LiveQuestion, response: LearnerResponse): { fraction: number; correct: boolean } {
  return gradeResponse(q.question, response);
}

/** The indexes of the options a stored response picked (for the distribution), none for typed answers. */
export function pickedOptions(q: LiveQuestion, response: LearnerResponse): number[] {
  if (!q.options) return [];
  const texts = typeof response === "boolean" ? [response ? "True" : "False"] : typeof response === "string" ? [response] : Array.isArray(response) ? response : [];
  return texts.map((t) => q.options!.indexOf(t)).filter((i) => i >= 0);
}

/** Whether option `i` is (one of) the right one(s). Only for messages sent after the question closed. */
export function isCorrectOption(q: LiveQuestion, i: number): boolean {
  const text = q.options?.[i];
  if (text === undefined) return false;
  const key = q.question.answer;
  if (q.type === "true_false") return (text === "True") === key;
  return Array.isArray(key) ? (key as unknown[]).includes(text) : key === text;
}

/** The right answer in words. Only for messages sent after the question closed. */
export function correctAnswerText(q: LiveQuestion): string {
  const key = q.question.answer;
  if (typeof key === "boolean") return key ? "True" : "False";
  if (typeof key === "number") return q.question.tolerance ? `${key} (± ${q.question.tolerance})` : String(key);
  if (Array.isArray(key)) return key.map((k) => (typeof k === "string" ? k : `${k.left} → ${k.right}`)).join(", ");
  return key;
}
