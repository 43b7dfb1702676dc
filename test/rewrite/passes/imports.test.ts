/**
 * replace-import and remove-unused-imports as functions, and on a real
 * program. The pass forms of replace-import, replace-func, add-wat and
 * remove-unused-imports are cases in test/cases/rewrite/.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../../src/binary/decode.js";
import { removeUnusedImports, replaceImports, rewrite } from "../../../src/rewrite/index.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked, fn, importNames, instantiate, mod } from "../helpers.js";
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

describe("replace-import", () => {
  it("takes a replacement written in WAT as text", () => {
    const m = mod(HOST);
    replaceImports(m, "host.*", {
      kind: "wat",
      text: `(func $log (param i32) (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
             (func $double (param i32) (result i32) (call $twice (i32.add (local.get 0) (global.get $calls))))`,
    });
    expect(importNames(checked(m))).toEqual(["host.unused"]);
    // log counts 1 call; double(5 + 1) twice.
    expect(fn(instantiate(m, { host: { unused: () => {} } }), "run")(5)).toBe(24);
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
});
