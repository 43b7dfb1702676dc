/**
 * Binary to text on several threads. Every step after a module's header is
 * per function, so each thread decodes the binary without its function
 * bodies (`decodeDeferred`), then reads, notes and prints runs of bodies
 * (`body-printer.ts`); the main thread, which takes runs too, makes the
 * sections' exact notes and prints the module with the printed runs in
 * their place, so the text is the one thread's to the byte.
 *
 * Only what the split cannot reproduce stays on one thread: object files
 * (relocations point into bodies), feature checks (their messages need
 * each instruction's offset), branch hints and label names (sections that
 * land on instructions of every body). So does any problem: the caller then
 * converts the binary on one thread, which reports it.
 */
import { decodeDeferred, type DecodedLayout, type InternalDecodeOptions } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { addSectionNotes } from "../binary/exact-notes.js";
import type { Module } from "../module/model.js";
import { raiseWithUnits, type RaisedUnit } from "../module/raise.js";
import { hasLinkingSection } from "../object/decode-object.js";
import { type PrintedFuncs, printSplicedStream, type Sink } from "../print/print.js";
import type { ModuleField } from "../syntax/ast.js";
import { CODE_METADATA_PREFIX } from "../types/code-metadata.js";
import { type BodyRange, bodyRanges, sharedCopy, startBatchRun } from "../wat2wasm/batch-run.js";
import { BodyPrinter, type BodyPrintOptions, type PrintedBatch } from "./body-printer.js";

/**
 * Bytes of binary below which no worker starts, and per worker started:
 * a worker decodes the module's header, and for a smaller module that and
 * starting it cost more than the bodies take on one thread (measured, see
 * docs/design.md).
 */
export const MIN_SPLIT_BYTES = 1 << 19;

/**
 * Bytes of binary from which a call that does not give `jobs` prints on
 * every core: on 2 cores a second thread cost more than it saved on a
 * 2.4 MB binary and saved 15-20% on 14 and 18 MB ones (see docs/design.md).
 */
export const DEFAULT_SPLIT_BYTES = 8 << 20;

/** Bytes of bodies per batch: enough to pay for a message, few enough to share the work evenly. */
const BATCH_BYTES = 1 << 17;

const WORKER = new URL("./worker.js", import.meta.url);

/** What each worker is started with. */
export interface SplitStart {
  bytes: Uint8Array;
  options: BodyPrintOptions;
}

export interface SplitOptions extends BodyPrintOptions {
  /** Threads: the caller's and `jobs - 1` workers (see `threadsFor`). */
  jobs: number;
  /** Bytes of bodies per batch (tests make it small to split small modules). */
  batchBytes?: number;
  /** The worker script (tests give one that fails). */
  worker?: URL;
}

/** How every thread decodes the binary, as `wasm2wat` decodes it to print. */
export function splitDecodeOptions(options: BodyPrintOptions): InternalDecodeOptions {
  return { names: options.names, shareInstrs: true };
}

/**
 * Prints the module of `bytes` into `write` on several threads; false
 * (nothing written) when it does not split or a thread meets a problem:
 * the caller then prints it on one thread. Only for binaries printed with
 * no feature set and object files' sections lifted (`rawCustom` false).
 */
export function wasm2watSplit(bytes: Uint8Array, options: SplitOptions, write: Sink): boolean {
  const workers = options.jobs - 1;
  if (workers < 1 || hasLinkingSection(bytes)) return false;
  const print: BodyPrintOptions = { folded: options.folded, names: options.names, exact: options.exact, printWidth: options.printWidth };
  const run = startBatchRun<SplitStart, PrintedBatch>(options.worker ?? WORKER, workers + 1, { bytes: sharedCopy(bytes), options: print });
  const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
  let deferred;
  try {
    deferred = decodeDeferred(bytes, { ...splitDecodeOptions(print), layout });
  } catch (error) {
    if (error instanceof WasmDecodeError) return false;
    throw error;
  }
  const module = deferred.module;
  if (!readsApart(module, print.names)) return false;
  const ranges = bodyRanges(layout.bodies, options.batchBytes ?? BATCH_BYTES);
  if (ranges.length < 2) return false;
  const here = new BodyPrinter(bytes, deferred, print);
  const batches = run.run(ranges, (range) => {
    try {
      return here.batch(range);
    } catch (error) {
      if (error instanceof WasmDecodeError) return undefined;
      throw error;
    }
  });
  if (batches === undefined) return false;
  const usesDataIndex = batches.some((b) => b.usesDataIndex);
  if (usesDataIndex && module.dataCount !== true) return false;
  if (print.exact) {
    layout.usesDataIndex = usesDataIndex;
    addSectionNotes(bytes, module, layout);
    ranges.forEach((range, i) => {
      batches[i].notes!.forEach((note, k) => {
        if (note !== undefined) module.funcs[range.from + k].exact = note;
      });
    });
  }
  const { header, units } = raiseWithUnits(module, { folded: print.folded, names: print.names }, true);
  printSplicedStream(header, spliced(module, units, ranges, batches), { folded: print.folded, names: print.names, printWidth: print.printWidth }, write);
  return true;
}

/**
 * Whether the module read without bodies (`decodeDeferred`) is the one a
 * whole decode gives: sections of code metadata or a name section that
 * name labels do not apply to it (they stay raw custom sections).
 */
export function readsApart(module: Module, names: boolean): boolean {
  return !module.customs.some((c) => c.name.startsWith(CODE_METADATA_PREFIX) || (names && c.name === "name"));
}

/** The module's fields, each run of printed functions in place of its fields. */
function* spliced(
  module: Module,
  units: Iterable<{ unit: RaisedUnit; field: ModuleField }>,
  ranges: readonly BodyRange[],
  batches: readonly PrintedBatch[],
): Generator<ModuleField | PrintedFuncs> {
  const runAt = new Map(ranges.map((range, i) => [module.funcs[range.from], i]));
  for (const { unit, field } of units) {
    if (field.kind !== "func") {
      yield field;
      continue;
    }
    const i = runAt.get(unit as Module["funcs"][number]);
    if (i !== undefined) yield { kind: "printed", chunks: batches[i].chunks, funcs: ranges[i].to - ranges[i].from };
  }
}
