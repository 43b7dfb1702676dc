/**
 * raise: the Module's names become ids that re-resolve to the same names,
 * and every choice the bytes depend on is spelled as the model says.
 */
import { describe, expect, it } from "@jest/globals";
import { raise } from "../../src/module/raise.js";
import type { FuncField, ImportField, ModuleField } from "../../src/syntax/ast.js";
import { print } from "../../src/print/print.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";

function roundTrip(text: string, options: { folded?: boolean; names?: boolean } = {}): string {
  const out = print(watToModule(text), options);
  expect(Buffer.compare(wat2wasm(out), wat2wasm(text, { names: options.names }))).toBe(0);
  return out;
}

function funcs(fields: ModuleField[]): (FuncField | ImportField)[] {
  return fields.filter((f): f is FuncField | ImportField => f.kind === "func" || (f.kind === "import" && f.desc.kind === "func"));
}

describe("names", () => {
  it("gives the first of two entities with the same name the plain id, the other a unique id and an @name", () => {
    const text = `(module
      (import "m" "f" (func $a (@name "dup")))
      (func $b (@name "dup"))
      (func $c (@name "")))`;
    const [imp, b, c] = funcs([...raise(watToModule(text)).fields]);
    expect(imp.kind === "import" && imp.desc.id?.name).toBe("dup");
    expect(b.kind === "func" && [b.id?.name, b.name]).toEqual(["#func1<dup>", "dup"]);
    expect(c.kind === "func" && [c.id?.name, c.name]).toEqual(["#func2<>", ""]);
    const out = roundTrip(text);
    expect(out).toContain(`(func $#func1<dup> (@name "dup") (;1;)`);
  });

  it('writes names that are not plain ids as $"..."', () => {
    const out = roundTrip(`(module $"the module" (func $"a b" (param $"\\u{e9}" i32)) (global $"q\\"" i32 (i32.const 0)))`);
    expect(out).toContain(`(module $"the module"`);
    expect(out).toContain(`(func $"a b" (;0;) (type 0) (param $"\u00e9" i32))`);
    expect(out).toContain(`(global $"q\\"" (;0;) i32 i32.const 0)`);
  });

  it("ignores every name with names: false and refers by index", () => {
    const out = roundTrip(`(module $m (func $f (param $x i32) (call $f (local.get $x))))`, { names: false });
    expect(out).not.toContain("$");
    expect(out).toContain("call 0");
  });

  it("names struct fields and keeps them in field references", () => {
    const out = roundTrip(`(module
      (type $p (struct (field $x i32) (field $y (mut f64))))
      (func (param (ref $p)) (result i32) (struct.get $p $x (local.get 0))))`);
    expect(out).toContain("(type $p (;0;) (struct (field $x i32) (field $y (mut f64))))");
    expect(out).toContain("struct.get $p $x");
  });
});

describe("what the bytes depend on", () => {
  it("keeps sub, final and rec as written", () => {
    const out = roundTrip(`(module
      (rec (type $a (sub (struct))) (type $b (sub final $a (struct))))
      (type $c (sub final (func)))
      (type $d (func)))`);
    expect(out).toContain("(type $a (;0;) (sub (struct)))");
    expect(out).toContain("(type $b (;1;) (sub final $a (struct)))");
    expect(out).toContain("(type $c (;2;) (sub final (func)))");
    expect(out).toContain("(type $d (;3;) (func))");
  });

  it("writes element segments in the form the model records", () => {
    const out = roundTrip(`(module
      (table $t 4 funcref)
      (table $u 4 funcref)
      (func $f)
      (elem (i32.const 0) $f)
      (elem (table $u) (i32.const 0) func $f)
      (elem (i32.const 1) funcref (ref.func $f))
      (elem declare func $f))`);
    expect(out).toContain("(elem (;0;) (i32.const 0) func $f)");
    expect(out).toContain("(elem (;1;) (table $u) (i32.const 0) func $f)");
    expect(out).toContain("(elem (;2;) (i32.const 1) funcref (ref.func $f))");
    expect(out).toContain("(elem (;3;) declare func $f)");
  });

  it("keeps block types by kind and typed select", () => {
    roundTrip(`(module
      (type $t (func (result i32)))
      (func (result i32)
        (block (type $t) (i32.const 1))
        (block (result i32) (i32.const 2))
        (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0))
        drop drop))`);
  });

  it("keeps custom sections in place and branch hints on their instructions", () => {
    const out = roundTrip(`(module
      (@custom "a" (before first) "x")
      (func (param i32)
        (@metadata.code.branch_hint "\\01") (if (local.get 0) (then)))
      (@custom "b" (after func) "y\\00"))`);
    expect(out).toContain(`(@custom "a" (before first) "x")`);
    expect(out).toContain(`(@custom "b" (after func) "y\\00")`);
    expect(out).toContain(`local.get 0\n    (@metadata.code.branch_hint "\\01")\n    if`);
  });

  it("raises memory64, shared memories, table initialisers and explicit data memories", () => {
    roundTrip(`(module
      (memory $a i64 1 2)
      (memory $b 1 1 shared)
      (table 1 (ref func) (ref.func $f))
      (func $f)
      (data (memory $b) (i32.const 0) "z"))`);
  });
});
