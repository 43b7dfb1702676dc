/** A formatter turns lint results into one text for a terminal, a file or another tool. */
import type { LintMessage, LintResult, LintRule } from "../rule.js";

export type Formatter = (results: readonly LintResult[], rules: readonly LintRule[]) => string;

/** A message about a file as a whole (one given by name that is ignored), on line 0 as ESLint puts such messages. */
export function isFileMessage(m: LintMessage): boolean {
  return m.line === 0;
}

export function severityWord(severity: number): "error" | "warning" {
  return severity === 2 ? "error" : "warning";
}
