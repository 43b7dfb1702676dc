/**
 * merge: two or three modules wound into one compute what they computed
 * across the import boundary, on V8; two memories (multi-memory, which
 * Node 20's V8 cannot run) are checked with watkit's and binaryen's
 * validators, by where each module's loads and data now point, and by
 * running the result on the test engine (Node 24).
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import binaryen from "binaryen";
import { encode } from "../../../src/binary/encode.js";
import { decode } from "../../../src/binary/decode.js";
import type { Func } from "../../../src/module/model.js";
import { merge } from "../../../src/rewrite/index.js";
import { forEachInstr } from "../../../src/module/code-walk.js";
import { validate } from "../../../src/validate/validate.js";
import { wat2wasm } from "../../../src/wat2wasm.js";
import { engineNode } from "../../helpers/engine.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked, exportNames, fn, importNames, mod } from "../helpers.js";
import { PROGRAMS } from "../programs.js";

const LIB = `(module
  (import "env" "log" (func $log (param i32)))
  (global $base (export "base") i32 (i32.const 1000))
  (global $counter (export "counter") (mut i32) (i32.const 0))
  (table $t (export "table") 2 funcref)
  (elem (i32.const 0) $square $add)
  (func $square (export "square") (param i32) (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (i32.mul (local.get 0) (local.get 0)))
  (func $add (export "add") (param i32 i32) (result i32)
    (call $log (local.get 0))
    (i32.add (local.get 0) (local.get 1))))`;

const APP = `(module
  (import "lib" "square" (func $sq (param i32) (result i32)))
  (import "lib" "add" (func $add (param i32 i32) (result i32)))
  (import "lib" "base" (global $base i32))
  (import "lib" "counter" (global $counter (mut i32)))
  (import "lib" "table" (table 2 funcref))
  (import "env" "log" (func $log (param i32)))
  (type $binop (func (param i32 i32) (result i32)))
  (func $square (param i32) (result i32) (i32.const -1))
  (func (export "run") (param i32) (result i32)
    (call $add (call $sq (local.get 0)) (global.get $base)))
  (func (export "indirect") (param i32 i32) (result i32)
    (call_indirect (type $binop) (local.get 0) (local.get 1) (i32.const 1)))
  (func (export "calls") (result i32) (global.get $counter)))`;

function instantiate(bytes: Uint8Array<ArrayBuffer>, log: number[]): WebAssembly.Instance {
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { log: (x: number) => void log.push(x) } });
}

describe("merge", () => {
  it("computes what the two modules computed across the import boundary", () => {
    const separateLog: number[] = [];
    const lib = instantiate(wat2wasm(LIB) as Uint8Array<ArrayBuffer>, separateLog);
    const app = new WebAssembly.Instance(new WebAssembly.Module(wat2wasm(APP) as Uint8Array<ArrayBuffer>), {
      lib: lib.exports,
      env: { log: (x: number) => void separateLog.push(x) },
    });
    const merged = merge([
      { name: "app", module: mod(APP) },
      { name: "lib", module: mod(LIB) },
    ]);
    const bytes = checked(merged);
    expect(importNames(bytes)).toEqual(["env.log"]);
    expect(exportNames(bytes)).toEqual(["run", "indirect", "calls"]);
    const mergedLog: number[] = [];
    const one = instantiate(bytes, mergedLog);
    for (const instance of [app, one]) {
      expect(fn(instance, "run")(7)).toBe(1049);
      expect(fn(instance, "indirect")(20, 22)).toBe(42);
      expect(fn(instance, "calls")()).toBe(1);
    }
    expect(mergedLog).toEqual(separateLog);
  });

  it("leaves no call to an import another input satisfies, and keeps one import env.log for both", () => {
    const merged = merge([
      { name: "app", module: mod(APP) },
      { name: "lib", module: mod(LIB) },
    ]);
    const imported = merged.imports.filter((e) => e.entity === "func") as Func[];
    expect(imported.map((f) => `${f.import!.module}.${f.import!.name}`)).toEqual(["env.log"]);
    const callees = new Set<string>();
    for (const f of merged.funcs) forEachInstr(f.body, (ins) => ins.func && "name" in ins.func && callees.add(ins.func.name ?? "?"));
    expect([...callees].sort()).toEqual(["add", "log", "square"]);
  });

  it("renames clashing names with the module's name", () => {
    const merged = merge([
      { name: "app", module: mod(APP) },
      { name: "lib", module: mod(LIB) },
    ]);
    const names = merged.funcs.map((f) => f.name);
    expect(names).toContain("square");
    expect(names).toContain("app.square");
    // The text form needs unique names: it prints and parses back.
    checked(merged);
  });

  it("exports what the caller chooses, under new names", () => {
    const merged = merge(
      [
        { name: "app", module: mod(APP) },
        { name: "lib", module: mod(LIB) },
      ],
      { exports: ["app.run=main", "lib.square", "lib.counter"] },
    );
    const instance = instantiate(checked(merged), []);
    expect(exportNames(checked(merged))).toEqual(["main", "square", "counter"]);
    expect(fn(instance, "main")(2)).toBe(1004);
    expect((instance.exports.counter as WebAssembly.Global).value).toBe(1);
  });

  it("runs each module's start function, dependencies first", () => {
    const a = `(module (import "b" "g" (global $g (mut i32))) (global $seen (export "seen") (mut i32) (i32.const 0))
      (func $start (global.set $seen (global.get $g))) (start $start))`;
    const b = `(module (global $g (export "g") (mut i32) (i32.const 0)) (func $init (global.set $g (i32.const 5))) (start $init))`;
    const merged = merge([
      { name: "a", module: mod(a) },
      { name: "b", module: mod(b) },
    ]);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(checked(merged)));
    expect((instance.exports.seen as WebAssembly.Global).value).toBe(5);
  });


  it("keeps each module's memory (multi-memory): loads and data stay on their own memory", () => {
    const memA = `(module (import "b" "get" (func $get (param i32) (result i32)))
      (memory $ma (export "memory") 1) (data (i32.const 0) "A")
      (func (export "both") (result i32) (i32.add (i32.load8_u (i32.const 0)) (call $get (i32.const 0)))))`;
    const memB = `(module (memory $mb 1) (data (i32.const 0) "B")
      (func (export "get") (param i32) (result i32) (i32.load8_u (local.get 0))))`;
    const warnings: string[] = [];
    const merged = merge(
      [
        { name: "a", module: mod(memA) },
        { name: "b", module: mod(memB) },
      ],
      { warn: (w) => void warnings.push(w) },
    );
    expect(warnings).toEqual([expect.stringContaining("needs multi-memory, which Node 20 cannot run")]);
    expect(merged.memories.map((m) => m.name)).toEqual(["mb", "ma"]);
    const get = merged.funcs.find((f) => merged.exports.every((e) => e.target !== f))!;
    const loads: string[] = [];
    forEachInstr(get.body, (ins) => ins.memarg && loads.push((ins.memarg.memory as { name?: string }).name ?? "?"));
    expect(loads).toEqual(["mb"]);
    const bytes = encode(merged);
    expect(validate(bytes).errors).toEqual([]);
    expect(Buffer.compare(Buffer.from(encode(decode(bytes))), Buffer.from(bytes))).toBe(0);
    binaryen.setDebugInfo(false);
    const module = binaryen.readBinary(bytes);
    module.setFeatures(binaryen.Features.All);
    expect(module.validate()).toBeTruthy();
    module.dispose();
    // "A" (65) from a's memory plus "B" (66) from b's, on an engine with multi-memory.
    expect(runOnTestEngine(bytes, "both")).toBe("131");
  });

  it("links compiler output to a module written in WAT: AssemblyScript's env.abort", () => {
    const file = "assemblyscript/primes.wasm";
    const input = new Uint8Array(readFileSync(join(corpusDir(), file)));
    const env = mod(`(module (func (export "abort") (param i32 i32 i32 i32) unreachable))`);
    const merged = merge([
      { name: "primes", module: decode(input) },
      { name: "env", module: env },
    ]);
    const bytes = checked(merged);
    expect(importNames(bytes)).toEqual([]);
    expect(exportNames(bytes)).toEqual(exportNames(input as Uint8Array<ArrayBuffer>));
    expect(PROGRAMS[file](bytes)).toEqual(PROGRAMS[file](input));
  });

});

/** Instantiates `bytes` on the test engine (a Node with all of WebAssembly 3.0) and calls the export `name`. */
function runOnTestEngine(bytes: Uint8Array, name: string): string {
  const script = `const i = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(process.argv[1], "base64")));
    process.stdout.write(String(i.exports[process.argv[2]]()));`;
  const result = spawnSync(engineNode().path, ["-e", script, Buffer.from(bytes).toString("base64"), name], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout;
}
