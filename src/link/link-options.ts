/** The options of a link, as `watkit link` and `link()` take them, and their defaults (those of wasm-ld). */

/** One input of a link: an object file or an `ar` archive, with the name errors give it. */
export interface LinkInput {
  name: string;
  bytes: Uint8Array;
}

export interface LinkOptions {
  /** The function exported as the entry point (default `_start`). */
  entry?: string;
  /** No entry point (a library or reactor; `--no-entry`). */
  noEntry?: boolean;
  /** More symbols to export (functions, globals; data symbols as an immutable global holding their address). */
  exports?: string[];
  /** Keep undefined functions as imports instead of failing (their import module and name as the objects give them). */
  allowUndefined?: boolean;
  /** Export the indirect function table as `__indirect_function_table`. */
  exportTable?: boolean;
  /** Give the indirect function table no maximum, so that it can grow. */
  growableTable?: boolean;
  /** Where data starts in memory (default 1024). */
  globalBase?: number;
  /** The stack's size in bytes, a multiple of 16 (default 65536). */
  stackSize?: number;
  /** Drop functions and data no root reaches (default true). */
  gcSections?: boolean;
  /** Called with each warning (a signature mismatch); default: none kept. */
  warn?: (message: string) => void;
}

export const DEFAULTS = {
  entry: "_start",
  globalBase: 1024,
  stackSize: 65536,
  gcSections: true,
} as const;

/** The result of a link: the linked module's bytes and the warnings given. */
export interface LinkResult {
  bytes: Uint8Array;
  warnings: string[];
}
