/**
 * dce: what nothing live uses goes, what is live stays and behaves the same;
 * on the corpus, measured against binaryen's remove-unused-module-elements.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import binaryen from "binaryen";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../../src/binary/decode.js";
import { encode } from "../../../src/binary/encode.js";
import type { Module } from "../../../src/module/model.js";
import { dce } from "../../../src/rewrite/index.js";
import { validate } from "../../../src/validate/validate.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked, fn, importNames, instantiate, mod } from "../helpers.js";
import { PROGRAMS } from "../programs.js";

describe("dce on small modules", () => {
  it("removes dead functions, globals, types, tables, memories, tags, segments and imports", () => {
    const m = mod(`(module
      (type $unused (func (param f64)))
      (import "env" "dead" (func $imp-dead))
      (import "env" "live" (func $imp-live (param i32)))
      (memory $m 1)
      (table $t 1 funcref)
      (global $g-live (mut i32) (i32.const 1))
      (global $g-dead i32 (i32.const 2))
      (tag $e (param i32))
      (data $passive "x")
      (elem $passive-e func $dead)
      (func $dead (call $imp-dead) (global.get $g-dead) drop (i32.store (i32.const 0) (i32.const 0)))
      (func $helper (param i32) (result i32) (local.get 0) (global.get $g-live) i32.add)
      (func (export "f") (param i32) (result i32) (call $imp-live (i32.const 0)) (call $helper (local.get 0))))`);
    dce(m);
    expect(m.funcs.map((f) => f.name)).toEqual(["helper", undefined]);
    expect(m.globals.map((g) => g.name)).toEqual(["g-live"]);
    expect(m.imports.map((i) => i.name)).toEqual(["imp-live"]);
    expect([m.memories.length, m.tables.length, m.tags.length, m.datas.length, m.elems.length]).toEqual([0, 0, 0, 0, 0]);
    expect(m.types.flatMap((g) => g.types).some((t) => t.name === "unused")).toBe(false);
    const bytes = checked(m);
    expect(importNames(bytes)).toEqual(["env.live"]);
    const instance = instantiate(m, { env: { live: () => {} } });
    expect(fn(instance, "f")(41)).toBe(42);
  });

  it("keeps the tags resume handlers name and the function type of a live continuation type", () => {
    const m = mod(`(module (type $f (func)) (type $c (cont $f)) (tag $t) (tag $s) (tag $dead)
      (func (export "run") (param (ref $c))
        (block $h (result (ref $c)) (resume $c (on $t $h) (on $s switch) (local.get 0)) (return)) (drop)))`);
    dce(m);
    expect(m.tags.map((t) => t.name)).toEqual(["t", "s"]);
    expect(m.types.flatMap((g) => g.types).map((t) => t.name)).toEqual(["f", "c", undefined]);
    expect(validate(encode(m)).errors).toEqual([]);
  });

  it("keeps the start function and the segments whose writes show", () => {
    const m = mod(`(module
      (memory 1) (table $shown (export "t") 2 funcref) (table $hidden 1 funcref) (table $small 1 funcref)
      (global $seen (mut i32) (i32.const 0))
      (func $init (global.set $seen (i32.const 7)))
      (func $in-shown (result i32) (i32.const 5))
      (func $in-hidden (result i32) (i32.const 6))
      (func $out-of-bounds (result i32) (i32.const 8))
      (elem (table $shown) (i32.const 1) func $in-shown)
      (elem (table $hidden) (i32.const 0) func $in-hidden)
      (elem (table $small) (i32.const 1) func $out-of-bounds)
      (data (i32.const 0) "abc")
      (start $init))`);
    dce(m);
    // $hidden and what only it held go; the out-of-bounds segment traps at instantiation, so it stays.
    expect(m.funcs.map((f) => f.name)).toEqual(["init", "in-shown", "out-of-bounds"]);
    expect(m.tables.map((t) => t.name)).toEqual(["shown", "small"]);
    expect([m.memories.length, m.elems.length, m.datas.length, m.globals.length]).toEqual([0, 2, 0, 1]);
    checked(m);
  });

  it("keeps a segment of an unused memory when it is imported", () => {
    const m = mod(`(module (import "env" "memory" (memory 1)) (data (i32.const 0) "abc"))`);
    dce(m);
    expect([m.imports.length, m.datas.length]).toEqual([1, 1]);
  });

  it("keeps a declarative segment's live functions only, and recursion groups whole", () => {
    const m = mod(`(module
      (rec (type $a (struct (field (ref null $b)))) (type $b (struct)) (type $c (array i8)))
      (elem declare func $f $g)
      (func $f)
      (func $g)
      (func (export "h") (result funcref) (ref.func $f))
      (func (export "s") (result (ref null $a)) (ref.null $a)))`);
    dce(m);
    expect(m.elems[0].items.map((i) => i[0].func && "name" in i[0].func ? i[0].func.name : undefined)).toEqual(["f"]);
    expect(m.types.find((g) => g.explicit)!.types.map((t) => t.name)).toEqual(["a", "b", "c"]);
    expect(m.funcs.map((f) => f.name)).toEqual(["f", undefined, undefined]);
    // GC types: Node 20's V8 cannot validate them; watkit's validator can.
    const bytes = encode(m);
    expect(validate(bytes).errors).toEqual([]);
    expect(encode(decode(bytes))).toEqual(bytes);
  });
});

/** Binaryen's remove-unused-module-elements on the same input (names kept, features the corpus uses). */
function binaryenDce(bytes: Uint8Array): Uint8Array {
  binaryen.setDebugInfo(true);
  const m = binaryen.readBinary(bytes);
  try {
    const f = binaryen.Features;
    m.setFeatures(f.MVP | f.BulkMemory | f.SIMD128 | f.NontrappingFPToInt | f.SignExt | f.MutableGlobals);
    m.runPasses(["remove-unused-module-elements"]);
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

/** Types, imports, functions, tables, memories, globals, tags and segments. */
function entityCount(m: Module): number {
  const lists = [m.types, m.imports, m.funcs, m.tables, m.memories, m.globals, m.tags, m.elems, m.datas];
  return lists.reduce((n, l) => n + l.length, 0);
}

const CORPUS = [...Object.keys(PROGRAMS), "go/hello/hello.wasm"];

describe("dce on the corpus", () => {
  const rows: string[] = [];
  let totalReencoded = 0;
  let totalOut = 0;

  it.each(CORPUS)("%s: validates, shrinks or keeps its size, and behaves the same", (name) => {
    const input = new Uint8Array(readFileSync(join(corpusDir(), name)));
    const m = decode(input);
    const entitiesIn = entityCount(m);
    // decode -> encode alone writes canonical LEBs where linkers padded them: measured apart.
    const reencoded = encode(m).length;
    dce(m);
    const output = checked(m);
    expect(output.length).toBeLessThanOrEqual(input.length);
    const run = PROGRAMS[name];
    if (run !== undefined) expect(run(output)).toEqual(run(input));
    const theirs = binaryenDce(input);
    expect(WebAssembly.validate(theirs as Uint8Array<ArrayBuffer>)).toBe(true);
    totalReencoded += reencoded;
    totalOut += output.length;
    const saved = `${(((reencoded - output.length) / reencoded) * 100).toFixed(2)}%`;
    const entities = `${entitiesIn}/${entityCount(m)}/${entityCount(decode(theirs))}`;
    rows.push([name.padEnd(34), input.length, reencoded, output.length, saved, theirs.length, entities].map((c) => String(c).padStart(10)).join(" "));
  });

  afterAll(() => {
    const header = ["input".padEnd(34), "bytes", "re-encoded", "watkit dce", "dce saved", "binaryen", "entities in/watkit/binaryen"]
      .map((c) => c.padStart(10))
      .join(" ");
    console.log(`dce vs binaryen remove-unused-module-elements (names kept by both)\n${header}\n${rows.join("\n")}\ntotal re-encoded ${totalReencoded} -> after dce ${totalOut}`);
    expect(totalOut).toBeLessThan(totalReencoded);
  });
});
