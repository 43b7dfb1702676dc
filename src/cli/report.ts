/** Error reports for the terminal: `file:line:column: message`, the source line, a caret. */
import { WatError } from "../syntax/errors.js";
import type { SourceText } from "../syntax/source-text.js";

/** Widest source excerpt shown; longer lines (minified or generated text) are cut around the column. */
const WIDTH = 100;

export function formatError(error: unknown, file: string, source?: SourceText): string {
  if (error instanceof WatError && source !== undefined) {
    const start = error.offset - (error.column - 1);
    const newline = source.indexOf("\n", start);
    const line = source.slice(start, newline === -1 ? source.length : newline).replace(/\r$/, "");
    const from = Math.max(0, Math.min(error.column - 1 - WIDTH / 2, line.length - WIDTH));
    const excerpt = (from > 0 ? "..." : "") + line.slice(from, from + WIDTH) + (from + WIDTH < line.length ? "..." : "");
    const caret = " ".repeat(error.column - 1 - from + (from > 0 ? 3 : 0)) + "^";
    return `${file}:${error.line}:${error.column}: error: ${error.reason}\n  ${excerpt}\n  ${caret}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: error: ${message}`;
}
