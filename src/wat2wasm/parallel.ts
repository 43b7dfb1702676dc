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
 */
import { encode } from "../binary/encode.js";
import type { FeatureSpec } from "../module/feature-check.js";
import { type BodySlot, splitFuncBodies } from "../syntax/func-bodies.js";
import type { SourceText } from "../syntax/source-text.js";
import { WatError } from "../syntax/errors.js";
import { BodyConverter, type BodyBatch, type ConvertedBatch } from "./body-converter.js";
import type { WorkerReply, WorkerTask } from "./worker.js";
import { WorkerPool } from "./worker-pool.js";

/**
 * Characters of text below which no worker is used: starting one and
 * resolving the skeleton in it costs more than the bodies of a smaller
 * module take on one thread (see docs/design.md).
 */
export const MIN_PARALLEL_CHARS = 1 << 20;

/** Characters of body text per batch (half a MB): enough to pay for a message, few enough to share the work evenly. */
const BATCH_CHARS = 1 << 19;

/** Batches a worker is given ahead, so that it never waits for the next one. */
const AHEAD = 2;

let pool: WorkerPool<WorkerTask, WorkerReply> | undefined;
let calls = 0;

export interface ParallelOptions {
  names: boolean;
  /** Threads: the caller's and `jobs - 1` workers. */
  jobs: number;
  /** The features the module may use (checked per batch; a use outside them refuses the batch). */
  features?: FeatureSpec;
  /** Characters of body text per batch (tests make it small to split small modules). */
  batchChars?: number;
}

/**
 * The binary of `text` converted on several threads, or undefined when the
 * text does not split into at least two batches or a batch is refused: the
 * caller then converts it on one thread, which also reports its errors.
 */
export function wat2wasmParallel(text: SourceText, options: ParallelOptions): Uint8Array | undefined {
  const { names, jobs, features } = options;
  const split = splitFuncBodies(text);
  if (split === undefined) return undefined;
  const batches = batchesOf(split.bodies, options.batchChars ?? BATCH_CHARS);
  if (batches.length < 2) return undefined;
  const call = calls++;
  const workers = Math.min(jobs - 1, batches.length);
  pool ??= new WorkerPool(new URL("./worker.js", import.meta.url));
  pool.grow(workers);
  for (let w = 0; w < workers; w++) pool.post(w, { kind: "skeleton", call, skeleton: split.skeleton, names, features });
  const queue = new Queue(text, batches);
  for (let w = 0; w < workers; w++) for (let k = 0; k < AHEAD; k++) queue.send(pool, w, call);

  let main: BodyConverter | undefined;
  try {
    main = new BodyConverter(split.skeleton, names, features);
    if (main.funcFields !== split.funcFields || main.module.funcs.length !== split.bodies.length) main = undefined;
  } catch (error) {
    if (!(error instanceof WatError)) throw error;
  }
  const results: (ConvertedBatch | undefined)[] = [];
  let refused = main === undefined;
  if (refused) queue.cancel();
  while (queue.outstanding > 0 || (!refused && queue.waiting)) {
    const reply = pool.poll() ?? (queue.waiting && !refused ? undefined : pool.next());
    if (reply === undefined && !queue.waiting) {
      // A worker stopped: its batches are lost, and the pool goes with it.
      pool.close();
      pool = undefined;
      return undefined;
    }
    if (reply === undefined) {
      const batch = queue.take();
      const converted = main!.convert(queue.batch(batch));
      if (converted === undefined) refused = true;
      results[batch] = converted;
      continue;
    }
    const { call: of, batch, converted } = reply.value;
    if (of !== call) continue;
    queue.done();
    results[batch] = converted;
    if (converted === undefined) refused = true;
    if (refused) queue.cancel();
    else queue.send(pool, reply.worker, call);
  }
  if (refused || main === undefined) return undefined;
  const module = main.module;
  const converted = results as ConvertedBatch[];
  if (converted.some((c) => c.dataCount)) module.dataCount = true;
  return encode(module, { names, consume: true, bodies: converted });
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

/** A batch's bodies as `(func BODY)` fields, made only when the batch is handed out (the text is not held twice). */
function batchText(text: SourceText, slots: readonly BodySlot[]): BodyBatch {
  return { fields: slots.map((s) => s.field), text: slots.map((s) => "(func " + text.slice(s.start, s.end) + ")\n").join("") };
}

/** The batches not yet handed out, and how many are out with workers. */
class Queue {
  private next = 0;
  outstanding = 0;

  constructor(
    private readonly text: SourceText,
    private readonly batches: readonly BodySlot[][],
  ) {}

  batch(index: number): BodyBatch {
    return batchText(this.text, this.batches[index]);
  }

  get waiting(): boolean {
    return this.next < this.batches.length;
  }

  take(): number {
    return this.next++;
  }

  send(pool: WorkerPool<WorkerTask, WorkerReply>, worker: number, call: number): void {
    if (!this.waiting) return;
    const batch = this.take();
    pool.post(worker, { kind: "bodies", call, batch, bodies: this.batch(batch) });
    this.outstanding++;
  }

  done(): void {
    this.outstanding--;
  }

  /** Hands out nothing more. */
  cancel(): void {
    this.next = this.batches.length;
  }
}
