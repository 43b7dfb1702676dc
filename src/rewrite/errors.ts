/**
 * The errors of rewriting that the root entry exports, apart from the
 * passes and the validator they report on: importing them loads neither
 * (the root entry loads `rewrite` on its first call, see
 * src/api/on-first-use.ts), and every entry gets the same classes.
 */
import { WatkitError } from "../errors.js";
import { indexSpaces } from "../module/index-space.js";
import type { Func, Module } from "../module/model.js";
import { WatError } from "../syntax/errors.js";
import { describeDiagnostic, type Diagnostic } from "../validate/diagnostic.js";

/**
 * An error in a snippet, at its place in the snippet's own text: `file`,
 * `line`, `column` (1-based), `offset`, and the `source` to show a caret in.
 */
export class SnippetError extends WatError {
  constructor(
    readonly file: string,
    readonly source: string,
    reason: string,
    offset: number,
  ) {
    super(reason, source, offset);
    this.name = "SnippetError";
    this.message = `${file}:${this.line}:${this.column}: ${reason}`;
  }
}

/** The snippet each function added by `addWat` came from: the validator's findings in it are located there. */
const origins = new WeakMap<Func, { file: string; source: string }>();

export function noteSnippet(func: Func, file: string, source: string): void {
  origins.set(func, { file, source });
}

/**
 * A rewrite whose result does not validate: `pass` broke it (undefined: the
 * input was invalid already); `errors` are the validator's diagnostics.
 * When the first one is in code a snippet added, `located` is the same
 * message at its place in the snippet's file.
 */
export class InvalidRewriteError extends WatkitError {
  readonly located?: SnippetError;

  constructor(
    readonly pass: string | undefined,
    readonly errors: readonly Diagnostic[],
    module: Module,
  ) {
    const first = errors.length > 0 ? describeDiagnostic(errors[0]) : "invalid";
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    const who = pass === undefined ? "the module given to rewrite is invalid, and the passes left it so" : `pass ${pass} made the module invalid`;
    super(`${who}: ${first}${more}`);
    this.name = "InvalidRewriteError";
    const d = errors[0];
    const func = d?.func !== undefined ? indexSpaces(module).funcs[d.func] : undefined;
    const snippet = func !== undefined ? origins.get(func) : undefined;
    if (snippet !== undefined && d.offset !== undefined) {
      this.located = new SnippetError(snippet.file, snippet.source, `${who}: ${d.message}${more}`, d.offset);
      this.message = this.located.message;
    }
  }
}
