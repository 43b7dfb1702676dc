/**
 * A finding about a module, located as precisely as its input allows. The
 * validator makes these; the linter reports its findings in the same shape.
 */
import type { FeatureProblem } from "../module/feature-check.js";

export interface Diagnostic {
  severity: "error" | "warning";
  /** What is wrong, without the location. */
  message: string;
  /**
   * Where: the byte offset for binary input, the UTF-16 offset into the
   * source for text input.
   */
  offset?: number;
  /** 1-based line and column, for text input. */
  line?: number;
  column?: number;
  /** The function whose body holds the problem: its index, and its name when it has one. */
  func?: number;
  funcName?: string;
  /** The mnemonic of the instruction at fault. */
  instr?: string;
  /** When the problem is a feature outside the set: which, and the list that lets it in. */
  needs?: FeatureProblem;
}

/** `func $name` / `func 3`, `i32.add`, and the message: the one-line form the CLI prints after the location. */
export function describeDiagnostic(d: Diagnostic): string {
  const where: string[] = [];
  if (d.func !== undefined) where.push(d.funcName !== undefined ? `in func $${d.funcName}` : `in func ${d.func}`);
  if (d.instr !== undefined) where.push(`at ${d.instr}`);
  return where.length > 0 ? `${d.message} (${where.join(", ")})` : d.message;
}
