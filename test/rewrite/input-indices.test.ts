/**
 * Issue 17, item 2: a bare index in a snippet or a pass argument means what
 * `watkit print` of the module given to `rewrite` shows, whatever earlier
 * steps removed or added; an index whose entity a step removed is an error
 * naming that step.
 */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rewrite } from "../../src/rewrite/index.js";
import { SnippetError } from "../../src/rewrite/errors.js";
import { fn, instantiate, mod } from "./helpers.js";

/** Three `gojs` imports, then f0 (function 3) and f1 (function 4), told apart by what they return. */
const GOJS = `(module
  (import "gojs" "a" (func (param i32)))
  (import "gojs" "b" (func (param i32)))
  (import "gojs" "a" (func (param i32)))
  (func (export "f0") (result i32) (i32.const 100))
  (func (export "f1") (result i32) (i32.const 101)))`;

function fileWith(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "watkit-indices-")), name);
  writeFileSync(path, text);
  return path;
}

describe("indices in a snippet", () => {
  it("name the input's entity even after a stub target removed an import in the same pass", () => {
    const fields = fileWith("fields.wat", `(func $gojs.a (param i32)) (func (export "probe") (result i32) (call 3))`);
    const out = rewrite(mod(GOJS), [`replace-import=gojs.b=stub,gojs.*=@${fields}`]);
    expect(out.imports).toEqual([]);
    expect(fn(instantiate(out), "probe")()).toBe(100);
  });

  it("name the input's entity after an earlier pass added functions", () => {
    const fields = fileWith("more.wat", `(func (export "probe") (result i32) (call 4))`);
    const out = rewrite(mod(GOJS), ["replace-import=gojs.*=stub", `add-wat=${fields}`]);
    expect(fn(instantiate(out), "probe")()).toBe(101);
  });

  it("refuse an index whose entity an earlier step removed, naming the step and the snippet's place", () => {
    const fields = fileWith("fields.wat", `(func $gojs.a (param i32))\n(func (export "probe") (param i32) (call 1 (local.get 0)))`);
    let error: unknown;
    try {
      rewrite(mod(GOJS), [`replace-import=gojs.b=stub,gojs.*=@${fields}`]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SnippetError);
    expect(error).toMatchObject({ file: fields, line: 2, column: 42 });
    expect((error as Error).message).toBe(`${fields}:2:42: index 1 refers to function 1 of the input, which pass replace-import removed`);
  });

  it("refuse an index past the input that only a step's addition would fill, suggesting its name", () => {
    const fields = fileWith("late.wat", `(func (export "probe") (param i32) (call 5 (local.get 0)))`);
    expect(() => rewrite(mod(GOJS), ["replace-import=gojs.b=stub", `add-wat=${fields}`])).toThrow(
      "index 5 is past the input's functions: indices mean what the input shows, and pass replace-import added this function; name it $gojs.b.stub",
    );
  });

  it("still reach what steps added by $name", () => {
    const fields = fileWith("named.wat", `(func (export "probe") (param i32) (call $gojs.b.stub (local.get 0)))`);
    const out = rewrite(mod(GOJS), ["replace-import=gojs.b=stub", `add-wat=${fields}`]);
    expect(out.exports.map((e) => e.name)).toContain("probe");
  });
});

describe("indices in pass arguments", () => {
  it("name the input's entity after a step renumbered the functions", () => {
    const out = rewrite(mod(GOJS), ["replace-import=gojs.*=stub", "add-export=3=first", "rename=func:4=second"]);
    const first = out.exports.find((e) => e.name === "first")!.target;
    expect(first).toBe(out.exports.find((e) => e.name === "f0")!.target);
    expect(out.funcs.find((f) => f.name === "second")).toBe(out.exports.find((e) => e.name === "f1")!.target);
  });

  it("refuse an index whose entity an earlier step removed", () => {
    expect(() => rewrite(mod(GOJS), ["replace-import=gojs.b=stub", "add-export=1=gone"])).toThrow(
      "pass add-export: index 1 refers to function 1 of the input, which pass replace-import removed",
    );
  });

  it("count memories as the input does for inject-data's memory=INDEX", () => {
    const blob = fileWith("blob.txt", "hi");
    const m = mod(`(module (memory $a 1) (memory $b 1))`);
    const dropFirstMemory = (x: typeof m) => void (x.memories = x.memories.slice(1));
    const out = rewrite(m, [dropFirstMemory, `inject-data=${blob},memory=1,at=16`]);
    expect(out.datas.map((d) => d.mode.kind === "active" && d.mode.memory)).toEqual([out.memories[0]]);
    expect(out.memories[0].name).toBe("b");
    expect(() => rewrite(mod(`(module (memory $a 1) (memory $b 1))`), [dropFirstMemory, `inject-data=${blob},memory=0`])).toThrow(
      "pass inject-data: memory=0: index 0 refers to memory 0 of the input, which pass dropFirstMemory (step 1) removed",
    );
  });
});
