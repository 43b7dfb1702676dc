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

/**
 * A message to a worker: a job's start, or one of its batches, with a
 * buffer of an earlier reply given back (see `BatchRun.run`'s `take`).
 */
export type BatchTask<S> = { kind: "start"; call: number; start: S } | { kind: "batch"; call: number; index: number; range: BodyRange; spare?: ArrayBuffer };

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

/**
 * Buffers given back (see `BatchResults.giveBack`), by maker (the calling
 * thread first, then each worker), kept from one job of a pool to its next
 * until V8 next collects fully: a job that started without them touched a
 * few fresh run buffers on every thread, each call (printing a 2.4 MB
 * binary on two threads, 2-core Linux x86_64 VM, Node 20.20.2, 2026-12-07:
 * 8.5K -> 4.5K minor page faults per warm call, about 16 MB of memory
 * touched for the first time).
 */
const keptSpares = new Map<string, WeakRef<ArrayBuffer[][]>>();

/** Buffers a maker keeps between jobs: those of the runs it has out at once, a few. */
const KEPT_PER_MAKER = AHEAD + 2;

/** Makes a batch's result on the calling thread, into `spare` if it is given (see `BatchResults.giveBack`); undefined refuses it. */
export type HereBatch<R> = (range: BodyRange, index: number, spare: ArrayBuffer | undefined) => R | undefined;

/** A job whose workers have been sent its start. */
export interface BatchRun<R> {
  /**
   * The results of `ranges` in order, each made by a worker or by `here` on
   * the calling thread; undefined when one was refused or a worker stopped.
   */
  run(ranges: readonly BodyRange[], here: HereBatch<R>): R[] | undefined;
  /** The results of `ranges` one at a time, in order (see `BatchResults`). */
  inOrder(ranges: readonly BodyRange[], here: HereBatch<R>): BatchResults<R>;
}

/** Results taken in order as they are made, so that the caller uses each while the workers make the next ones. */
export interface BatchResults<R> {
  /**
   * Result `index` (0, 1, 2, ... in turn), once it is made: the calling
   * thread makes batches while it waits. Undefined when a batch was refused
   * or a worker stopped: the job is then over.
   */
  take(index: number): R | undefined;
  /**
   * A buffer of result `index` that the caller is done with: the thread that
   * made it gets it back to make a later result into, instead of touching
   * fresh memory for every batch.
   */
  giveBack(index: number, buffer: ArrayBuffer): void;
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
  const inOrder = (ranges: readonly BodyRange[], here: HereBatch<R>): BatchResults<R> => {
    const spares = keptSpares.get(key)?.deref() ?? [];
    keptSpares.set(key, new WeakRef(spares));
    const loop = new BatchLoop<R>(pool, workers, call, ranges, here, spares);
    return {
      take(index) {
        const result = loop.take(index);
        if (result !== "stopped") return result;
        pool.close();
        pools.delete(key);
        keptSpares.delete(key);
        return undefined;
      },
      giveBack: (index, buffer) => loop.giveBack(index, buffer),
    };
  };
  return {
    run(ranges, here) {
      const results = inOrder(ranges, here);
      const all: R[] = [];
      for (let i = 0; i < ranges.length; i++) {
        const result = results.take(i);
        if (result === undefined) return undefined;
        all.push(result);
      }
      return all;
    },
    inOrder,
  };
}

/** The calling thread's slot among the makers of results (workers are 0, 1, ...). */
const HERE = -1;

/** A maker's list of buffers given back: the calling thread's first. */
function spareSlot(maker: number): number {
  return maker + 1;
}

/**
 * Hands out a job's batches: each worker is kept `AHEAD` batches ahead,
 * and the calling thread, while it waits for a result, makes the next
 * batch whenever no reply is there.
 */
class BatchLoop<R> {
  private next = 0;
  /** Results made and not yet taken. */
  private readonly made = new Map<number, R>();
  /** Who made each result. */
  private readonly maker: number[] = [];

  constructor(
    private readonly pool: WorkerPool<BatchTask<unknown>, BatchReply<unknown>>,
    workers: number,
    private readonly call: number,
    private readonly ranges: readonly BodyRange[],
    private readonly here: HereBatch<R>,
    /** Buffers given back, by `spareSlot` of their maker, this job's and the pool's earlier jobs'. */
    private readonly spares: ArrayBuffer[][],
  ) {
    for (let slot = spares.length; slot <= spareSlot(workers - 1); slot++) spares.push([]);
    for (let w = 0; w < workers; w++) for (let k = 0; k < AHEAD; k++) this.send(w);
  }

  take(index: number): R | undefined | "stopped" {
    for (;;) {
      const result = this.made.get(index);
      if (result !== undefined) {
        this.made.delete(index);
        return result;
      }
      const step = this.step();
      if (step !== true) return step;
    }
  }

  giveBack(index: number, buffer: ArrayBuffer): void {
    const spares = this.spares[spareSlot(this.maker[index])];
    if (spares.length < KEPT_PER_MAKER) spares.push(buffer);
  }

  /** Takes a reply, or makes a batch here when none is there; true when a result came (or a reply of an earlier call was skipped). */
  private step(): true | undefined | "stopped" {
    const { pool, ranges } = this;
    let reply = pool.poll();
    if (reply === undefined && this.next < ranges.length) {
      const index = this.next++;
      this.maker[index] = HERE;
      const result = this.here(ranges[index], index, this.spares[spareSlot(HERE)].pop());
      // Batches still out with workers are answered into the next call, which ignores them.
      if (result === undefined) return undefined;
      this.made.set(index, result);
      return true;
    }
    // A worker that died without a word (out of memory, killed) is noticed within STALL_MS.
    while (reply === undefined) {
      reply = pool.next(STALL_MS);
      if (reply === undefined && pool.abandoned) return "stopped";
    }
    const { call: of, index, result } = reply.value;
    if (of !== this.call) return true;
    if (result === undefined) return undefined;
    this.made.set(index, result as R);
    this.send(reply.worker);
    return true;
  }

  private send(worker: number): void {
    if (this.next >= this.ranges.length) return;
    const index = this.next++;
    this.maker[index] = worker;
    const spare = this.spares[spareSlot(worker)].pop();
    this.pool.post(worker, { kind: "batch", call: this.call, index, range: this.ranges[index], spare }, spare === undefined ? [] : [spare]);
  }
}

/**
 * Inside a worker: `open` makes a job's state from its start (undefined
 * refuses every batch of the job), `batch` a batch's result and the buffers
 * to transfer with it (undefined refuses it; so does any exception), given
 * the buffer the caller gave back, if any.
 */
export function serveBatches<S, T, R>(
  open: (start: S) => T | undefined,
  batch: (state: T, range: BodyRange, spare: ArrayBuffer | undefined) => { result: R; transfer?: Transferable[] } | undefined,
): void {
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
      answer = task.call === call && state !== undefined ? batch(state, task.range, task.spare) : undefined;
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
