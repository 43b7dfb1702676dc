/** A formatter turns lint results into one text for a terminal, a file or another tool. */
import type { LintResult, LintRule } from "../rule.js";

export type Formatter = (results: readonly LintResult[], rules: readonly LintRule[]) => string;

export function severityWord(severity: number): "error" | "warning" {
  return severity === 2 ? "error" : "warning";
}
