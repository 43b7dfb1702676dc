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

describe("module and instruction rules (more cases: test/cases/validate)", () => {
  it("rejects a tag with results unless the stack-switching proposal's rules apply", () => {
    const text = "(module (tag (param i32) (result i32)))";
    expect(validate(text).errors.map((e) => e.message)).toEqual(["tag 0: non-empty tag result type"]);
    expect(validate(wat2wasm(text), { proposals: ["stack-switching"] }).errors).toEqual([]);
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

describe("stack switching rules (with the stack-switching proposal; an empty message: valid)", () => {
  const types = "(type $f (func (param i32) (result i32))) (type $c (cont $f)) (type $g (func (result i32))) (type $d (cont $g))";
  const cases: [string, string][] = [
    [`(module ${types} (func (param (ref $f)) (result (ref $c)) (cont.new $c (local.get 0))))`, ""],
    [`(module ${types} (func (param (ref $g)) (result (ref $c)) (cont.new $c (local.get 0))))`, "type mismatch: expected (ref null 0), found (ref 2)"],
    ["(module (type $f (func)) (type $c (cont $c)))", "type 1: a continuation type must name a function type"],
    [`(module ${types} (func (param (ref $c)) (result (ref $d)) (cont.bind $c $d (i32.const 1) (local.get 0))))`, ""],
    [`(module ${types} (func (param (ref $d)) (result (ref $c)) (cont.bind $d $c (local.get 0))))`, "type mismatch in cont.bind: the continuation bound does not match the one made"],
    [`(module ${types} (tag $t (param i32) (result i32)) (func (result i32) (suspend $t (i32.const 1))))`, ""],
    [`(module ${types} (tag $t (param i32) (result i32)) (func (result i32) (throw $t (i32.const 1))))`, "non-empty tag result type: only a tag without results is an exception"],
    [
      `(module ${types} (tag $t (result i32))
        (func (param (ref $c)) (result i32)
          (block $h (result (ref $c)) (return (resume $c (on $t $h) (i32.const 1) (local.get 0))))
          (drop) (i32.const 0)))`,
      "",
    ],
    [
      `(module ${types} (tag $t (param i64))
        (func (param (ref $c)) (result i32)
          (block $h (result (ref $c)) (return (resume $c (on $t $h) (i32.const 1) (local.get 0))))
          (drop) (i32.const 0)))`,
      "type mismatch in handler: the tag's parameters do not match the label",
    ],
    [`(module ${types} (tag $s (result i32)) (func (param (ref $c)) (result i32) (resume $c (on $s switch) (i32.const 1) (local.get 0))))`, ""],
    [`(module ${types} (tag $s (param i32)) (func (param (ref $c)) (result i32) (resume $c (on $s switch) (i32.const 1) (local.get 0))))`, "type mismatch in handler: a switch tag takes no parameters"],
    [`(module ${types} (func (drop (ref.test contref (unreachable)))))`, "invalid cast: (ref null cont) is a continuation type"],
  ];
  it.each(cases)("%s", (text, message) => {
    const errors = validate(text, { proposals: ["stack-switching"] }).errors.map((e) => e.message.replace(/^func \d+(?: \$\S+)?: [^:]+: /, ""));
    expect(errors).toEqual(message === "" ? [] : [message]);
  });
});
