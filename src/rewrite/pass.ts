/**
 * The pass API: a pass is a named, documented edit of a Module, and
 * `rewrite` runs a list of them in order. The same registry drives the API
 * (`rewrite(m, ["dce", "strip=.debug_*"])`) and the CLI (`--pass`).
 */
import { WatkitError } from "../errors.js";
import type { Module } from "../module/model.js";
import type { InputIndices } from "./input-indices.js";

/** What a pass may need from outside the module: other files (merge, replace-import), the input's indices. */
export interface PassHost {
  /** Reads a file named in a pass argument. */
  readFile(path: string): Uint8Array;
  /**
   * The index spaces of the module `rewrite` was given: bare indices in
   * arguments and snippets mean these entities. Without it, the module's own.
   */
  input?: InputIndices;
  /** Says something the caller should know that is not an error (a merged module that needs multi-memory). */
  warn?(message: string): void;
}

export interface Pass {
  /** The name used in `--pass NAME[=ARGS]`. */
  readonly name: string;
  /** One line for the pass list. */
  readonly summary: string;
  /** The argument syntax, e.g. `strip[=PATTERN,...]`. */
  readonly usage: string;
  /** More help: what the argument means, what the pass keeps and changes. */
  readonly details: string;
  /** A command line that uses it. */
  readonly example: string;
  /**
   * Edits `module` in place, or returns a new module that replaces it
   * (merge). `arg` is the text after `=`, if any.
   */
  run(module: Module, arg: string | undefined, host: PassHost): Module | void;
}

/** A pass by name with its argument (`"strip=.debug_*"`), or a pass with its argument, or a function. */
export type PassStep = string | { pass: Pass | string; arg?: string } | ((module: Module) => Module | void);

/** Raised for an unknown pass or an argument a pass cannot use; the CLI prints the message. */
export class PassError extends WatkitError {
  constructor(
    readonly pass: string,
    /** The message without the pass's name. */
    readonly reason: string,
    /** The file the error is about, when it is one a pass argument names (a snippet, data, a module to merge). */
    readonly file?: string,
  ) {
    super(`pass ${pass}: ${file === undefined ? "" : `${file}: `}${reason}`);
    this.name = "PassError";
  }
}

export function splitStep(step: string): { name: string; arg?: string } {
  const eq = step.indexOf("=");
  return eq === -1 ? { name: step } : { name: step.slice(0, eq), arg: step.slice(eq + 1) };
}
