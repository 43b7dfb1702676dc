/** replace-import and remove-unused-imports: imports satisfied inside the module, unused ones dropped. */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
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
