/**
 * The layout rules of printed WAT, in one place so that the fast printer and
 * the Prettier-based formatter agree:
 *
 * - two spaces per level; a module field per line (no blank lines between
 *   fields), its body (locals, instructions, the types of a `rec`) one
 *   level deeper and its closing parenthesis on a line of its own;
 * - flat code: one instruction per line, block bodies one level deeper,
 *   `else`/`catch`/`end` back at the block's level;
 * - folded code: an expression whose operands have no operands of their own
 *   stays on one line, `(i32.add (local.get 0) (i32.const 1))`; otherwise
 *   each operand goes on its own line one level deeper and the closing
 *   parenthesis ends the last one; a folded block closes on its own line;
 * - a branch hint annotation goes on the line before its instruction;
 * - indentation stops growing at `MAX_INDENT_DEPTH` levels, so the size of the
 *   output stays linear in the size of deeply nested code;
 * - folded code nests at most `MAX_FOLDED_DEPTH` parentheses: what would go
 *   deeper is written flat (`block ... end`), which parsers read without
 *   recursion.
 *
 * The formatter (`format/layout-doc.ts`) follows the same rules, and where
 * the printer's only choice is "one line", it also breaks what does not fit
 * the print width; it keeps the author's blank lines and comments.
 */
import type { InstrNode } from "../syntax/ast.js";

export const INDENT = "  ";

export const MAX_INDENT_DEPTH = 32;

/**
 * Parentheses a folded instruction nests at most (raise writes deeper code
 * flat). Well below what the parser accepts (`maxDepth`, 1000 by default),
 * with room for the module and the function around the code.
 */
export const MAX_FOLDED_DEPTH = 200;

/** How much text the printer collects before it hands a chunk to its sink. */
export const CHUNK_SIZE = 64 * 1024;

const NEWLINES: string[] = Array.from({ length: MAX_INDENT_DEPTH + 1 }, (_, d) => `\n${INDENT.repeat(d)}`);

const NEWLINE_BYTES: Uint8Array[] = NEWLINES.map((text) => new TextEncoder().encode(text));

/** A line break followed by the indentation of `depth` levels (capped). */
export function newline(depth: number): string {
  return NEWLINES[depth < MAX_INDENT_DEPTH ? depth : MAX_INDENT_DEPTH];
}

/** `newline(depth)` as bytes, for the printer's output buffer. */
export function newlineBytes(depth: number): Uint8Array {
  return NEWLINE_BYTES[depth < MAX_INDENT_DEPTH ? depth : MAX_INDENT_DEPTH];
}

/** Whether a folded plain instruction is written on one line. */
export function foldsOnOneLine(operands: readonly InstrNode[]): boolean {
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i];
    if (operand.kind !== "plain" || operand.hint !== undefined) return false;
    const nested = operand.folded;
    if (nested !== undefined && nested.length > 0) return false;
  }
  return true;
}
