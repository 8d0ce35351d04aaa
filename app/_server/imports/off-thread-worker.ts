// The worker thread's entry (started by off-thread.ts through tsx): runs one task per message, in
// the order they arrive, and answers with its result or the error's message.
import { parentPort } from "node:worker_threads";
import { OFF_THREAD_TASKS, type TaskReply, type TaskRequest } from "./off-thread-tasks";

const port = parentPort;
if (!port) throw new Error("off-thread-worker.ts runs only as a worker thread");

port.on("message", ({ id, task, args }: TaskRequest) => {
  let reply: TaskReply;
  try {
    const run = OFF_THREAD_TASKS[task] as (...args: unknown[]) => unknown;
    reply = { id, result: run(...args) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
