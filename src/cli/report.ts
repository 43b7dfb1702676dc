/** Error reports for the terminal: `file:line:column: message`, the source line, a caret. */
import { featureMessage, WasmFeatureError, WatFeatureError } from "../module/feature-check.js";
import { WatError } from "../syntax/errors.js";
import type { SourceText } from "../syntax/source-text.js";
import { FEATURES_OPTION } from "./command.js";
import { FileError } from "./io.js";
import { describeDiagnostic, type Diagnostic } from "../validate/diagnostic.js";

/** Widest source excerpt shown; longer lines (minified or generated text) are cut around the column. */
const WIDTH = 100;

/** A feature refusal tells the user to allow the feature with the commands' option. */
const FEATURES_FLAG = `--${FEATURES_OPTION.name}`;

export function formatError(error: unknown, file: string, source?: SourceText): string {
  if (error instanceof WatError && source !== undefined) {
    const reason = error instanceof WatFeatureError ? featureMessage(error.problem, undefined, FEATURES_FLAG) : error.reason;
    return located(file, error.line, error.column, error.offset, reason, source);
  }
  const message =
    error instanceof WasmFeatureError ? featureMessage(error.problem, error.place, FEATURES_FLAG)
    : error instanceof Error ? error.message
    : String(error);
  return `${file}: error: ${message}`;
}

/**
 * Writes `formatError` on stderr and gives exit status 1. A `FileError` is
 * thrown on instead: it is about a file other than `file` (the output, a
 * file a pass reads), and names that file itself.
 */
export function reportError(error: unknown, file: string, source?: SourceText): number {
  if (error instanceof FileError) throw error;
  process.stderr.write(formatError(error, file, source) + "\n");
  return 1;
}

/**
 * A validation diagnostic: at its line and column with the source line for
 * text, at its byte offset (hex, as disassemblers show them) for binaries.
 */
export function formatDiagnostic(d: Diagnostic, file: string, source?: SourceText): string {
  const message = d.needs !== undefined ? featureMessage(d.needs, undefined, FEATURES_FLAG) : describeDiagnostic(d);
  if (d.line !== undefined && d.column !== undefined && d.offset !== undefined && source !== undefined) {
    return located(file, d.line, d.column, d.offset, message, source, d.severity);
  }
  const at = d.offset !== undefined ? `:0x${d.offset.toString(16)}` : "";
  return `${file}${at}: ${d.severity}: ${message}`;
}

function located(file: string, lineNo: number, column: number, offset: number, message: string, source: SourceText, severity = "error"): string {
  const start = offset - (column - 1);
  const newline = source.indexOf("\n", start);
  const line = source.slice(start, newline === -1 ? source.length : newline).replace(/\r$/, "");
  const from = Math.max(0, Math.min(column - 1 - WIDTH / 2, line.length - WIDTH));
  const excerpt = (from > 0 ? "..." : "") + line.slice(from, from + WIDTH) + (from + WIDTH < line.length ? "..." : "");
  const caret = " ".repeat(column - 1 - from + (from > 0 ? 3 : 0)) + "^";
  return `${file}:${lineNo}:${column}: ${severity}: ${message}\n  ${excerpt}\n  ${caret}`;
}
