/**
 * Runs `checkInput` in a worker thread with a time limit per input, so a
 * hang or a crash of the process (out of memory) is a finding, not the end
 * of the run. The worker gets the main thread's default stack size, so a
 * stack overflow shows exactly where it would for a library user.
 */
import { Worker } from "node:worker_threads";
import type { CheckReport, FuzzInput } from "./check-input.js";

/** V8's default stack limit on a main thread, in MB (984 KB on 64-bit). */
const MAIN_THREAD_STACK_MB = 0.96;

export class Sandbox {
  private worker: Worker | undefined;
  private nextId = 0;

  constructor(private readonly timeoutMs: number) {}

  check(input: FuzzInput): Promise<CheckReport> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const done = (report: CheckReport): void => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        resolve(report);
      };
      const failed = (problem: string): void => {
        this.stop();
        done({ refused: [], findings: [{ stage: "worker", problem }], roundTrips: 0, exact: 0, valid: false });
      };
      const onMessage = (message: { id: number; report: CheckReport }): void => {
        if (message.id === id) done(message.report);
      };
      const onError = (error: Error): void => failed(`the worker died: ${error.name}: ${error.message}`);
      const onExit = (code: number): void => failed(`the worker exited with code ${code}`);
      const timer = setTimeout(() => failed(`no answer within ${this.timeoutMs} ms`), this.timeoutMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, input });
    });
  }

  close(): void {
    this.stop();
  }

  private start(): Worker {
    this.worker ??= new Worker(new URL("./worker.js", import.meta.url), {
      resourceLimits: { stackSizeMb: MAIN_THREAD_STACK_MB, maxOldGenerationSizeMb: 2048 },
    });
    return this.worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) {
      worker.removeAllListeners("exit");
      void worker.terminate();
    }
  }
}
