/**
 * Issue 17, item 7: merge says when its result needs multi-memory (which
 * Node 20 cannot run) and, with `memories: "combine"`, puts every module's
 * memory into one at its own base, so that the result runs on Node 20; a
 * merge that links nothing is refused; a type mismatch shows both types.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { merge, rewrite } from "../../../src/rewrite/index.js";
import { SnippetError } from "../../../src/rewrite/snippet.js";
import { fn, instantiate, mod } from "../helpers.js";

/** Module a: one fixed page holding "A" at 0, and its size. */
const A = `(module (import "b" "get" (func $get (param i32) (result i32)))
  (import "b" "grow" (func $grow (param i32) (result i32)))
  (import "b" "size" (func $bsize (result i32)))
  (memory $ma (export "memory") 1) (data (i32.const 0) "A")
  (func (export "both") (result i32) (i32.add (i32.load8_u (i32.const 0)) (call $get (i32.const 0))))
  (func (export "asize") (result i32) (memory.size))
  (func (export "bgrow") (param i32) (result i32) (call $grow (local.get 0)))
  (func (export "bsize") (result i32) (call $bsize)))`;

/** Module b: two pages (at most four) holding "B" at 0, which its code grows, fills, copies and initialises. */
const B = `(module (memory $mb 2 4) (data (i32.const 0) "B") (data $more "xyz")
  (func (export "get") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32) (memory.init $more (local.get 0) (i32.const 0) (i32.const 3))))`;

function combined(a = A, b = B) {
  const exports = ["a.both", "a.asize", "a.bgrow", "a.bsize", "a.memory", "b.get", "b.fill", "b.copy", "b.init"];
  return merge(
    [
      { name: "a", module: mod(a) },
      { name: "b", module: mod(b) },
    ],
    { memories: "combine", exports },
  );
}

describe("merge with memories combined", () => {
  it("gives one memory that runs on this Node, each module reading its own data", () => {
    const out = combined();
    expect(out.memories.length).toBe(1);
    expect(out.memories[0].limits).toMatchObject({ min: 3n, max: 5n });
    const instance = instantiate(out);
    expect(fn(instance, "both")()).toBe(65 + 66);
    const bytes = new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
    expect([bytes[0], bytes[65536]]).toEqual([65, 66]);
  });

  it("keeps memory.size of a fixed memory and counts the growing one's pages from its base", () => {
    const instance = instantiate(combined());
    const call = (name: string, ...args: number[]) => fn(instance, name)(...args);
    expect(call("asize")).toBe(1);
    expect(call("bsize")).toBe(2);
    expect(call("bgrow", 1)).toBe(2);
    expect(call("bsize")).toBe(3);
    // Its maximum of four pages holds: growing by two more fails as before.
    expect(call("bgrow", 2)).toBe(-1);
    expect(call("bsize")).toBe(3);
  });

  it("moves memory.fill, memory.copy and memory.init by the base", () => {
    const instance = instantiate(combined());
    const bytes = () => new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
    fn(instance, "fill")(10, 7, 2);
    fn(instance, "init")(20);
    fn(instance, "copy")(30, 20, 3);
    expect([bytes()[65536 + 10], bytes()[65536 + 11], bytes()[10]]).toEqual([7, 7, 0]);
    expect(new TextDecoder().decode(bytes().slice(65536 + 30, 65536 + 33))).toBe("xyz");
    expect(fn(instance, "get")(31)).toBe("y".charCodeAt(0));
  });

  it("refuses what it cannot lay out, saying why", () => {
    const growsA = A.replace(`(func (export "asize") (result i32) (memory.size))`, `(func (export "asize") (result i32) (memory.grow (i32.const 1)))`);
    expect(() => combined(growsA)).toThrow('code grows the memory $ma of "a" and the memory $mb of "b"; only one memory, the last, may grow');
    const exportsB = B.replace("(memory $mb 2 4)", `(memory $mb (export "bm") 2 4)`);
    expect(() =>
      merge(
        [
          { name: "a", module: mod(A) },
          { name: "b", module: mod(exportsB) },
        ],
        { memories: "combine", exports: ["b.bm"] },
      ),
    ).toThrow('export "bm" is the memory $mb of "b", which would start at 0x10000 of the combined memory');
    const user = `(module (import "b" "get" (func (param i32) (result i32))) (memory 1) (func (export "x") (result i32) (call 0 (i32.const 0))))`;
    const importsMemory = `(module (import "env" "mem" (memory 1)) (func (export "get") (param i32) (result i32) (i32.load8_u (local.get 0))))`;
    expect(() =>
      merge(
        [
          { name: "a", module: mod(user) },
          { name: "b", module: mod(importsMemory) },
        ],
        { memories: "combine" },
      ),
    ).toThrow('memories=combine: the memory of "b" is imported ("env" "mem"); only defined memories can be combined');
    const spills = B.replace(`(data (i32.const 0) "B")`, `(data (i32.const 131070) "BBBB")`);
    expect(() => combined(A, spills)).toThrow("is beyond its 2 pages; it would overwrite the next memory");
  });
});

describe("watkit rewrite --pass merge on modules with memories", () => {
  const CLI = resolve(process.cwd(), "dist/src/cli/main.js");
  const dir = mkdtempSync(join(tmpdir(), "watkit-merge-cli-"));
  writeFileSync(join(dir, "a.wat"), A);
  writeFileSync(join(dir, "b.wat"), B);
  const run = (arg: string) => spawnSync(process.execPath, [CLI, "rewrite", "a.wat", "--pass", arg, "-o", "out.wasm"], { cwd: dir, encoding: "utf8" });

  it("warns that the result needs multi-memory", () => {
    const result = run("merge=self=a,b=b.wat");
    expect(result.stderr).toBe(
      'a.wat: warning: the merged module has 2 memories (of "b", "a"): it needs multi-memory, which Node 20 cannot run; merge with memories=combine to put them in one\n',
    );
    expect(result.status).toBe(0);
  });

  it("combines them on request, into a module this Node runs", () => {
    const result = run("merge=self=a,b=b.wat,memories=combine");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(join(dir, "out.wasm"))));
    expect((instance.exports.both as () => number)()).toBe(65 + 66);
  });
});

describe("merge without combining memories", () => {
  it("warns that the result needs multi-memory, which Node 20 cannot run", () => {
    const warnings: string[] = [];
    merge(
      [
        { name: "a", module: mod(A) },
        { name: "b", module: mod(B) },
      ],
      { warn: (w) => void warnings.push(w) },
    );
    expect(warnings).toEqual([
      'the merged module has 2 memories (of "b", "a"): it needs multi-memory, which Node 20 cannot run; merge with memories=combine to put them in one',
    ]);
  });
});

describe("merge of modules that share a memory", () => {
  const owner = `(module (memory (export "memory") 1) (data (i32.const 16) "owner's data") (func (export "run")))`;
  const user = (at: number) => `(module (import "app" "memory" (memory 1)) (data (i32.const ${at}) "user") (func (export "f")))`;

  it("refuses data segments of two modules that overlap in it, saying where", () => {
    expect(() =>
      merge(
        [
          { name: "app", module: mod(owner) },
          { name: "lib", module: mod(user(20)) },
        ],
        { exports: ["app.run", "lib.f"] },
      ),
    ).toThrow('a data segment of "lib" at [0x14, 0x18) overlaps a data segment of "app" at [0x10, 0x1c) in the memory they share');
    expect(() =>
      merge(
        [
          { name: "app", module: mod(owner) },
          { name: "lib", module: mod(user(65534)) },
        ],
        { exports: ["app.run", "lib.f"] },
      ),
    ).toThrow('a data segment of "lib" at [0xfffe, 0x10002) is beyond the shared memory\'s initial 1 page');
  });

  it("takes segments side by side", () => {
    const out = merge(
      [
        { name: "app", module: mod(owner) },
        { name: "lib", module: mod(user(28)) },
      ],
      { exports: ["app.run", "lib.f"] },
    );
    expect(out.memories.length).toBe(1);
    instantiate(out);
  });
});

describe("merge of a module nothing imports from", () => {
  const app = `(module (func (export "run") (result i32) (i32.const 1)))`;
  const lib = `(module (func (export "helper") (result i32) (i32.const 2)))`;

  it("is refused: it would only add dead code", () => {
    expect(() =>
      merge([
        { name: "app", module: mod(app) },
        { name: "lib", module: mod(lib) },
      ]),
    ).toThrow(
      'pass merge: nothing imports from "lib" (no input imports module "lib") and no export= names one of its exports: merging it would only add dead code',
    );
  });

  it("is taken when an export comes from it", () => {
    const out = merge(
      [
        { name: "app", module: mod(app) },
        { name: "lib", module: mod(lib) },
      ],
      { exports: ["app.run", "lib.helper"] },
    );
    expect(fn(instantiate(out), "helper")()).toBe(2);
  });

  it("is a warning when it has a start function", () => {
    const warnings: string[] = [];
    const started = `(module (global $g (mut i32) (i32.const 0)) (func $s (global.set $g (i32.const 1))) (start $s))`;
    merge(
      [
        { name: "app", module: mod(app) },
        { name: "lib", module: mod(started) },
      ],
      { warn: (w) => void warnings.push(w) },
    );
    expect(warnings).toEqual([expect.stringContaining("only its start function is of use")]);
  });
});

describe("merge of an import bound to an export of another type", () => {
  it("shows both types", () => {
    const app = `(module (import "lib" "g" (global (mut i32))) (import "lib" "f" (func (param i32))) (func (export "x") (global.set 0 (i32.const 1))))`;
    const lib = `(module (global (export "g") i64 (i64.const 0)) (func (export "f") (param i32)))`;
    expect(() =>
      merge([
        { name: "app", module: mod(app) },
        { name: "lib", module: mod(lib) },
      ]),
    ).toThrow("lib.g is imported as global (mut i32) but exported as global i64");
  });
});

describe("merge's input files", () => {
  it("are named in errors: one that cannot be read, one whose text is wrong at its line and column", () => {
    expect(() => rewrite(mod(`(module)`), ["merge=lib=/nonexistent/lib.wasm"])).toThrow("pass merge: /nonexistent/lib.wasm: no such file");
    const dir = mkdtempSync(join(tmpdir(), "watkit-merge-"));
    writeFileSync(join(dir, "lib.wat"), `(module\n  (func (export "f") (result i32) i32.const))`);
    let error: unknown;
    try {
      rewrite(mod(`(module)`), [`merge=lib=${join(dir, "lib.wat")}`]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SnippetError);
    expect(error).toMatchObject({ file: join(dir, "lib.wat"), line: 2, column: 35 });
  });
});
