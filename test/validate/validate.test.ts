/**
 * validate: what it reports and where. Text errors carry the line and
 * column of the instruction, the function (by name when it has one) and
 * the mnemonic; binary errors the byte offset; each function is checked
 * on its own, so several broken functions give several errors and one
 * broken function gives one.
 */
import { describe, expect, it } from "@jest/globals";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { instrByName } from "../../src/isa/instructions.js";
import type { Module } from "../../src/module/model.js";
import { validate } from "../../src/validate/validate.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";

function errorsOf(text: string) {
  return validate(text).errors;
}

describe("text input: located errors", () => {
  it("points at the instruction, names the function and the mnemonic", () => {
    const text = ["(module", "  (func $add (param i32) (result i32)", "    local.get 0", "    i64.const 1", "    i32.add))"].join("\n");
    const [e, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ line: 5, column: 5, func: 0, funcName: "add", instr: "i32.add", message: "type mismatch: expected i32, found i64" });
    expect(e.offset).toBe(text.indexOf("i32.add"));
  });

  it("points at a folded instruction's opening parenthesis", () => {
    const text = "(module\n  (func (result i32)\n    (i32.add (i32.const 1) (f32.const 2))))";
    expect(errorsOf(text)).toMatchObject([{ line: 3, column: 5, instr: "i32.add", func: 0 }]);
    expect(errorsOf(text)[0].funcName).toBeUndefined();
  });

  it("reports a block's leftover values at the block", () => {
    const text = "(module (func\n  (block (result i32)\n    i32.const 1\n    i32.const 2)\n  drop))";
    expect(errorsOf(text)).toMatchObject([{ line: 2, column: 3, instr: "block", message: expect.stringContaining("type mismatch") }]);
  });

  it("reports a function's missing result at the function", () => {
    const text = "(module\n  (func $f (result i32)\n    nop))";
    expect(errorsOf(text)).toMatchObject([{ line: 2, column: 3, funcName: "f", message: expect.stringContaining("stack is empty") }]);
  });

  it("gives one error per broken function and goes on with the next", () => {
    const text = [
      "(module",
      "  (func $a (result i32) f32.const 0)",
      "  (func $b (result i32) i32.const 0)",
      "  (func $c local.get 3)",
      "  (func $d unreachable i32.add drop))",
    ].join("\n");
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.funcName, e.line])).toEqual([
      ["a", 2],
      ["c", 4],
    ]);
    expect(errors[1].message).toBe("unknown local 3");
  });

  it("locates errors in module fields at the field (or its instruction)", () => {
    const text = [
      "(module",
      "  (memory 1 shared)",
      '  (func (export "a"))',
      "  (global $g (mut i32) (i32.const 0))",
      "  (global i32 (global.get $g))",
      "  (type $t (sub final (struct)))",
      "  (type (sub $t (struct)))",
      '  (func (export "a")))',
    ].join("\n");
    expect(errorsOf(text).map((e) => [e.line, e.column, e.message.split(":")[0]])).toEqual([
      [7, 3, "type 1"],
      [2, 3, "memory 0"],
      [5, 15, "global 1"],
      [8, 9, 'duplicate export name "a"'],
    ]);
  });

  it("takes a Module with its source text for positions", () => {
    const text = "(module\n  (global $g i32 (i32.const 0))\n  (func global.set $g (i32.const 1)))";
    const module = watToModule(text);
    expect(validate(module).errors).toMatchObject([{ instr: "global.set", message: "immutable global" }]);
    expect(validate(module).errors[0].line).toBeUndefined();
    expect(validate(module, { source: text }).errors).toMatchObject([{ line: 3, column: 9 }]);
  });

  it("reports unparsable text as one located error instead of throwing", () => {
    expect(validate("(module (func i32.const))")).toMatchObject({ valid: false, errors: [{ line: 1 }] });
  });
});

describe("binary input", () => {
  it("gives the byte offset of the instruction", () => {
    const bytes = wat2wasm("(module (func $f (result i32) i64.const 1))");
    const [e] = validate(bytes).errors;
    // The error is at the end of the body: the function's `end`, reported at the function's body.
    expect(e.func).toBe(0);
    expect(e.funcName).toBe("f");
    expect(e.offset).toBeGreaterThan(8);
    expect(e.offset).toBeLessThan(bytes.length);
  });

  it("locates an instruction exactly", () => {
    const bytes = wat2wasm("(module (func i32.const 0 i64.const 0 i32.add drop))", { names: false });
    const [e] = validate(bytes).errors;
    // i32.add is opcode 0x6a: the offset points at it.
    expect(bytes[e.offset!]).toBe(0x6a);
    expect(e.instr).toBe("i32.add");
  });

  it("reports a malformed binary at its offset instead of throwing", () => {
    const result = validate(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x01, 0x05]));
    expect(result.valid).toBe(false);
    expect(result.errors[0].message).toMatch(/^malformed binary/);
    expect(result.errors[0].offset).toBeGreaterThanOrEqual(8);
  });

  it("reports a type that names a missing type once, not again in each function of that type", () => {
    // type 0: (func (param (ref null 9))); func 0 of type 0: local.get 0 drop.
    const bytes = new Uint8Array([
      0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
      1, 6, 1, 0x60, 1, 0x63, 9, 0,
      3, 2, 1, 0,
      10, 7, 1, 5, 0, 0x20, 0, 0x1a, 0x0b,
    ]);
    expect(validate(bytes).errors.map((e) => e.message)).toEqual(["type 0: unknown type 9"]);
  });

  it("reports references past the end of an index space (Dangling after decode)", () => {
    // call 5, global.get 3, type 9 in a block type, memory 0 that does not exist.
    const cases: [string, string][] = [
      ["(module (func call 5))", "unknown function 5"],
      ["(module (func global.get 3 drop))", "unknown global 3"],
      ["(module (func (block (type 9))))", "unknown type 9"],
      ["(module (func i32.const 0 i32.load drop))", "unknown memory 0"],
      ["(module (func br 2))", "unknown label 2"],
      ["(module (func (local i32) local.get 4 drop))", "unknown local 4"],
      ["(module (func i32.const 0 throw 1))", "unknown tag 1"],
    ];
    for (const [text, message] of cases) {
      const fromBinary = validate(wat2wasm(text));
      expect([text, fromBinary.errors.map((e) => e.message)]).toEqual([text, [message]]);
      const fromText = validate(text);
      expect([text, fromText.errors.map((e) => e.message)]).toEqual([text, [message]]);
    }
  });
});

describe("module and instruction rules (an empty message: valid)", () => {
  const invalid: [string, string][] = [
    ['(module (func (export "a")) (func (export "a")))', 'duplicate export name "a"'],
    ["(module (memory 1 shared))", "memory 0: shared memory must have maximum"],
    ["(module (memory 2 1))", "memory 0: size minimum must not be greater than maximum"],
    ["(module (memory 65537))", "memory 0: memory size must be at most 65536 pages (4GiB)"],
    ["(module (memory 0xffff_ffff (pagesize 1)))", ""],
    ["(module (memory 0x1_0000_0000 (pagesize 1)))", "memory 0: memory size must be at most 2^32-1 pages of 1 byte"],
    ["(module (memory 65537 (pagesize 65536)))", "memory 0: memory size must be at most 65536 pages (4GiB)"],
    ["(module (memory 0 (pagesize 4096)))", "memory 0: invalid custom page size: 2^12 bytes (only 1 and 65536 are allowed)"],
    ["(module (func $f (param i32)) (start $f))", "start function must have type [] -> []"],
    ["(module (func ref.func 0 drop))", "undeclared function reference"],
    ["(module (global $g (mut i32) (i32.const 0)) (global i32 (global.get $g)))", "global 1: constant expression required: global.get of a mutable global"],
    ["(module (global i32 (global.get 1)) (global i32 (i32.const 0)))", "global 0: unknown global 1: a constant expression may read only earlier globals"],
    ["(module (type $t (sub final (struct))) (type (sub $t (struct))))", "type 1: sub type 1 does not match super type 0: the supertype is final"],
    ["(module (type $t (sub (struct (field i32)))) (type (sub $t (struct (field i64)))))", "type 1: sub type 1 does not match super type 0"],
    ["(module (memory 1) (func i32.const 0 i32.atomic.load align=4 drop))", ""],
    ["(module (memory 1) (func i32.const 0 i32.atomic.load align=1 drop))", "alignment must be equal to natural alignment (4)"],
    ["(module (memory 1) (func i32.const 0 i32.load align=8 drop))", "alignment must not be larger than natural alignment (4)"],
    ["(module (tag (param i32) (result i32)))", "tag 0: non-empty tag result type"],
    ["(module (func (local (ref extern)) local.get 0 drop))", "uninitialized local 0"],
    ["(module (func (try (do) (catch_all (rethrow 0)))))", ""],
    ["(module (func (try (do) (catch_all)) rethrow 0))", "invalid rethrow label: it must name a catch block"],
    ["(module (func (block rethrow 0)))", "invalid rethrow label: it must name a catch block"],
    ["(module (func (param i64 i64 i64 i64) (result i64 i64) (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))", ""],
    ["(module (func (param i64 i64 i64) (result i64 i64) (i64.sub128 (local.get 0) (local.get 1) (local.get 2))))", "type mismatch: expected i64, but the stack is empty"],
    ["(module (func (param i64 i32) (result i64 i64) (i64.mul_wide_u (local.get 0) (local.get 1))))", "type mismatch: expected i64, found i32"],
    ["(module (rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct)))) (func (param (ref null $b)) (result (ref $a)) (struct.new_desc $a (local.get 0))))", "type mismatch: expected (ref null (exact 1)), found (ref null 1)"],
    ["(module (rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct)))) (func (param (ref null (exact $b))) (result (ref (exact $a))) (struct.new_desc $a (local.get 0))))", ""],
    ["(module (rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct)))) (func (result (ref $a)) (struct.new $a)))", "type 0 has a descriptor: allocate it with struct.new_desc"],
    ["(module (rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct)))) (func (param (ref $a)) (result (ref (exact $b))) (ref.get_desc $a (local.get 0))))", "type mismatch: expected (ref (exact 1)), found (ref 1)"],
    ["(module (rec (type $a (sub (descriptor $b) (struct))) (type $b (sub (describes $a) (struct)))) (func (param anyref (ref $b)) (result (ref $a)) (ref.cast_desc_eq (ref $a) (local.get 0) (local.get 1))))", ""],
    ["(module (rec (type $a (descriptor $b) (struct)) (type $b (struct))))", "type 0: its descriptor type 1 does not describe it"],
    ["(module (type $b (struct)) (type $a (descriptor 0) (struct)))", "type 1: descriptor type is outside rec group"],
    ['(module (func (param i32) local.get 0 (@metadata.code.branch_hint "\\01") if end))', ""],
    ['(module (func (param i32) local.get 0 local.get 0 (@metadata.code.branch_hint "\\01") i32.eq drop))', "invalid branch hint: only br_if and if take one, not i32.eq"],
  ];
  it.each(invalid)("%s", (text, message) => {
    const result = validate(text);
    expect(result.errors.map((e) => e.message)).toEqual(message === "" ? [] : [message]);
  });

  it("collects module-level errors together with function errors", () => {
    const errors = errorsOf('(module (memory 1 shared) (func (export "x") i32.const 0) (func (export "x")))');
    expect(errors.map((e) => e.message)).toEqual([
      "memory 0: shared memory must have maximum",
      'duplicate export name "x"',
      "type mismatch: 1 more value on the stack than the function's results",
    ]);
  });
});

describe("subtyping and type equivalence", () => {
  it("treats identical recursion groups as the same type (iso-recursive)", () => {
    const text = `(module
      (rec (type $a (struct (field (ref null $b)))) (type $b (struct (field (ref null $a)))))
      (rec (type $c (struct (field (ref null $d)))) (type $d (struct (field (ref null $c)))))
      (func (param (ref $a)) (result (ref $c)) local.get 0))`;
    expect(validate(text).errors).toEqual([]);
  });

  it("tells apart groups that differ in order", () => {
    const text = `(module
      (rec (type $a (struct (field i32))) (type $b (struct (field i64))))
      (rec (type $c (struct (field i64))) (type $d (struct (field i32))))
      (func (param (ref $a)) (result (ref $d)) local.get 0))`;
    expect(validate(text).errors.map((e) => e.message)).toEqual(["type mismatch: expected (ref 3), found (ref 0)"]);
  });

  it("accepts a declared subtype where its supertype is expected, not the other way round", () => {
    const types = "(type $p (sub (struct (field i32)))) (type $c (sub $p (struct (field i32) (field f32))))";
    expect(validate(`(module ${types} (func (param (ref $c)) (result (ref $p)) local.get 0))`).valid).toBe(true);
    expect(validate(`(module ${types} (func (param (ref $p)) (result (ref $c)) local.get 0))`).valid).toBe(false);
    expect(validate(`(module ${types} (func (param (ref null $c)) (result (ref $p)) local.get 0))`).valid).toBe(false);
    expect(validate(`(module ${types} (func (param (ref $c)) (result structref) local.get 0))`).valid).toBe(true);
    expect(validate(`(module ${types} (func (param (ref $c)) (result funcref) local.get 0))`).valid).toBe(false);
  });
});

describe("deep code", () => {
  it("validates 100000 nested blocks, as a Module and from bytes (the checker keeps its own stack)", () => {
    const depth = 100_000;
    const text = `(module (func (result i32) ${"block (result i32) ".repeat(depth)}i32.const 1${" end".repeat(depth)}))`;
    const module = watToModule(text);
    expect(validate(module).errors).toEqual([]);
    expect(validate(encode(module)).errors).toEqual([]);
    let innermost = module.funcs[0].body;
    while (innermost[0].body !== undefined) innermost = innermost[0].body;
    innermost[0] = { op: instrByName("i64.const")!, i64: 1n };
    expect(validate(module).errors.map((e) => e.message)).toEqual(["type mismatch: expected i32, found i64"]);
    expect(validate(encode(module)).errors.map((e) => e.message)).toEqual(["type mismatch: expected i32, found i64"]);
  });
});

describe("any Module", () => {
  it("validates a Module built or edited in code", () => {
    const module: Module = decode(wat2wasm("(module (func (result i32) i32.const 1))"));
    expect(validate(module).valid).toBe(true);
    module.funcs[0].body.pop();
    expect(validate(module).errors.map((e) => e.message)).toEqual(["type mismatch: expected i32, but the stack is empty"]);
    // The edited module still encodes; the binary is invalid in the same way.
    expect(validate(encode(module)).valid).toBe(false);
  });
});
