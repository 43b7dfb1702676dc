/** replace-import, replace-func, add-wat and remove-unused-imports: functions supplied inside the module, unused imports dropped. */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "../../../src/binary/decode.js";
import { PassError } from "../../../src/rewrite/pass.js";
import { removeUnusedImports, replaceImports, rewrite } from "../../../src/rewrite/index.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked, exportNames, fn, importNames, instantiate, mod } from "../helpers.js";
import { PROGRAMS } from "../programs.js";

const HOST = `(module
  (import "host" "log" (func $log (param i32)))
  (import "host" "double" (func $double (param i32) (result i32)))
  (import "host" "unused" (func $unused (param f64)))
  (table 1 funcref)
  (elem (i32.const 0) $double)
  (global $calls (mut i32) (i32.const 0))
  (func $twice (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
  (func (export "run") (param i32) (result i32)
    (call $log (local.get 0))
    (i32.add (call $double (local.get 0)) (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0))))
  (export "double" (func $double)))`;

const noHost = { host: {} };

describe("replace-import", () => {
  it("uses a function of the module for calls, table entries and exports", () => {
    const m = mod(HOST);
    rewrite(m, ["replace-import=host.double=$twice", "replace-import=host.log=stub", "remove-unused-imports"]);
    const bytes = checked(m);
    expect(importNames(bytes)).toEqual([]);
    expect(exportNames(bytes)).toEqual(["run", "double"]);
    const instance = instantiate(m, noHost);
    expect(fn(instance, "run")(5)).toBe(20);
    expect(fn(instance, "double")(4)).toBe(8);
  });

  it("adds a replacement written in WAT that uses the module's entities by name", () => {
    const m = mod(HOST);
    replaceImports(m, "host.*", {
      kind: "wat",
      text: `(func $log (param i32) (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
             (func $double (param i32) (result i32) (call $twice (i32.add (local.get 0) (global.get $calls))))
             (export "calls" (global $calls))`,
    });
    const instance = instantiate(m, { host: { unused: () => {} } });
    expect(importNames(checked(m))).toEqual(["host.unused"]);
    // log counts 1 call; double(5 + 1) twice.
    expect(fn(instance, "run")(5)).toBe(24);
    expect((instance.exports.calls as WebAssembly.Global).value).toBe(1);
  });

  it("traps with `trap`", () => {
    const m = mod(HOST);
    rewrite(m, ["replace-import=host.log=trap"]);
    const instance = instantiate(m, { host: { double: (x: number) => x, unused: () => {} } });
    expect(() => fn(instance, "run")(1)).toThrow(WebAssembly.RuntimeError);
  });

  it("refuses a replacement of another type, and a pattern that matches nothing", () => {
    expect(() => rewrite(mod(HOST), ["replace-import=host.log=$twice"])).toThrow("has another type");
    expect(() => rewrite(mod(HOST), ["replace-import=env.*=stub"])).toThrow(PassError);
    expect(() => rewrite(mod(HOST), ["replace-import=host.log=$nothing"])).toThrow("no function $nothing");
  });

  it("stubs the imports of a real program (AssemblyScript's env.abort) and it still runs", () => {
    const file = "assemblyscript/primes.wasm";
    const input = new Uint8Array(readFileSync(join(corpusDir(), file)));
    const m = decode(input);
    rewrite(m, ["replace-import=env.abort=trap"]);
    const bytes = checked(m);
    expect(importNames(bytes)).toEqual([]);
    expect(PROGRAMS[file](bytes)).toEqual(PROGRAMS[file](input));
  });
});

describe("remove-unused-imports", () => {
  it("removes only imports nothing refers to", () => {
    const m = mod(HOST);
    expect(removeUnusedImports(m)).toBe(1);
    expect(importNames(checked(m))).toEqual(["host.log", "host.double"]);
  });

  it("keeps an import that is only exported or only in a table", () => {
    const m = mod(`(module (import "a" "f" (func $f)) (import "a" "g" (func $g)) (import "a" "h" (func $h))
      (import "a" "mem" (memory 1)) (table 1 funcref) (elem (i32.const 0) $g) (export "f" (func $f)))`);
    rewrite(m, ["remove-unused-imports"]);
    expect(importNames(checked(m))).toEqual(["a.f", "a.g"]);
  });
});

describe("replace-func", () => {
  it("puts a function of the module in place of a defined one, in calls, tables and exports", () => {
    const m = mod(`(module (table 1 funcref) (elem (i32.const 0) $slow)
      (func $slow (export "slow") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 100)))
      (func $fast (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
      (func (export "run") (param i32) (result i32)
        (i32.add (call $slow (local.get 0)) (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0)))))`);
    rewrite(m, ["replace-func=$slow=$fast"]);
    expect(m.funcs.map((f) => f.name)).toEqual(["fast", undefined]);
    const instance = instantiate(m);
    expect(fn(instance, "run")(1)).toBe(4);
    expect(fn(instance, "slow")(1)).toBe(2);
  });

  it("takes the same-named function of a WAT file, and refuses another type", () => {
    const dir = mkdtempSync(join(tmpdir(), "watkit-replace-func-"));
    writeFileSync(join(dir, "new.wat"), `(func $slow (param i32) (result i32) (i32.sub (local.get 0) (i32.const 1)))`);
    const m = mod(`(module (func $slow (export "f") (param i32) (result i32) (local.get 0)))`);
    rewrite(m, [`replace-func=$slow=@${join(dir, "new.wat")}`]);
    expect(fn(instantiate(m), "f")(10)).toBe(9);
    expect(() => rewrite(mod(`(module (func $a (param i32)) (func $b))`), ["replace-func=$a=$b"])).toThrow("has another type");
    expect(() => rewrite(mod(`(module (func $a))`), ["replace-func=$zz=$a"])).toThrow("no defined function matches $zz");
  });
});

describe("add-wat", () => {
  it("adds the fields of a file, resolved against the module", () => {
    const dir = mkdtempSync(join(tmpdir(), "watkit-add-wat-"));
    writeFileSync(join(dir, "more.wat"), `(func (export "plus1") (param i32) (result i32) (call $twice (local.get 0)) (i32.const 1) i32.add)`);
    const m = mod(`(module (func $twice (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1))))`);
    rewrite(m, [`add-wat=${join(dir, "more.wat")}`]);
    expect(fn(instantiate(m), "plus1")(20)).toBe(41);
  });
});
