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
import { constants } from "node:buffer";
import { decodeDeferred, readsApart, type DecodedLayout, type InternalDecodeOptions } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { addSectionNotes, dropExactNotes } from "../binary/exact-notes.js";
import type { Module } from "../module/model.js";
import { raiseWithUnits, type RaisedUnit } from "../module/raise.js";
import { hasLinkingSection } from "../object/decode-object.js";
import { type PrintedFuncs, printSplicedStream, type PrintOptions, type Sink } from "../print/print.js";
import { keep, takeLarge, wholeString } from "../print/text-out.js";
import type { ModuleField } from "../syntax/ast.js";
import { type BatchRun, type BodyRange, bodyRanges, sharedCopy, startBatchRun } from "../wat2wasm/batch-run.js";
import { BodyPrinter, type BodyPrintOptions, type PrintedBatch } from "./body-printer.js";
import { GrowingBytes } from "./growing-bytes.js";
import { expectedText } from "./text-size.js";

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
 * On a 2-core Linux VM slow to touch fresh memory (2026-12-07, Node
 * 20.20.2, load 4-5, median of 3 processes of 2 passes each), a string of
 * the 18 MB binary took 5.5 s on one thread and 4.3 s on two; of the 14 MB
 * one, 4.9 and 5.1 s, with the calling thread's CPU 20-30% lower on two.
 */
export const DEFAULT_SPLIT_BYTES = 8 << 20;

/**
 * The same for a stream (`wasm2watStream`, `watkit print`): none, so a
 * stream keeps to one thread unless given `jobs`. A problem in any run
 * sends the binary to one thread, so no run can be written before all are
 * printed, and the split held the whole text (302 MB for the 14 MB Go
 * binary) where one thread writes each chunk from one reused buffer:
 * `watkit print` of the 14 and 18 MB binaries took 2.8 / 3.2 s on one
 * thread and 3.9 / 4.0 s on two (2026-12-07, 2-core Linux x86_64 VM,
 * Node 20.20.2, quiet machine, `bench/print-parallel.ts`).
 */
export const DEFAULT_STREAM_SPLIT_BYTES = Number.POSITIVE_INFINITY;

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
 * Nothing reaches `write` before every run is printed, as a problem in the
 * last one still sends the binary to one thread.
 */
export function wasm2watSplit(bytes: Uint8Array, options: SplitOptions, write: Sink): boolean {
  const split = startSplit(bytes, options);
  if (split === undefined) return false;
  const { module, ranges, raised } = split;
  const batches = split.run.run(ranges, (range) => split.printHere(range, undefined));
  if (batches === undefined || !addNotes(split, batches)) return false;
  const runs = function* (): Generator<Uint8Array> {
    for (const batch of batches) yield batch.text;
  };
  printSplicedStream(raised.header(), spliced(module, raised.units, ranges, runs()), split.print, write);
  return true;
}

/**
 * `wasm2watSplit` into a string; undefined when it does not split. The
 * module is printed in order as its runs come, each run's bytes copied
 * into the text as soon as the runs before it are there, while the workers
 * print the next ones, and its buffer given back to the thread that printed
 * it (see `BatchResults`). The text becomes a string once, from one buffer
 * that the next call may reuse (`TextOut`'s kept large buffer).
 */
export function wasm2watSplitText(bytes: Uint8Array, options: SplitOptions): string | undefined {
  const split = startSplit(bytes, options);
  if (split === undefined) return undefined;
  const { module, ranges, raised } = split;
  const results = split.run.inOrder(ranges, (range, _index, spare) => split.printHere(range, spare));
  const header = raised.header();
  const batches: PrintedBatch[] = [];
  const runs = function* (): Generator<Uint8Array> {
    for (let i = 0; i < ranges.length; i++) {
      const batch = results.take(i);
      if (batch === undefined) throw GIVEN_UP;
      yield batch.text;
      results.giveBack(i, batch.text.buffer as ArrayBuffer);
      batches.push(batch);
    }
    // Made after the fields before the functions are printed, which show no notes (the module's end shows them all), and before the rest.
    if (!addNotes(split, batches)) throw GIVEN_UP;
    header.exact = raised.header().exact;
  };
  const room = Math.min(expectedText(bytes), constants.MAX_STRING_LENGTH);
  const text = new GrowingBytes(takeLarge(room) ?? new Uint8Array(room));
  try {
    printSplicedStream(header, spliced(module, raised.units, ranges, runs()), split.print, (chunk) => text.add(chunk));
  } catch (error) {
    if (error === GIVEN_UP) return undefined;
    throw error;
  }
  const string = wholeString(text.bytes());
  keep(text.whole);
  return string;
}

/** Thrown through the printer when a run cannot be had. */
const GIVEN_UP = new Error("the split print is given up");

/** A job started: the module decoded without bodies, its runs, and its threads. */
interface Split {
  bytes: Uint8Array;
  module: Module;
  layout: DecodedLayout;
  ranges: readonly BodyRange[];
  run: BatchRun<PrintedBatch>;
  raised: ReturnType<typeof raiseWithUnits>;
  print: PrintOptions;
  options: BodyPrintOptions;
  /** Prints a run on the calling thread; undefined when a body is malformed. */
  printHere(range: BodyRange, spare: ArrayBuffer | undefined): PrintedBatch | undefined;
}

/** Starts the workers and decodes the module without bodies; undefined when it does not split. */
function startSplit(bytes: Uint8Array, options: SplitOptions): Split | undefined {
  const workers = options.jobs - 1;
  if (workers < 1 || hasLinkingSection(bytes)) return undefined;
  const print: BodyPrintOptions = { folded: options.folded, names: options.names, exact: options.exact, printWidth: options.printWidth };
  const run = startBatchRun<SplitStart, PrintedBatch>(options.worker ?? WORKER, workers + 1, { bytes: sharedCopy(bytes), options: print });
  const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
  let deferred;
  try {
    deferred = decodeDeferred(bytes, { ...splitDecodeOptions(print), layout });
  } catch (error) {
    if (error instanceof WasmDecodeError) return undefined;
    throw error;
  }
  const module = deferred.module;
  if (!readsApart(module, print.names)) return undefined;
  if (!print.exact) dropExactNotes(module);
  const ranges = bodyRanges(layout.bodies, options.batchBytes ?? BATCH_BYTES);
  if (ranges.length < 2) return undefined;
  const here = new BodyPrinter(bytes, deferred, print);
  return {
    bytes,
    module,
    layout,
    ranges,
    run,
    raised: raiseWithUnits(module, { folded: print.folded, names: print.names }, true),
    print: { folded: print.folded, names: print.names, printWidth: print.printWidth },
    options: print,
    printHere(range, spare) {
      try {
        return here.batch(range, spare);
      } catch (error) {
        if (error instanceof WasmDecodeError) return undefined;
        throw error;
      }
    },
  };
}

/** The sections' and functions' exact notes, from all runs; false when the module needs one thread (a data count section missing). */
function addNotes({ bytes, module, layout, ranges, options }: Split, batches: readonly PrintedBatch[]): boolean {
  const usesDataIndex = batches.some((b) => b.usesDataIndex);
  if (usesDataIndex && module.dataCount !== true) return false;
  if (!options.exact) return true;
  layout.usesDataIndex = usesDataIndex;
  addSectionNotes(bytes, module, layout);
  ranges.forEach((range, i) => {
    batches[i].notes!.forEach((note, k) => {
      if (note !== undefined) module.funcs[range.from + k].exact = note;
    });
  });
  return true;
}

/**
 * The module's fields, each run of printed functions in place of its
 * fields; `runs` gives the runs' texts in order, each when its place comes,
 * and is asked once more after the last one.
 */
function* spliced(
  module: Module,
  units: Iterable<{ unit: RaisedUnit; field: ModuleField }>,
  ranges: readonly BodyRange[],
  runs: Iterator<Uint8Array>,
): Generator<ModuleField | PrintedFuncs> {
  const runAt = new Map(ranges.map((range, i) => [module.funcs[range.from], i]));
  for (const { unit, field } of units) {
    if (field.kind !== "func") {
      yield field;
      continue;
    }
    const i = runAt.get(unit as Module["funcs"][number]);
    if (i === undefined) continue;
    yield { kind: "printed", chunks: [runs.next().value as Uint8Array], funcs: ranges[i].to - ranges[i].from };
    if (i === ranges.length - 1) runs.next();
  }
}
