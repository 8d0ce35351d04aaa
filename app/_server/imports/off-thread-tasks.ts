// No "server-only" marker: this runs in the worker thread of off-thread.ts, outside Next.js.
// The CPU-heavy work that may run off the event loop: plain functions of the domain library whose
// arguments and results survive structured cloning (plain objects, arrays, Dates).
import { generateQuestions, type GenerateOptions } from "@/questions";
import { parseGift } from "@/questions/formats/gift";

export const OFF_THREAD_TASKS = {
  parseGift: (text: string) => parseGift(text),
  generateQuestions: (text: string, options?: GenerateOptions) => generateQuestions(text, options),
};

export type OffThreadTask = keyof typeof OFF_THREAD_TASKS;

export interface TaskRequest {
  id: number;
  task: OffThreadTask;
  args: unknown[];
}

export type TaskReply = { id: number; result: unknown } | { id: number; error: string };
