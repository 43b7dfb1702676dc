/**
 * One layout for `print` and `fmt` (`src/print/layout.ts`): formatting what
 * wasm2wat printed changes nothing, at the default options, flat or folded,
 * for code nested past the indentation cap (the printer breaks wide lines
 * where the formatter does), as for every corpus binary
 * (`test/corpus/print-checks.ts`, which prints each binary once for all its
 * checks); past the cap a body still sits to the right of the `block`/`end`
 * around it, and the output grows linearly with the nesting.
 */
import { describe, expect, it } from "@jest/globals";
import { format } from "../../src/print/format/format.js";
import { MAX_INDENT_DEPTH } from "../../src/print/layout.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Checks flat block structure line by line: `end`/`else` at the column of
 * their block, and every instruction that opens no block to the right of
 * the innermost open block. Returns the number of blocks seen.
 */
function expectBodiesRightOfBlocks(text: string): number {
  const open: number[] = [];
  let blocks = 0;
  for (const line of text.split("\n")) {
    const word = line.trim().split(" ")[0];
    const column = indentOf(line);
    if (word === "end" || word === "else") {
      expect(column).toBe(open[open.length - 1]);
      if (word === "end") open.pop();
      continue;
    }
    const opens = word === "block" || word === "loop" || word === "if";
    // Past the cap, a block inside a block stays at its column; the lines of its body do not.
    if (open.length > 0 && opens) expect(column).toBeGreaterThanOrEqual(open[open.length - 1]);
    if (open.length > 0 && !opens) expect(column).toBeGreaterThan(open[open.length - 1]);
    if (opens) {
      open.push(column);
      blocks++;
    }
  }
  expect(open).toEqual([]);
  return blocks;
}

/** `depth` flat blocks, each holding a `nop` before and after the next one. */
function nestedFlat(depth: number): string {
  return `(module (func (param i32) ${"nop local.get 0 if nop block ".repeat(depth)}${"end nop end ".repeat(depth)}))`;
}

/** A chain of additions nested `depth` deep: folded, its operands go below it. */
function nestedOperands(depth: number): string {
  return `(module (func (result i32) i32.const 0 ${"i32.const 1 i32.add i32.const 2 i32.mul ".repeat(depth)}))`;
}

describe("print and fmt share one layout", () => {
  for (const [name, text] of [["flat blocks", nestedFlat(120)], ["folded operands", nestedOperands(150)]] as const) {
    for (const folded of [false, true]) {
      it(`formatting the ${folded ? "folded" : "flat"} print of ${name} nested past the cap changes nothing`, () => {
        const printed = wasm2wat(wat2wasm(text), { folded });
        expect(Math.max(...printed.split("\n").map(indentOf))).toBeLessThanOrEqual(2 * MAX_INDENT_DEPTH);
        expect(format(printed)).toBe(printed);
      });
    }
  }

  it("keeps every body to the right of its block past the cap, in print and in fmt", () => {
    const printed = wasm2wat(wat2wasm(nestedFlat(120)));
    expect(expectBodiesRightOfBlocks(printed)).toBe(240);
    expect(expectBodiesRightOfBlocks(format(nestedFlat(120)))).toBe(240);
  });

  it("puts a bracket line one level left of the body past the cap, with spaces or tabs", () => {
    const text = nestedFlat(40);
    const lines = format(text).split("\n");
    const deepBlock = lines.filter((l) => l.trim() === "block").at(-1)!;
    const deepestNop = Math.max(...lines.filter((l) => l.trim() === "nop").map(indentOf));
    expect(indentOf(deepBlock)).toBe(2 * (MAX_INDENT_DEPTH - 1));
    expect(deepestNop).toBe(2 * MAX_INDENT_DEPTH);
    const tabbed = format(text, { useTabs: true }).split("\n");
    expect(Math.max(...tabbed.map(indentOf))).toBe(MAX_INDENT_DEPTH);
    expect(indentOf(tabbed.filter((l) => l.trim() === "block").at(-1)!)).toBe(MAX_INDENT_DEPTH - 1);
  });

  it("grows linearly with the nesting", () => {
    const size = (depth: number): number => wasm2wat(wat2wasm(nestedFlat(depth))).length;
    expect(size(2000) - size(1000)).toBeLessThan(1.05 * (size(1000) - size(0)));
  });
});
