/**
 * Binary to text: decode, raise, print. The text re-encodes (`wat2wasm`) to
 * the same bytes: names, custom sections and their places included.
 */
import { decode } from "./binary/decode.js";
import { print, printModule, type PrintOptions, type Sink } from "./print/print.js";

export interface Wasm2WatOptions {
  /** Fold instructions into expressions (default false: one instruction per line). */
  folded?: boolean;
  /**
   * Write the name section's names as `$ids` (default true). With false the
   * entities are referred to by index and the name section is kept as a
   * `(@custom "name" ...)` annotation, so the bytes still round-trip.
   */
  names?: boolean;
}

export function wasm2wat(bytes: Uint8Array, options: Wasm2WatOptions = {}): string {
  return print(decode(bytes, { names: options.names }), printOptions(options));
}

/** `wasm2wat` for output of any size: the text goes to `write` in chunks. */
export function wasm2watStream(bytes: Uint8Array, options: Wasm2WatOptions, write: Sink): void {
  printModule(decode(bytes, { names: options.names }), printOptions(options), write);
}

function printOptions(options: Wasm2WatOptions): PrintOptions {
  return { folded: options.folded === true, names: options.names !== false };
}
