/**
 * Issue 17, item 7: merge says when its result needs multi-memory (which
 * Node 20 cannot run) and, with `memories: "combine"`, puts every module's
 * memory into one at its own base, so that the result runs on Node 20.
 * What the pass refuses, and the combined memory's sizes as the code sees
 * them, are cases in test/cases/rewrite/merge-*.wat.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { merge, rewrite } from "../../../src/rewrite/index.js";
import { SnippetError } from "../../../src/rewrite/errors.js";
import { fn, instantiate, mod } from "../helpers.js";
import { CLI } from "../../helpers/cli.js";

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

});

describe("watkit rewrite --pass merge on modules with memories", () => {
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

describe("merge of a module nothing imports from", () => {
  const app = `(module (func (export "run") (result i32) (i32.const 1)))`;

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
