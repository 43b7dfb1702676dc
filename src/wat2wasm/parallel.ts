/**
 * Text to binary on several threads. Every step after a module's header is
 * per function, so the text is split at its function bodies
 * (`syntax/func-bodies.ts`); each thread resolves the skeleton (the text
 * without the bodies) and then parses, resolves and encodes batches of
 * bodies in its scope; the main thread, which takes batches too, joins the
 * code entries in order into the module it resolved from the skeleton.
 *
 * Only the result is shared: a batch that any thread refuses (bad text, or
 * a body the split cannot handle, see `body-converter.ts`) makes the whole
 * text convert on one thread, so errors and output are those of `wat2wasm`
 * on one thread, to the byte and to the line and column.
 *
 * The main thread never waits on a worker longer than it would take itself
 * for the batch: past that, it converts the batch on its own, so
 * a worker that is slow to start, starved of a core, or dead (killed, out
 * of memory) costs at most the work it was given, never a hang.
 */
import { encode } from "../binary/encode.js";
import type { FeatureSpec } from "../module/feature-check.js";
import { type BodySlot, bodySkeleton, splitFuncBodies } from "../syntax/func-bodies.js";
import type { SourceText } from "../syntax/source-text.js";
import { WatError } from "../syntax/errors.js";
import { BodyConverter, type BodyBatch, type ConvertedBatch } from "./body-converter.js";
import type { WorkerReply, WorkerTask } from "./worker.js";
import { type Reply, WorkerPool } from "./worker-pool.js";

/**
 * Characters of text per thread, so that no worker is used below twice
 * that: starting one and resolving the skeleton in it costs more than the
 * bodies of a smaller module take on one thread (see docs/design.md).
 */
export const CHARS_PER_THREAD = 1 << 19;
export const MIN_PARALLEL_CHARS = 2 * CHARS_PER_THREAD;

/**
 * Characters of text from which a call that does not give `jobs` converts
 * on every core: on 2 cores a second thread did not pay on a 46 MB text
 * (its start and skeleton cost about what it saves, and it holds a heap of
 * its own) and took a fifth off the main thread's CPU on a 91 MB one for
 * 0.8 s more in all (see docs/design.md).
 */
export const DEFAULT_PARALLEL_CHARS = 128 << 20;

/** Characters of body text per batch (half a MB): enough to pay for a message, few enough to share the work evenly. */
const BATCH_CHARS = 1 << 19;

/** Batches a worker is given ahead, so that it never waits for the next one. */
const AHEAD = 2;

/** Batches a worker is given at the start, to keep it busy while the main thread resolves the skeleton. */
const FIRST_AHEAD = 4;

/**
 * A worker's heap limit: a base, and bytes per character of the text. A
 * worker holds the skeleton's syntax tree and module (measured: about 15
 * bytes per skeleton character, and the skeleton is a few % of the text),
 * and one batch at a time. A text whose skeleton needs more is converted
 * by the main thread when the worker runs out (see `Run`).
 */
const WORKER_HEAP_MB = 64;
const WORKER_HEAP_PER_CHAR = 1;

/**
 * A worker's young generation: a power of two from 2 to 16 MB, one MB per
 * 16 MB of text. What a batch reads straight from its text dies young, so
 * on a text of tens of MB a small one only keeps the process's peak RSS
 * down (46 MB text: V8's default, up to 3 x 16 MB, took 47 MB more than 2
 * MB, and 8 MB 7 MB more, at the same CPU time). A batch whose bodies are
 * parsed holds their syntax tree to its end, though, and what a small one
 * promotes costs full collections over the skeleton's model, which grows
 * with the text (354 MB DuckDB text, mostly parsed: the worker collected
 * for 14 s with 2 MB, 8.6 s with 8 MB, 6 s with 16 MB).
 */
const WORKER_YOUNG = { minMb: 2, maxMb: 16, charsPerMb: 16 << 20 };


/** The least the main thread waits for a worker's batch before converting it itself. */
const MIN_PATIENCE_MS = 20;

export type ConversionPool = WorkerPool<WorkerTask, WorkerReply>;

let shared: ConversionPool | undefined;
let calls = 0;

export interface ParallelOptions {
  names: boolean;
  /** Threads: the caller's and `jobs - 1` workers. */
  jobs: number;
  /** The features the module may use (checked per batch; a use outside them refuses the batch). */
  features?: FeatureSpec;
  /** Characters of body text per batch (tests make it small to split small modules). */
  batchChars?: number;
  /** The workers to use instead of the shared ones (tests give workers that die). */
  pool?: ConversionPool;
}

/** Where each batch is. */
const enum State {
  Waiting,
  Out,
  Done,
}

/**
 * The binary of `text` converted on several threads, or undefined when the
 * text does not split into at least two batches or a batch is refused: the
 * caller then converts it on one thread, which also reports its errors.
 */
export function wat2wasmParallel(text: SourceText, options: ParallelOptions): Uint8Array | undefined {
  const { names, jobs, features } = options;
  const batchChars = options.batchChars ?? BATCH_CHARS;
  const pool = options.pool ?? sharedPool(text.length);
  // Started before the split, so that a worker's start-up overlaps it.
  pool.grow(Math.min(jobs - 1, Math.ceil(text.length / batchChars)));
  const split = splitFuncBodies(text);
  if (split === undefined) return undefined;
  const batches = batchesOf(split.bodies, batchChars);
  if (batches.length < 2) return undefined;
  const call = calls++;
  pool.epoch = call;
  const workers = Math.min(jobs - 1, batches.length - 1);
  const forBodies = bodySkeleton(text, split);
  for (let w = 0; w < workers; w++) pool.post(w, { kind: "skeleton", call, skeleton: forBodies, names, features });
  const run = new Run(text, batches, pool, call);
  const first = Math.max(1, Math.min(FIRST_AHEAD, Math.floor(batches.length / (workers + 1))));
  for (let w = 0; w < workers; w++) for (let k = 0; k < first; k++) run.send(w);

  const main = mainConverter(split.skeleton, names, features);
  const fits = main !== undefined && main.funcFields === split.funcFields && main.module.funcs.length === split.bodies.length;
  const converted = fits ? run.finish(main) : undefined;
  // What the workers still hold of this call is not wanted any more.
  pool.epoch = -1;
  if (converted === undefined) return undefined;
  if (run.abandoned) {
    // The next call starts afresh rather than wait on a worker that may be dead.
    if (pool === shared) closeShared();
    else pool.close();
  }
  const module = main!.module;
  if (converted.some((c) => c.dataCount)) module.dataCount = true;
  return encode(module, { names, consume: true, bodies: converted });
}

/**
 * The shared workers, with heap limits that fit a text of `chars`
 * characters (started afresh when the last ones stopped or have too small
 * limits). The limit makes a worker collect its garbage well before V8's own
 * heuristics would, which let a heap grow to several times what it holds.
 */
function sharedPool(chars: number): ConversionPool {
  // A power of two, so that texts of growing sizes do not restart the workers each time.
  const heapMb = 2 ** Math.ceil(Math.log2(WORKER_HEAP_MB + (chars * WORKER_HEAP_PER_CHAR) / (1 << 20)));
  const youngMb = Math.min(WORKER_YOUNG.maxMb, Math.max(WORKER_YOUNG.minMb, 2 ** Math.round(Math.log2(chars / WORKER_YOUNG.charsPerMb))));
  const limit = shared?.resourceLimits?.maxOldGenerationSizeMb ?? 0;
  const young = shared?.resourceLimits?.maxYoungGenerationSizeMb ?? 0;
  if (shared?.stopped === true || limit < heapMb || young < youngMb) closeShared();
  return (shared ??= new WorkerPool(new URL("./worker.js", import.meta.url), {
    maxOldGenerationSizeMb: Math.max(heapMb, limit),
    maxYoungGenerationSizeMb: Math.max(youngMb, young),
  }));
}

function closeShared(): void {
  shared?.close();
  shared = undefined;
}

function mainConverter(skeleton: string, names: boolean, features: FeatureSpec | undefined): BodyConverter | undefined {
  try {
    return new BodyConverter(skeleton, names, features);
  } catch (error) {
    if (error instanceof WatError) return undefined;
    throw error;
  }
}

/** Runs of consecutive bodies, each about `batchChars` of text. */
function batchesOf(bodies: readonly BodySlot[], batchChars: number): BodySlot[][] {
  const batches: BodySlot[][] = [];
  let batch: BodySlot[] = [];
  let size = 0;
  for (const body of bodies) {
    batch.push(body);
    size += body.end - body.start;
    if (size >= batchChars) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function charsOf(slots: readonly BodySlot[]): number {
  let chars = 0;
  for (const s of slots) chars += s.end - s.start;
  return Math.max(1, chars);
}

/**
 * A batch's bodies for a worker, made only when the batch is handed out: slices
 * of the text, which are posted without a copy on this thread's heap.
 */
function batchBodies(text: SourceText, slots: readonly BodySlot[]): BodyBatch {
  return { fields: slots.map((s) => s.field), bodies: slots.map((s) => text.slice(s.start, s.end)) };
}

/** One call's batches: handed out in order, converted by whichever thread gets to each first. */
class Run {
  private readonly state: Uint8Array;
  private readonly results: ConvertedBatch[] = [];
  private next = 0;
  private done = 0;
  /** The longest the main thread took for a character of a batch. */
  private slowestMsPerChar = 0;
  /** Per worker: batches handed to it, and its replies, in this call (to keep `AHEAD` out). */
  private readonly sent: number[] = [];
  private readonly answered: number[] = [];

  constructor(
    private readonly text: SourceText,
    private readonly batches: readonly BodySlot[][],
    private readonly pool: ConversionPool,
    private readonly call: number,
  ) {
    this.state = new Uint8Array(batches.length);
  }

  /** Hands the next batch, if any, to `worker`. */
  send(worker: number): void {
    if (this.next === this.batches.length) return;
    const batch = this.next++;
    this.state[batch] = State.Out;
    this.sent[worker] = (this.sent[worker] ?? 0) + 1;
    this.pool.post(worker, { kind: "bodies", call: this.call, batch, bodies: batchBodies(this.text, this.batches[batch]) });
  }

  /** Every batch's entries in order, or undefined once one is refused. */
  finish(main: BodyConverter): ConvertedBatch[] | undefined {
    while (this.done < this.batches.length) {
      const reply = this.pool.poll();
      if (reply !== undefined) {
        if (!this.take(reply)) return undefined;
      } else if (this.next < this.batches.length) {
        if (!this.convert(main, this.next++)) return undefined;
      } else {
        const late = this.pool.next(this.patienceMs(this.lastOut()));
        if (late !== undefined) {
          if (!this.take(late)) return undefined;
        } else if (!this.convert(main, this.lastOut())) {
          return undefined;
        }
      }
    }
    return this.results;
  }

  /** Whether a worker may be dead (`WorkerPool.abandoned`). */
  get abandoned(): boolean {
    return this.pool.abandoned;
  }

  /** Records a worker's reply (false when it refused its batch) and hands that worker another batch. */
  private take(reply: Reply<WorkerReply>): boolean {
    const { call, batch, converted } = reply.value;
    if (call !== this.call) return true;
    this.answered[reply.worker] = (this.answered[reply.worker] ?? 0) + 1;
    if (this.state[batch] === State.Done) return true;
    if (converted === undefined) return false;
    this.record(batch, converted);
    if (this.sent[reply.worker] - this.answered[reply.worker] < AHEAD) this.send(reply.worker);
    return true;
  }

  private convert(main: BodyConverter, batch: number): boolean {
    const start = performance.now();
    const converted = main.convertSlots(this.text, this.batches[batch]);
    this.slowestMsPerChar = Math.max(this.slowestMsPerChar, (performance.now() - start) / charsOf(this.batches[batch]));
    if (converted === undefined) return false;
    this.record(batch, converted);
    return true;
  }

  private record(batch: number, converted: ConvertedBatch): void {
    this.state[batch] = State.Done;
    this.results[batch] = converted;
    this.done++;
  }

  /** How long the main thread would take for `batch`: what it waits for a worker before converting the batch itself. */
  private patienceMs(batch: number): number {
    return Math.max(MIN_PATIENCE_MS, this.slowestMsPerChar * charsOf(this.batches[batch]));
  }

  /** The last batch handed out that no worker has answered: the one its worker is least likely to be converting. */
  private lastOut(): number {
    return this.state.lastIndexOf(State.Out);
  }
}
