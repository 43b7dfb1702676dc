/**
 * The printer's layout: flat and folded code, indentation and its cap,
 * streaming in chunks. Each case is a module whose print is given in full.
 */
import { describe, expect, it } from "@jest/globals";
import { print, printModule } from "../../src/print/print.js";
import { MAX_INDENT_DEPTH } from "../../src/print/layout.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";

function printed(text: string, folded = false): string {
  const out = print(watToModule(text), { folded });
  expect(Buffer.compare(wat2wasm(out), wat2wasm(text))).toBe(0);
  return out;
}

describe("flat layout", () => {
  it("writes one instruction per line, block bodies one level deeper", () => {
    const text = `(module
      (func $f (param $x i32) (result i32) (local i64 i64) (local $y f32)
        (block $out (result i32)
          (br_if $out (i32.const 1) (local.get $x))
          (if (local.get 0) (then nop) (else unreachable))
          (i32.const 2))))`;
    expect(printed(text)).toBe(`(module
  (type (;0;) (func (param i32) (result i32)))
  (func $f (;0;) (type 0) (param $x i32) (result i32)
    (local i64 i64)
    (local $y f32)
    block $out (result i32)
      i32.const 1
      local.get $x
      br_if $out
      local.get $x
      if
        nop
      else
        unreachable
      end
      i32.const 2
    end
  )
)
`);
  });

  it("writes module fields of every kind on one line each", () => {
    const text = `(module
      (import "env" "mem" (memory 1))
      (import "env" "g" (global $g (mut i64)))
      (table $t 2 10 funcref)
      (memory 1 2 shared (pagesize 1))
      (global f32 (f32.const -0.5))
      (tag $e (param i32))
      (export "t" (table $t))
      (elem (i32.const 0) func $f)
      (elem $p funcref (ref.func $f) (ref.null func))
      (data (i32.const 8) "a\\00b")
      (func $f)
      (start $f))`;
    expect(printed(text)).toBe(`(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func))
  (import "env" "mem" (memory (;0;) 1))
  (import "env" "g" (global $g (;0;) (mut i64)))
  (func $f (;0;) (type 1))
  (table $t (;0;) 2 10 funcref)
  (memory (;1;) 1 2 shared (pagesize 1))
  (tag $e (;0;) (type 0) (param i32))
  (global (;1;) f32 f32.const -0.5)
  (export "t" (table $t))
  (start $f)
  (elem (;0;) (i32.const 0) func $f)
  (elem $p (;1;) funcref (ref.func $f) (ref.null func))
  (data (;0;) (i32.const 8) "a\\00b")
)
`);
  });

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

describe("folded layout", () => {
  it("folds operands by arity, keeping simple expressions on one line", () => {
    const text = `(module
      (func $f (param i32 i32) (result i32)
        local.get 0
        local.get 1
        i32.add
        i32.const 3
        i32.mul))`;
    expect(printed(text, true)).toContain(`
    (i32.mul
      (i32.add (local.get 0) (local.get 1))
      (i32.const 3))
  )`);
  });

  it("folds an if's condition and writes its branches as then and else", () => {
    const out = printed(`(module (func (param i32) local.get 0 if nop else nop end))`, true);
    expect(out).toContain(`
    (if
      (local.get 0)
      (then
        (nop)
      )
      (else
        (nop)
      )
    )`);
  });

  it("folds wide arithmetic's four or two operands and leaves its two results to their consumers", () => {
    const out = printed(
      `(module (func (param i64 i64) (result i64)
        local.get 0 local.get 1 i64.mul_wide_u
        local.get 0 local.get 1 i64.const 0 i64.const 0 i64.add128
        drop drop drop))`,
      true,
    );
    expect(out).toContain(`
    (i64.mul_wide_u (local.get 0) (local.get 1))
    (i64.add128 (local.get 0) (local.get 1) (i64.const 0) (i64.const 0))
    drop
    drop
    drop
  )`);
  });

  it("leaves the results of a multi-value call flat for their consumer", () => {
    const out = printed(
      `(module
        (func $two (result i32 i32) i32.const 1 i32.const 2)
        (func (result i32) call $two i32.add))`,
      true,
    );
    expect(out).toContain(`
    (call $two)
    i32.add
  )`);
  });

  it("does not fold across unreachable code", () => {
    const out = printed(`(module (func (result i32) unreachable i32.add))`, true);
    expect(out).toContain(`
    (unreachable)
    i32.add
  )`);
  });

  it("folds br_table's index into it and a legacy try into do and catch clauses", () => {
    const out = printed(
      `(module
        (tag $e)
        (func (param i32)
          (block $a (block $b (br_table $a $b (local.get 0))))
          try $t
            nop
          catch $e
            rethrow $t
          catch_all
          end))`,
      true,
    );
    expect(out).toContain(`(br_table $a $b (local.get 0))`);
    expect(out).toContain(`
    (try $t
      (do
        (nop)
      )
      (catch $e
        (rethrow $t)
      )
      (catch_all)
    )`);
  });

  it("refers to a shadowed label by depth", () => {
    const out = printed(`(module (func (block $l (block $l (br 1)))))`);
    expect(out).toContain("br 1");
  });
});

describe("streaming", () => {
  it("hands the text to the sink in chunks that join to the whole print", () => {
    const body = "(drop (i32.const 123456789))\n".repeat(20000);
    const module = watToModule(`(module (func ${body}))`);
    const chunks: Uint8Array[] = [];
    printModule(module, {}, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(print(module));
  });
});
