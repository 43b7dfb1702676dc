/**
 * Binary to text: decode, raise, print. The text re-encodes (`wat2wasm`) to
 * the same bytes: names, custom sections and their places included, and,
 * through `(@watkit.exact ...)` annotations, encoding details such as padded
 * LEB128 numbers that the text format has no words for.
 */
import { decode, type DecodedLayout } from "./binary/decode.js";
import { addExactNotes } from "./binary/exact-notes.js";
import type { FeatureOptions } from "./module/feature-check.js";
import type { Module } from "./module/model.js";
import { type InternalPrintOptions, print, printStream, type Sink } from "./print/print.js";
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

/** Options for tests: `InternalPrintOptions.nodeBodies` (one thread only); for the CLI: `InternalPrintOptions.lendChunks`. */
export interface InternalWasm2WatOptions extends Wasm2WatOptions {
  nodeBodies?: boolean;
  lendChunks?: boolean;
}

export function wasm2wat(bytes: Uint8Array, options: InternalWasm2WatOptions = {}): string {
  const split = splitOptions(bytes, options, DEFAULT_SPLIT_BYTES);
  const text = split === undefined ? undefined : wasm2watSplitText(bytes, split);
  if (text !== undefined) return text;
  return print(decodeForText(bytes, options), printOptions(options));
}

/** `wasm2wat` for output of any size: the text goes to `write` in UTF-8 chunks. */
export function wasm2watStream(bytes: Uint8Array, options: InternalWasm2WatOptions, write: Sink): void {
  const split = splitOptions(bytes, options, DEFAULT_STREAM_SPLIT_BYTES);
  if (split !== undefined && wasm2watSplit(bytes, split, write)) return;
  printStream(decodeForText(bytes, options), printOptions(options), write);
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
  return module;
}

function printOptions(options: InternalWasm2WatOptions): InternalPrintOptions & { folded: boolean; names: boolean } {
  return { folded: options.folded === true, names: options.names !== false, printWidth: options.printWidth, nodeBodies: options.nodeBodies, lendChunks: options.lendChunks };
}
