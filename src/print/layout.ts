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
 *   parenthesis ends the last one; a folded block closes on its own line,
 *   unless its body is empty (`(block)`);
 * - a code metadata annotation goes on the line before its instruction;
 * - indentation stops growing at `MAX_INDENT_DEPTH` levels, so the size of the
 *   output stays linear in the size of deeply nested code; past that depth a
 *   line that opens, continues or closes a construct (`block`, `else`,
 *   `end`, `(if`, `(then`, a folded instruction whose operands go below it,
 *   a closing `)` on its own line) sits one level to the left of the other
 *   lines, so a body is always to the right of the lines around it (see
 *   `indentLevel`);
 * - folded code nests at most `MAX_FOLDED_DEPTH` parentheses: what would go
 *   deeper is written flat (`block ... end`), which parsers read without
 *   recursion.
 *
 * - a line wider than the print width (`PRINT_WIDTH` columns by default) is
 *   broken where the formatter breaks it: the formatter's layout decides
 *   for both (see `wrap.ts`).
 *
 * The formatter (`format/layout-doc.ts`) follows the same rules; it also
 * keeps the author's blank lines and comments.
 */
import type { InstrNode } from "../syntax/ast.js";

export const INDENT = "  ";

/** The width `print` and `format` keep lines within, where they can be broken. */
export const PRINT_WIDTH = 80;

/**
 * Levels of indentation at most (64 columns with two spaces a level).
 * Deeper code is rare in hand-written text but common in compiler output
 * (a `br_table` over many cases nests a block per case): indenting it fully
 * would make the output grow with the square of the nesting, while a reader
 * gains nothing from a body 400 columns to the right.
 */
export const MAX_INDENT_DEPTH = 32;

/**
 * The indentation of a line at nesting `depth`: the depth itself up to
 * `MAX_INDENT_DEPTH`; deeper, `MAX_INDENT_DEPTH` for a line inside a body
 * and one level less for a `bracket` line (one that opens, continues or
 * closes a construct), so each instruction stays to the right of the
 * `block`/`end` around it however deep it is.
 */
export function indentLevel(depth: number, bracket: boolean): number {
  const most = bracket ? MAX_INDENT_DEPTH - 1 : MAX_INDENT_DEPTH;
  return depth < most ? depth : most;
}

/** How much text the printer collects before it hands a chunk to its sink. */
export const CHUNK_SIZE = 64 * 1024;

const NEWLINES: string[] = Array.from({ length: MAX_INDENT_DEPTH + 1 }, (_, d) => `\n${INDENT.repeat(d)}`);

const NEWLINE_BYTES: Uint8Array[] = NEWLINES.map((text) => new TextEncoder().encode(text));

/** A line break followed by the indentation of a line at nesting `depth` (`indentLevel`). */
export function newline(depth: number, bracket = false): string {
  return NEWLINES[indentLevel(depth, bracket)];
}

/** `newline(depth, bracket)` as bytes, for the printer's output buffer. */
export function newlineBytes(depth: number, bracket = false): Uint8Array {
  return NEWLINE_BYTES[indentLevel(depth, bracket)];
}

/** Whether a folded plain instruction is written on one line. */
export function foldsOnOneLine(operands: readonly InstrNode[]): boolean {
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i];
    if (operand.kind !== "plain" || operand.metadata !== undefined) return false;
    const nested = operand.folded;
    if (nested !== undefined && nested.length > 0) return false;
  }
  return true;
}
