/**
 * Validation of a large binary on several threads: each thread decodes it
 * without its function bodies (`decodeDeferred`), then checks runs of
 * bodies as it reads them; the main thread, which takes runs too, checks
 * the module itself.
 *
 * Only a valid module is settled here: at the first problem (malformed
 * bytes, an invalid body, a feature outside the set) the caller validates
 * the binary on one thread, which reports every problem exactly as it
 * always does.
 */
import { decodeDeferred, type DeferredModule } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { CheckingSink } from "../binary/decode-features.js";
import type { Feature } from "../isa/instructions.js";
import { type FeatureSpec, featureProblems, restrictedSet } from "../module/feature-check.js";
import { moduleFeatureUses } from "../module/feature-uses.js";
import { type BodyRange, bodyRanges, sharedCopy, startBatchRun } from "../wat2wasm/batch-run.js";
import { BodyChecker, validateModule } from "./module.js";

/**
 * Bytes of binary below which no worker starts, and per worker started: a
 * worker decodes all but the bodies, and for a smaller binary that and
 * starting it cost more than its bodies take to check (measured, see
 * docs/design.md).
 */
export const MIN_SPLIT_BYTES = 1 << 20;

/**
 * Bytes of binary from which a call that does not give `jobs` validates on
 * every core: on 2 cores a second thread cost more than it saved on a
 * 34 MB binary, whose bodies one thread checks in about half the time of
 * the whole (see docs/design.md).
 */
export const DEFAULT_SPLIT_BYTES = 128 << 20;

/** Bytes of bodies per batch. */
const BATCH_BYTES = 1 << 19;

const WORKER = new URL("./worker.js", import.meta.url);

/** What each worker is started with. */
export interface SplitStart {
  bytes: Uint8Array;
  features?: FeatureSpec;
}

export interface SplitOptions {
  features?: FeatureSpec;
  proposals?: readonly Feature[];
  /** Threads: the caller's and `jobs - 1` workers (see `threadsFor`). */
  jobs: number;
  /** Bytes of bodies per batch (tests make it small to split small modules). */
  batchBytes?: number;
  /** The worker script (tests give one that fails). */
  worker?: URL;
}

/** A binary decoded without bodies whose runs of bodies are checked as they are read. */
export class BodyRuns {
  readonly deferred: DeferredModule;
  /** Whether a problem was found in the module or the bodies read so far. */
  failed = false;

  /**
   * Throws `WasmDecodeError` for a malformed binary. `bodiesOnly`: what is
   * outside the bodies is checked on another thread, so only the bodies'
   * uses of features are.
   */
  constructor(bytes: Uint8Array, features: FeatureSpec | undefined, { bodiesOnly = false } = {}) {
    const set = restrictedSet(features);
    const fail = (): void => {
      this.failed = true;
    };
    const checker = new BodyChecker(fail);
    if (set === undefined) {
      this.deferred = decodeDeferred(bytes, { names: false, code: checker });
      return;
    }
    const use = featureProblems(set, fail);
    this.deferred = decodeDeferred(bytes, { names: false, code: new CheckingSink(checker, use, set) });
    if (!bodiesOnly) moduleFeatureUses(this.deferred.module, use, { bodies: false });
  }

  /** Whether the bodies of the run are valid (throws `WasmDecodeError` for malformed ones). */
  check({ from, to }: BodyRange): boolean {
    const usesDataIndex = this.deferred.readBodies(from, to);
    for (let i = from; i < to; i++) this.deferred.module.funcs[i].body = [];
    return !this.failed && !(usesDataIndex && this.deferred.module.dataCount !== true);
  }
}

/**
 * Whether the binary is valid, found on several threads; undefined when it
 * may not be (or does not split): the caller then validates it on one
 * thread.
 */
export function validSplit(bytes: Uint8Array, options: SplitOptions): boolean | undefined {
  const workers = options.jobs - 1;
  if (workers < 1) return undefined;
  const run = startBatchRun<SplitStart, true>(options.worker ?? WORKER, workers + 1, { bytes: sharedCopy(bytes), features: options.features });
  let here: BodyRuns;
  try {
    here = new BodyRuns(bytes, options.features);
  } catch (error) {
    if (error instanceof WasmDecodeError) return undefined;
    throw error;
  }
  const module = here.deferred.module;
  validateModule(module, () => (here.failed = true), { bodiesChecked: true, proposals: options.proposals });
  if (here.failed) return undefined;
  const ranges = bodyRanges(here.deferred.layout.bodies, options.batchBytes ?? BATCH_BYTES);
  if (ranges.length < 2) return undefined;
  const results = run.run(ranges, (range) => {
    try {
      return here.check(range) ? true : undefined;
    } catch (error) {
      if (error instanceof WasmDecodeError) return undefined;
      throw error;
    }
  });
  return results === undefined ? undefined : true;
}
