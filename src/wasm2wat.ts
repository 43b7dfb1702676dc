/**
 * Binary to text: decode, raise, print. The text re-encodes (`wat2wasm`) to
 * the same bytes: names, custom sections and their places included, and,
 * through `(@watkit.exact ...)` annotations, encoding details such as padded
 * LEB128 numbers that the text format has no words for.
 */
import { decode, type DecodedLayout } from "./binary/decode.js";
import { addExactNotes, dropExactNotes } from "./binary/exact-notes.js";
import type { FeatureOptions } from "./module/feature-check.js";
import type { Module } from "./module/model.js";
import { type InternalPrintOptions, print, printStream, type Sink } from "./print/print.js";
import { printByRuns } from "./wasm2wat/runs.js";
import { expectedText } from "./wasm2wat/text-size.js";
import { DEFAULT_SPLIT_BYTES, DEFAULT_STREAM_SPLIT_BYTES, MIN_SPLIT_BYTES, type SplitOptions, wasm2watSplit, wasm2watSplitText } from "./wasm2wat/split.js";
import { threadsFor } from "./wat2wasm/batch-run.js";

export interface Wasm2WatOptions extends FeatureOptions {
  /** Fold instructions into expressions (default false: one instruction per line). */
  folded?: boolean;
  /**
   * Write the name section's names as `$ids` (default true). With false the
   * entities are referred to by index and the name section is kept as a
   * `(@custom "name" ...)` annotation, so the bytes still round-trip.
   */
  names?: boolean;
  /**
   * Note where the binary's encoding differs from the canonical one, so the
   * text re-encodes to the identical bytes (default true). With false the
   * text re-encodes canonically (same module, possibly different bytes).
   */
  exact?: boolean;
  /** Break lines wider than this where `format` breaks them (default 80). */
  printWidth?: number;
  /**
   * Print an object file's linking and reloc.* sections as raw
   * `(@custom ...)` bytes (default false: as `(@linking ...)`, `(@reloc ...)`
   * annotations, see docs/objects.md), for tools that read only those.
   */
  rawCustom?: boolean;
  /**
   * Threads to decode and print a large binary's function bodies on
   * (default: one per core for a binary of 8 MB or more, else the calling
   * thread alone; `wasm2watStream`, the calling thread alone; see
   * docs/design.md). The text is the same.
   */
  jobs?: number;
}

/** Options for tests: `InternalPrintOptions.nodeBodies` (one thread only); for the CLI: `InternalPrintOptions.lendChunks` and `droppedOnError`. */
export interface InternalWasm2WatOptions extends Wasm2WatOptions {
  nodeBodies?: boolean;
  lendChunks?: boolean;
  /**
   * For `wasm2watStream`: the caller drops what was written when the call
   * throws (the CLI's output file, written to a temporary one), so a large
   * module's bodies may be read a run at a time as for the string, whose
   * problems show only once part of the text is out.
   */
  droppedOnError?: boolean;
}

export function wasm2wat(bytes: Uint8Array, options: InternalWasm2WatOptions = {}): string {
  const split = splitOptions(bytes, options, DEFAULT_SPLIT_BYTES);
  const text = split === undefined ? undefined : wasm2watSplitText(bytes, split);
  if (text !== undefined) return text;
  const oneThread = printOptions(options, expectedText(bytes));
  if (byRuns(bytes, options)) {
    const whole = printByRuns(bytes, { ...oneThread, exact: options.exact !== false });
    if (whole !== undefined) return whole;
  }
  return print(decodeForText(bytes, options), oneThread);
}

/**
 * Bytes of binary from which the string is printed with the bodies read a
 * run at a time (see `wasm2wat/runs.ts`). CPU time of the whole decode's
 * print and the runs', first and second pass in a process (2026-12-07,
 * loaded 2-core Linux x86_64 VM, Node 20.20.2, medians of 5 processes):
 * 213 KB C binary 193 / 101 ms and 206 / 97; 466 KB onig.wasm 325 / 189
 * and 347 / 138; 688 KB sql-wasm.wasm 714 / 500 and 641 / 312; 2 MB Go
 * binary 2032 / 1111 and 1884 / 890.
 */
const MIN_RUNS_BYTES = 1 << 19;

/** Whether the text is printed by runs: a large binary, no feature set (its checks need every instruction's offset), object files' sections lifted. */
function byRuns(bytes: Uint8Array, options: Wasm2WatOptions): boolean {
  return bytes.length >= MIN_RUNS_BYTES && options.features === undefined && options.rawCustom !== true;
}

/** `wasm2wat` for output of any size: the text goes to `write` in UTF-8 chunks. */
export function wasm2watStream(bytes: Uint8Array, options: InternalWasm2WatOptions, write: Sink): void {
  const split = splitOptions(bytes, options, DEFAULT_STREAM_SPLIT_BYTES);
  if (split !== undefined && wasm2watSplit(bytes, split, write)) return;
  let written = false;
  if (options.droppedOnError === true && byRuns(bytes, options)) {
    const sink: Sink = (chunk) => {
      written = true;
      write(chunk);
    };
    if (printByRuns(bytes, { ...printOptions(options), exact: options.exact !== false }, sink) !== undefined) return;
  }
  // Reports the problem the runs met, if they did.
  const module = decodeForText(bytes, options);
  if (written) throw new Error("wasm2watStream: the bodies read a run at a time failed where the whole decode did not");
  printStream(module, printOptions(options), write);
}

/** How to print on several threads, when the binary is large enough (`byDefault` without `jobs`) and the options allow it (see `wasm2wat/split.ts`). */
function splitOptions(bytes: Uint8Array, options: Wasm2WatOptions, byDefault: number): SplitOptions | undefined {
  const jobs = threadsFor(bytes.length, options.jobs, MIN_SPLIT_BYTES, byDefault);
  if (jobs < 2 || options.features !== undefined || options.rawCustom === true) return undefined;
  return { ...printOptions(options), exact: options.exact !== false, jobs };
}

/**
 * Bytes of binary below which instructions are not shared: the tables
 * that share them cost a small module more than the instructions they
 * save (the spec testsuite's modules printed one by one).
 */
const MIN_SHARED_BYTES = 1 << 16;

/**
 * The module is only printed, so its instructions can be shared (see
 * `InternalDecodeOptions.shareInstrs`), except when they are checked against a
 * feature set, whose messages need each one's offset, and in a small module.
 */
function decodeForText(bytes: Uint8Array, options: Wasm2WatOptions): Module {
  const layout: DecodedLayout | undefined = options.exact === false ? undefined : { sections: {}, bodies: [], customs: new Map(), padded: [] };
  const shareInstrs = options.features === undefined && bytes.length >= MIN_SHARED_BYTES;
  const module = decode(bytes, { names: options.names, shareInstrs, features: options.features, linking: options.rawCustom !== true, layout });
  if (layout !== undefined) addExactNotes(bytes, module, layout);
  else dropExactNotes(module);
  return module;
}

/**
 * One literal for every call, `expectedBytes` included: options spread into
 * a new object took a shape of their own, and printing the spec testsuite's
 * binaries one by one cost 1.4 to 1.7 times the CPU time of their warm passes.
 */
function printOptions(options: InternalWasm2WatOptions, expectedBytes?: number): InternalPrintOptions & { folded: boolean; names: boolean } {
  return { folded: options.folded === true, names: options.names !== false, printWidth: options.printWidth, nodeBodies: options.nodeBodies, lendChunks: options.lendChunks, expectedBytes };
}
