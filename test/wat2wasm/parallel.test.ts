/**
 * wat2wasm on several threads gives what it gives on one: the same bytes
 * (names and exact notes included) and, for bad text, the same error at the
 * same line and column.
 */
import { readFileSync } from "node:fs";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { type ConversionPool, MIN_PARALLEL_CHARS, wat2wasmParallel } from "../../src/wat2wasm/parallel.js";
import { WorkerPool } from "../../src/wat2wasm/worker-pool.js";
import { splitFuncBodies } from "../../src/syntax/func-bodies.js";
import { corpusBinaries } from "../helpers/real-binaries.js";
import { withoutNames } from "../helpers/wasm-sections.js";
import { readSpecFile, specFileNames, textOf, validModules } from "../helpers/spec-suite.js";
import { errorOf } from "../helpers/wat-error.js";

/** One body a batch, so that even a small module is shared between the threads. */
const SPLIT = { jobs: 2, batchChars: 1 };

function sequential(text: string): Uint8Array {
  return wat2wasm(text, { jobs: 1 });
}

/** A module of `count` functions over MIN_PARALLEL_CHARS of text, the one at `broken` with `bad` in its body. */
function largeModule(count: number, broken: number, bad: string): string {
  const funcs: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = i === broken ? bad : "local.get $x\n    i32.const 1\n    i32.add\n    call $f0\n    drop\n    local.get $x";
    funcs.push(`  (func $f${i} (export "f${i}") (param $x i32) (result i32)\n    ${body})`);
  }
  return `(module\n${funcs.join("\n")}\n)\n`;
}

describe("wat2wasm on two threads", () => {
  const corpus = corpusBinaries().filter((b) => b.name.endsWith(".wasm"));

  // One thread gives back the binary itself from this print (the round trip of test/corpus/print-checks.ts):
  // compared with the binary, two threads are compared with one without a third conversion of the text.
  test.each(corpus.map((b) => [b.name, b.path] as const))("%s printed with names and exact notes converts to the same bytes", (_name, path) => {
    const bytes = readFileSync(path);
    const text = wasm2wat(bytes);
    // About eight batches: more would only repeat the same work.
    const batchChars = Math.ceil(text.length / 8);
    const parallel = wat2wasmParallel(text, { ...SPLIT, batchChars, names: true });
    expect(parallel).toBeDefined();
    expect(Buffer.from(parallel!).equals(bytes)).toBe(true);
    const unnamed = wat2wasmParallel(text, { ...SPLIT, batchChars, names: false });
    expect(Buffer.from(unnamed!).equals(Buffer.from(withoutNames(bytes)))).toBe(true);
  });

  test("spec modules (every twentieth script) convert to the same bytes", () => {
    let split = 0;
    let splittable = 0;
    const names = specFileNames().filter((_, i) => i % 20 === 0);
    for (const name of names) {
      const file = readSpecFile(name);
      for (const module of validModules(file.script.commands)) {
        if (module.kind !== "module") continue;
        const text = textOf(file.source, module);
        let expected: Uint8Array;
        try {
          expected = sequential(text);
        } catch {
          // A module the spec runs but rejects by linking or features is not this test's concern.
          continue;
        }
        if ((splitFuncBodies(text)?.bodies.length ?? 0) < 2) continue;
        splittable++;
        const parallel = wat2wasmParallel(text, { ...SPLIT, names: true });
        if (parallel === undefined) continue;
        split++;
        expect({ name, line: module.start, same: Buffer.from(parallel).equals(Buffer.from(expected)) }).toEqual({ name, line: module.start, same: true });
      }
    }
    // The rest are refused: bodies with type uses that declare types.
    expect(split).toBeGreaterThan(splittable * 0.8);
  });

  test("a large module goes through the workers by default and gives the same bytes", () => {
    const text = largeModule(12000, -1, "");
    expect(text.length).toBeGreaterThan(MIN_PARALLEL_CHARS);
    expect(wat2wasmParallel(text, { names: true, jobs: 2 })).toBeDefined();
    expect(Buffer.from(wat2wasm(text, { jobs: 2 })).equals(Buffer.from(sequential(text)))).toBe(true);
  });

  test("an error in a function body is reported at the same line and column", () => {
    const text = largeModule(12000, 9000, "local.get $y");
    const one = errorOf(() => sequential(text));
    expect(one.line).toBe(9000 * 7 + 3);
    expect(errorOf(() => wat2wasm(text, { jobs: 2 }))).toEqual(one);
  });

  test("an error in a function header is reported at the same line and column", () => {
    const text = largeModule(12000, -1, "").replace("(func $f10000 (export", "(func $f10000 (exprt");
    const one = errorOf(() => sequential(text));
    expect(errorOf(() => wat2wasm(text, { jobs: 2 }))).toEqual(one);
  });

  test("a feature outside the set, in a body or in the header, is reported as on one thread", () => {
    const inBody = largeModule(12000, 9000, "local.get $x\n    i64.extend_i32_u\n    i64.const 1\n    i64.const 2\n    i64.const 3\n    i64.add128\n    drop\n    drop\n    local.get $x");
    const one = errorOf(() => wat2wasm(inBody, { jobs: 1, features: "wasm3" }));
    expect(one.message).toContain("needs the wide-arithmetic proposal");
    expect(one.line).toBe(9000 * 7 + 8);
    expect(errorOf(() => wat2wasm(inBody, { jobs: 2, features: "wasm3" }))).toEqual(one);
    expect(Buffer.from(wat2wasm(inBody, { jobs: 2, features: "wasm3,+wide-arithmetic" })).equals(Buffer.from(sequential(inBody)))).toBe(true);
    const inHeader = largeModule(12000, -1, "").replace("(module\n", "(module\n  (memory 1 1 shared)\n");
    const header = errorOf(() => wat2wasm(inHeader, { jobs: 1, features: "wasm3" }));
    expect(errorOf(() => wat2wasm(inHeader, { jobs: 2, features: "wasm3" }))).toEqual(header);
    // Batches of a few hundred bodies: one a batch would only repeat the per-batch work 12000 times.
    const split = { ...SPLIT, batchChars: 1 << 16, names: true };
    expect(wat2wasmParallel(inHeader, { ...split, features: "wasm3" })).toBeUndefined();
    expect(wat2wasmParallel(inHeader, { ...split, features: "wasm3,+threads" })).toBeDefined();
  });

  test.each([
    ["an unknown local", "local.get $y"],
    ["an unknown instruction", "i32.frobnicate"],
    ["an unclosed string", 'i32.const 1\n    call $"f0'],
    ["a type use that needs a new type", "call_indirect (param f64)\n    i32.const 1"],
  ])("a body with %s is refused, so that one thread converts and reports", (_what, bad) => {
    const text = largeModule(40, 30, bad);
    expect(wat2wasmParallel(text, { ...SPLIT, names: true })).toBeUndefined();
  });

  test("a body naming a data segment gets the data count section", () => {
    const text = `(module (memory 1) (data $d "abc")\n${"(func nop)\n".repeat(20)}(func i32.const 0 i32.const 0 i32.const 1 memory.init $d) (func data.drop $d))`;
    const parallel = wat2wasmParallel(text, { ...SPLIT, names: true });
    expect(Buffer.from(parallel!).equals(Buffer.from(sequential(text)))).toBe(true);
  });

  test("workers, which read data fields only to their ids, number the segments as the whole text does", () => {
    const data = '(data (i32.const 0) "a") (data $p "b") (memory $m (data "c")) (data $q (memory $m) (offset i32.const 4) "d" "e")';
    const text = `(module ${data}\n${"(func nop)\n".repeat(20)}(func i32.const 0 i32.const 0 i32.const 1 memory.init $q) (func data.drop $p))`;
    expect(Buffer.from(wat2wasmParallel(text, { ...SPLIT, names: true })!).equals(Buffer.from(sequential(text)))).toBe(true);
    // A passive segment, which wasm1 lacks, is what a worker's cut field reads as.
    const active = `(module (memory 1) (data (i32.const 0) "a") (data $b (i32.const 1) "b")\n${"(func i32.const 1 drop)\n".repeat(20)})`;
    const one = wat2wasm(active, { jobs: 1, features: "wasm1" });
    expect(Buffer.from(wat2wasmParallel(active, { ...SPLIT, names: true, features: "wasm1" })!).equals(Buffer.from(one))).toBe(true);
  });
});

describe("a worker that stops mid-conversion", () => {
  const text = largeModule(12000, -1, "");

  function convertWith(pool: ConversionPool): Uint8Array | undefined {
    try {
      return wat2wasmParallel(text, { names: true, jobs: 2, batchChars: 1 << 16, pool });
    } finally {
      pool.close();
    }
  }

  test("out of memory while it resolves the skeleton: the main thread converts its batches", () => {
    // 16 MB lets the worker start but not hold the skeleton's syntax tree.
    const pool: ConversionPool = new WorkerPool(new URL("../../src/wat2wasm/worker.js", import.meta.url), { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 1 });
    expect(Buffer.from(convertWith(pool)!).equals(Buffer.from(sequential(text)))).toBe(true);
  });

  test("silent after its first batch, without exiting: the call ends with the same bytes", () => {
    const pool: ConversionPool = new WorkerPool(new URL("../helpers/stalling-worker.js", import.meta.url));
    expect(Buffer.from(convertWith(pool)!).equals(Buffer.from(sequential(text)))).toBe(true);
  });
});
