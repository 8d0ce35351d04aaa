// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
// CPU-heavy work on large inputs (a GIFT file of megabytes, a long article through the generator)
// runs in a worker thread, so that one teacher's import does not hold up every other request: a
// 2 MB GIFT file once froze the server for 13 s (issue 12). One worker, started on first use and
// kept; tasks queue in it. A task still running after its time budget is stopped with its worker.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { GenerateOptions, GenerateResult } from "@/questions";
import type { GiftParseResult } from "@/questions/formats/gift";
import { OFF_THREAD_TASKS, type OffThreadTask, type TaskReply } from "./off-thread-tasks";
import { getLogger } from "../http/log";

/**
 * Inputs at least this long go to the worker. A news article or a small GIFT file takes tens of
 * milliseconds here, less than starting the worker; past this size the generator holds the thread
 * for hundreds of milliseconds and more (1.4 s for 200,000 characters).
 */
export const OFF_THREAD_MIN_CHARS = 20_000;
/** Inputs are bounded (GIFT 5 MB, articles 200,000 characters), so a task this slow is broken. */
export const OFF_THREAD_BUDGET_MS = 60_000;

export class TimeBudgetError extends Error {
  constructor(task: string, ms: number) {
    super(`${task} took longer than ${Math.round(ms / 1000)} s and was stopped`);
    this.name = "TimeBudgetError";
  }
}

type Task = typeof OFF_THREAD_TASKS;
interface Job {
  task: OffThreadTask;
  args: unknown[];
  budgetMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
const jobs = new Map<number, Job>();
let nextId = 1;

/**
 * The worker runs our TypeScript through tsx, as server.ts does, from the project's directory (the
 * server's working directory; Next's bundle has no path of its own to offer). Without the file
 * (a trimmed deployment) tasks run inline, as they did before.
 */
function workerSource(): string | null {
  const root = process.cwd();
  const entry = path.join(root, "app/_server/imports/off-thread-worker.ts");
  if (!existsSync(entry)) return null;
  // An eval'd worker resolves packages from the working directory: tsx's hooks are registered,
  // then the entry is imported.
  return `import("tsx/esm/api")
    .then(({ register }) => register({ tsconfig: ${JSON.stringify(path.join(root, "tsconfig.json"))} }))
    .then(() => import(${JSON.stringify(pathToFileURL(entry).href)}));`;
}

function startWorker(source: string): Worker {
  const started = new Worker(source, { eval: true });
  started.on("message", (reply: TaskReply) => {
    const job = jobs.get(reply.id);
    if (!job) return;
    settle(reply.id);
    if ("error" in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.result);
  });
  const fail = (error: Error) => {
    if (worker !== started) return;
    worker = null;
    for (const id of [...jobs.keys()]) {
      const job = jobs.get(id)!;
      settle(id);
      job.reject(error);
    }
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`the worker thread stopped (exit code ${code})`)));
  started.unref(); // an idle worker never keeps the process alive (see settle)
  return started;
}

function settle(id: number): void {
  const job = jobs.get(id);
  if (!job) return;
  clearTimeout(job.timer);
  jobs.delete(id);
  if (jobs.size === 0) worker?.unref();
}

/** Runs a task in the worker thread; inline if there is no worker to be had. */
export function runOffThread<K extends OffThreadTask>(task: K, args: Parameters<Task[K]>, { budgetMs = OFF_THREAD_BUDGET_MS } = {}): Promise<ReturnType<Task[K]>> {
  if (!worker) {
    const source = workerSource();
    if (!source) {
      getLogger().warn({ task }, "no worker thread entry: running inline");
      return Promise.resolve((OFF_THREAD_TASKS[task] as (...a: unknown[]) => ReturnType<Task[K]>)(...args));
    }
    worker = startWorker(source);
  }
  const running = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // The stuck task cannot be interrupted: the worker goes, and the tasks queued behind it
      // start again in a new one.
      const queued = [...jobs.entries()].filter(([other]) => other !== id);
      settle(id);
      for (const [other] of queued) jobs.delete(other);
      worker = null;
      void running.terminate();
      reject(new TimeBudgetError(task, budgetMs));
      for (const [, job] of queued) {
        clearTimeout(job.timer);
        runOffThread(job.task, job.args as never, { budgetMs: job.budgetMs }).then(job.resolve, job.reject);
      }
    }, budgetMs);
    timer.unref();
    jobs.set(id, { task, args, budgetMs, resolve: resolve as (value: unknown) => void, reject, timer });
    running.ref(); // a task in flight keeps a script (the seed, the CLI) waiting for it
    running.postMessage({ id, task, args });
  });
}

/** Stops the worker (tasks in flight fail); the next task starts a new one. For tests and shutdown. */
export async function stopOffThreadWorker(): Promise<void> {
  const running = worker;
  if (running) await running.terminate();
}

/** parseGift, in the worker thread for a large file. */
export async function parseGiftOffThread(text: string): Promise<GiftParseResult> {
  return text.length >= OFF_THREAD_MIN_CHARS ? runOffThread("parseGift", [text]) : OFF_THREAD_TASKS.parseGift(text);
}

/** generateQuestions, in the worker thread for a long text. */
export async function generateQuestionsOffThread(text: string, options?: GenerateOptions): Promise<GenerateResult> {
  return text.length >= OFF_THREAD_MIN_CHARS ? runOffThread("generateQuestions", [text, options]) : OFF_THREAD_TASKS.generateQuestions(text, options);
}
