/**
 * The printer's layout beyond the cases in test/cases/print (each a module
 * whose flat and folded prints are given in full beside it): the
 * indentation cap, and streaming in chunks.
 */
import { describe, expect, it } from "@jest/globals";
import { print, printStream } from "../../src/print/print.js";
import { MAX_INDENT_DEPTH } from "../../src/print/layout.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";

function printed(text: string, folded = false): string {
  const out = print(watToModule(text), { folded });
  expect(Buffer.compare(wat2wasm(out), wat2wasm(text))).toBe(0);
  return out;
}

describe("flat layout", () => {
  it("caps indentation, so deeply nested code grows linearly", () => {
    const depth = 200;
    const text = `(module (func ${"(block ".repeat(depth)}nop${")".repeat(depth)}))`;
    const out = printed(text);
    const indents = out.split("\n").map((line) => line.length - line.trimStart().length);
    expect(Math.max(...indents)).toBe(2 * MAX_INDENT_DEPTH);
    // The `block` and `end` lines past the cap stay a level to the left of the body.
    expect(indents.filter((n) => n === 2 * MAX_INDENT_DEPTH)).toHaveLength(1);
  });
});

describe("stack switching", () => {
  it("folds operands by the continuation and tag types, with handler clauses in the head", () => {
    const out = printed(
      `(module (type $f (func (param i32) (result i32))) (type $c (cont $f)) (tag $t (param i32) (result i32))
        (func $w (param i32) (result i32) local.get 0 suspend $t)
        (elem declare func $w)
        (func (result i32) (block $h (result i32 (ref $c)) i32.const 1 ref.func $w cont.new $c resume $c (on $t $h) return) drop))`,
      true,
    );
    expect(out).toContain("(suspend $t (local.get 0))");
    expect(out).toContain("(resume $c (on $t $h)\n          (i32.const 1)\n          (cont.new $c (ref.func $w))))");
  });
});

describe("streaming", () => {
  it("hands the text to the sink in chunks that join to the whole print", () => {
    const body = "(drop (i32.const 123456789))\n".repeat(20000);
    const module = watToModule(`(module (func ${body}))`);
    const chunks: Uint8Array[] = [];
    printStream(module, {}, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(print(module));
  });
});
