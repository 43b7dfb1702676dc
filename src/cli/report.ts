/** Error reports for the terminal: `file:line:column: message`, the source line, a caret. */
import { WatError } from "../syntax/errors.js";

export function formatError(error: unknown, file: string, source?: string): string {
  if (error instanceof WatError && source !== undefined) {
    const lines = source.split("\n");
    const line = (lines[error.line - 1] ?? "").replace(/\r$/, "");
    const caret = " ".repeat(Math.max(0, error.column - 1)) + "^";
    return `${file}:${error.line}:${error.column}: error: ${error.reason}\n  ${line}\n  ${caret}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: error: ${message}`;
}
