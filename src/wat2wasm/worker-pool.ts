/**
 * Worker threads that a synchronous function can use. Tasks go out as
 * messages; the caller blocks on a shared counter (`Atomics.wait`) until a
 * worker has replied and takes the reply with `receiveMessageOnPort`, so
 * the function needs no event loop turn and stays synchronous.
 *
 * Workers outlive a call (starting one costs more than most conversions)
 * and do not keep the process alive.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, parentPort, receiveMessageOnPort, type ResourceLimits, type Transferable, Worker, workerData } from "node:worker_threads";

/** What a worker is started with. */
interface WorkerData {
  port: MessagePort;
  /**
   * [0] counts replies, bumped after each one so that a waiting caller wakes
   * up; [1] is set when a worker stops; [2] is the caller's epoch (see
   * `WorkerPool.epoch`); [3 + slot] counts the tasks worker `slot` has
   * handled (its sign of life).
   */
  signal: Int32Array;
  slot: number;
}

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  /** Tasks posted to it. */
  posted: number;
  /** Its handled count when last looked at, and when that was (or when it was last given work while idle). */
  handled: number;
  progressAt: number;
}

/** Workers a pool holds at most (the slots of the shared counters), and the first slot. */
const MAX_WORKERS = 256;
const FIRST_SLOT = 3;
const EPOCH = 2;

/** A reply and the worker that sent it. */
export interface Reply<R> {
  worker: number;
  value: R;
}

/** The threads a conversion may use by default: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * How long a worker may hold tasks without handling one before it is taken
 * for dead and the workers are started afresh: far longer than a batch
 * takes, even on a loaded machine (a live worker wrongly taken for dead
 * costs only a start-up).
 */
export const STALL_MS = 5000;

export class WorkerPool<T, R> {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4 * (FIRST_SLOT + MAX_WORKERS)));
  private readonly workers: PoolWorker[] = [];

  constructor(
    private readonly script: URL,
    readonly resourceLimits?: ResourceLimits,
  ) {}

  /** Starts workers until there are `count`. */
  grow(count: number): void {
    while (this.workers.length < Math.min(count, MAX_WORKERS)) {
      const { port1, port2 } = new MessageChannel();
      const slot = this.workers.length;
      Atomics.store(this.signal, FIRST_SLOT + slot, 0);
      const data: WorkerData = { port: port2, signal: this.signal, slot };
      const worker = new Worker(this.script, { workerData: data, transferList: [port2], resourceLimits: this.resourceLimits });
      // A worker that fails (out of memory, say) only stops answering, which the caller handles; unheard, the error would end the process.
      const stopped = (): void => this.markStopped(worker);
      worker.on("error", stopped);
      worker.on("exit", stopped);
      worker.unref();
      port1.unref();
      this.workers.push({ worker, port: port1, posted: 0, handled: 0, progressAt: performance.now() });
    }
  }

  /** Sends `task` to worker `worker`, moving the buffers in `transfer` to it. */
  post(worker: number, task: T, transfer: readonly Transferable[] = []): void {
    const w = this.workers[worker];
    if (this.silentMs(worker) === 0) w.progressAt = performance.now();
    w.posted++;
    w.port.postMessage(task, transfer);
  }

  /**
   * How long worker `worker` has had tasks without handling any, as far as
   * the caller has looked (0 when it has none left): a worker killed
   * without exiting, or stuck, says nothing else.
   */
  silentMs(worker: number): number {
    const w = this.workers[worker];
    const handled = Atomics.load(this.signal, FIRST_SLOT + worker);
    const now = performance.now();
    if (handled !== w.handled) {
      w.handled = handled;
      w.progressAt = now;
    }
    return handled === w.posted ? 0 : now - w.progressAt;
  }

  /**
   * A number the workers can read at any time (`serveTasks`'s `epoch`):
   * the caller's current call, so that a worker skips the tasks of a call
   * that is over instead of working through them.
   */
  set epoch(value: number) {
    Atomics.store(this.signal, EPOCH, value);
  }

  get size(): number {
    return this.workers.length;
  }

  /** A reply already there, if any. */
  poll(): Reply<R> | undefined {
    for (let i = 0; i < this.workers.length; i++) {
      const message = receiveMessageOnPort(this.workers[i].port);
      if (message !== undefined) return { worker: i, value: message.message as R };
    }
    return undefined;
  }

  /** The next reply, waiting for it at most `timeoutMs`; undefined when none came or a worker has stopped (its replies would never come). */
  next(timeoutMs = Infinity): Reply<R> | undefined {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const reply = this.poll();
      if (reply !== undefined) return reply;
      const left = deadline - performance.now();
      if (this.stopped || left <= 0) return undefined;
      Atomics.wait(this.signal, 0, seen, left);
    }
  }

  /** Whether a worker may be dead: it stopped, or it has had tasks without a sign of life for `STALL_MS`. */
  get abandoned(): boolean {
    if (this.stopped) return true;
    for (let w = 0; w < this.workers.length; w++) if (this.silentMs(w) > STALL_MS) return true;
    return false;
  }

  /** Whether a worker has stopped: it said so as it exited, or the caller heard of it between calls (not while it waits: see `silentMs`). */
  get stopped(): boolean {
    return Atomics.load(this.signal, 1) !== 0;
  }

  private markStopped(worker: Worker): void {
    if (this.workers.some((w) => w.worker === worker)) Atomics.store(this.signal, 1, 1);
  }

  /** Stops every worker (after one has stopped on its own, the pool is not used again). */
  close(): void {
    for (const { worker } of this.workers) void worker.terminate();
    this.workers.length = 0;
  }
}

/** Inside a worker: answers each task with `handle`'s reply (and the buffers to transfer with it); `epoch` reads the caller's `WorkerPool.epoch`. */
export function serveTasks<T, R>(handle: (task: T, epoch: () => number) => { reply: R; transfer?: Transferable[] } | undefined): void {
  if (parentPort === null) throw new Error("serveTasks runs in a worker thread");
  const { port, signal, slot } = workerData as WorkerData;
  process.on("exit", () => {
    Atomics.store(signal, 1, 1);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  port.on("message", (task: T) => {
    const answer = handle(task, () => Atomics.load(signal, EPOCH));
    Atomics.add(signal, FIRST_SLOT + slot, 1);
    if (answer === undefined) return;
    port.postMessage(answer.reply, answer.transfer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
