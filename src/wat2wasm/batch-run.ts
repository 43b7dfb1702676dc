/**
 * Batches of one job shared between the calling thread and workers, for
 * the conversions of a binary whose function bodies are read apart
 * (`wasm2wat` and `validate` on several threads). Each worker is sent the
 * job's start once (the binary, shared, and the options), then batches,
 * a few ahead; the calling thread takes a batch whenever no reply waits.
 *
 * A batch that any thread refuses, or a worker that stops, ends the run
 * without results: the caller then does the whole job on one thread, which
 * also reports its errors, so what it gives never depends on the split.
 */
import { parentPort, type Transferable } from "node:worker_threads";
import { defaultJobs, serveTasks, STALL_MS, WorkerPool } from "./worker-pool.js";

/** Consecutive defined functions [from, to). */
export interface BodyRange {
  from: number;
  to: number;
}

/** A message to a worker: a job's start, or one of its batches. */
export type BatchTask<S> = { kind: "start"; call: number; start: S } | { kind: "batch"; call: number; index: number; range: BodyRange };

/** A batch's result, or undefined when it was refused. */
export interface BatchReply<R> {
  call: number;
  index: number;
  result: R | undefined;
}

/** Batches a worker is given ahead, so that it never waits for the next one. */
const AHEAD = 2;

const pools = new Map<string, WorkerPool<BatchTask<unknown>, BatchReply<unknown>>>();
let calls = 0;

/** A job whose workers have been sent its start. */
export interface BatchRun<R> {
  /**
   * The results of `ranges` in order, each made by a worker or by `here` on
   * the calling thread; undefined when one was refused or a worker stopped.
   */
  run(ranges: readonly BodyRange[], here: (range: BodyRange) => R | undefined): R[] | undefined;
}

/**
 * Starts a job on `jobs - 1` workers running `script` (which calls
 * `serveBatches`), so that they read the binary while the caller does.
 */
export function startBatchRun<S, R>(script: URL, jobs: number, start: S): BatchRun<R> {
  const call = calls++;
  const workers = jobs - 1;
  const key = script.href;
  let pool = pools.get(key);
  if (pool === undefined) pools.set(key, (pool = new WorkerPool(script)));
  pool.grow(workers);
  for (let w = 0; w < workers; w++) pool.post(w, { kind: "start", call, start });
  return {
    run(ranges, here) {
      const results = runBatches(pool, workers, call, ranges, here);
      if (results === "stopped") {
        pool.close();
        pools.delete(key);
        return undefined;
      }
      return results as R[] | undefined;
    },
  };
}

function runBatches<R>(
  pool: WorkerPool<BatchTask<unknown>, BatchReply<unknown>>,
  workers: number,
  call: number,
  ranges: readonly BodyRange[],
  here: (range: BodyRange) => R | undefined,
): R[] | undefined | "stopped" {
  let next = 0;
  let outstanding = 0;
  const send = (worker: number): void => {
    if (next >= ranges.length) return;
    pool.post(worker, { kind: "batch", call, index: next, range: ranges[next] });
    next++;
    outstanding++;
  };
  for (let w = 0; w < workers; w++) for (let k = 0; k < AHEAD; k++) send(w);
  const results: R[] = [];
  while (outstanding > 0 || next < ranges.length) {
    let reply = pool.poll();
    if (reply === undefined && next < ranges.length) {
      const index = next++;
      const result = here(ranges[index]);
      // Batches still out with workers are answered into the next call, which ignores them.
      if (result === undefined) return undefined;
      results[index] = result;
      continue;
    }
    // A worker that died without a word (out of memory, killed) is noticed within STALL_MS.
    while (reply === undefined) {
      reply = pool.next(STALL_MS);
      if (reply === undefined && pool.abandoned) return "stopped";
    }
    const { call: of, index, result } = reply.value;
    if (of !== call) continue;
    outstanding--;
    if (result === undefined) return undefined;
    results[index] = result as R;
    send(reply.worker);
  }
  return results;
}

/**
 * Inside a worker: `open` makes a job's state from its start (undefined
 * refuses every batch of the job), `batch` a batch's result and the buffers
 * to transfer with it (undefined refuses it; so does any exception).
 */
export function serveBatches<S, T, R>(open: (start: S) => T | undefined, batch: (state: T, range: BodyRange) => { result: R; transfer?: Transferable[] } | undefined): void {
  if (parentPort === null) throw new Error("serveBatches runs in a worker thread");
  let call = -1;
  let state: T | undefined;
  serveTasks<BatchTask<S>, BatchReply<R>>((task) => {
    if (task.kind === "start") {
      call = task.call;
      state = undefined;
      try {
        state = open(task.start);
      } catch {
        // Every batch of this job is then refused: the caller redoes it on one thread, which reports the problem.
      }
      return undefined;
    }
    let answer: ReturnType<typeof batch>;
    try {
      answer = task.call === call && state !== undefined ? batch(state, task.range) : undefined;
    } catch {
      answer = undefined;
    }
    return { reply: { call: task.call, index: task.index, result: answer?.result }, transfer: answer?.transfer ?? [] };
  });
}

/**
 * Runs of consecutive bodies of about `batchBytes` each, from where the
 * decoder found them; fewer than two when the code is too small to share.
 */
export function bodyRanges(bodies: readonly { start: number; end: number }[], batchBytes: number): BodyRange[] {
  const ranges: BodyRange[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < bodies.length; i++) {
    size += bodies[i].end - bodies[i].start;
    if (size >= batchBytes) {
      ranges.push({ from, to: i + 1 });
      from = i + 1;
      size = 0;
    }
  }
  if (from < bodies.length) ranges.push({ from, to: bodies.length });
  return ranges;
}

/**
 * The threads to share an input of `size` between: at most `jobs`, and one
 * per `perThread`, below which a thread's start costs more than its share
 * could save. Without `jobs`, one per core once the input reaches
 * `byDefault`, where a second thread was measured to pay on 2 cores, and
 * the calling thread alone below it.
 */
export function threadsFor(size: number, jobs: number | undefined, perThread: number, byDefault: number): number {
  const wanted = jobs ?? (size >= byDefault ? defaultJobs() : 1);
  return Math.max(1, Math.min(wanted, Math.floor(size / perThread)));
}

/** The bytes in memory that workers share (a binary is sent to each without a copy per worker). */
export function sharedCopy(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}
