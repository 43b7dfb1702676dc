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
describe("proposals beyond 3.0", () => {
  it("writes a compact import group with an item a line, the shared description last", () => {
    const text = `(module
      (import "m" (item "a" (func $a)) (item "b" (global i32)))
      (import "m" (item "c") (item "d") (memory 1))
      (import "n" "e" (func)))`;
    expect(printed(text)).toBe(`(module
  (type (;0;) (func))
  (import "m"
    (item "a" (func $a (;0;) (type 0)))
    (item "b" (global (;0;) i32))
  )
  (import "m"
    (item "c")
    (item "d")
    (memory 1)
  )
  (import "n" "e" (func (;1;) (type 0)))
)
`);
    expect(printed(text, true)).toBe(printed(text));
  });

  it("writes descriptor clauses, exact types and exact function imports (custom-descriptors)", () => {
    const text = `(module
      (rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct))))
      (type $f (func))
      (import "m" "f" (func (exact (type $f))))
      (func (param (ref null (exact $b))) (result (ref null (exact $a)))
        (struct.new_desc $a (local.get 0))
        (ref.null (exact $a))
        drop))`;
    expect(printed(text)).toContain(`(rec
    (type $a (;0;) (sub (descriptor $b) (struct)))
    (type $b (;1;) (sub (describes $a) (struct)))
  )`);
    expect(printed(text)).toContain(`(import "m" "f" (func (;0;) (exact (type $f))))`);
    expect(printed(text)).toContain("ref.null (exact $a)");
    expect(printed(text, true)).toContain("(struct.new_desc $a");
  });

  it("writes shared types, tables and globals and the memory order of atomic accesses (shared-everything threads)", () => {
    const text = `(module
      (type $a (shared (array (mut i8))))
      (table $t (import "m" "t") shared 1 (ref null (shared eq)))
      (global $g (shared mut (ref null (shared func))) (ref.null (shared func)))
      (func (param (ref null $a)) (result i32)
        (drop (table.atomic.rmw.xchg acq_rel $t (i32.const 0) (ref.i31_shared (i32.const 1))))
        (array.atomic.get_u seq_cst $a (local.get 0) (i32.const 0))))`;
    const flat = printed(text);
    expect(flat).toContain("(type $a (;0;) (shared (array (mut i8))))");
    expect(flat).toContain(`(import "m" "t" (table $t (;0;) shared 1 (shared eqref)))`);
    expect(flat).toContain("(global $g (;0;) (shared mut (shared funcref)) ref.null (shared func))");
    expect(flat).toContain("table.atomic.rmw.xchg acq_rel\n");
    expect(printed(text, true)).toContain("(array.atomic.get_u seq_cst $a");
  });
});

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

  it("returns as a string the streamed text of several megabytes, its ASCII pieces and the others alike", () => {
    const body = "(drop (i32.const 123456789))\n".repeat(40000);
    const module = watToModule(`(module (func $ascii ${body}) (func $"ünïcode" ${body}) (func $ascii2 ${body}))`);
    const chunks: Uint8Array[] = [];
    printStream(module, {}, (chunk) => chunks.push(chunk));
    const streamed = Buffer.concat(chunks);
    expect(streamed.length).toBeGreaterThan(3 << 20);
    const text = print(module);
    expect(text).toContain("ünïcode");
    expect(text).toBe(streamed.toString("utf8"));
  });
});
