/** The features a module uses, read off the model; and the engine's, by probing. */
import { describe, expect, it } from "@jest/globals";
import { ALL_FEATURES, engineFeatures, featuresOf, scriptProposals } from "../../src/wast/features.js";
import { watToModule } from "../../src/wat2wasm.js";

const uses = (text: string) => [...featuresOf(watToModule(text))].sort();

describe("featuresOf", () => {
  it.each([
    ["(module (func (result i32) (i32.const 1)))", ["mvp"]],
    ["(module (type $s (struct)) (func (result anyref) (struct.new $s)))", ["gc"]],
    ["(module (memory i64 1))", ["memory64"]],
    ["(module (table i64 1 funcref))", ["memory64"]],
    ["(module (memory 1) (memory 1))", ["multi-memory"]],
    ["(module (memory 1 2 shared))", ["threads"]],
    ["(module (global i32 (i32.add (i32.const 1) (i32.const 2))))", ["extended-const", "mvp"]],
    ["(module (global $a i32 (i32.const 1)) (global i32 (global.get $a)))", ["gc", "mvp"]],
    ["(module (table 1 funcref (ref.null func)))", ["function-references", "reference-types"]],
    ["(module (rec (type (func))))", ["gc"]],
    ["(module (func (result exnref) (ref.null exn)))", ["exceptions", "reference-types"]],
    ["(module (func (param v128)))", ["simd"]],
    ["(module (func (result i32 i32) (i32.const 1) (i32.const 2)))", ["multi-value", "mvp"]],
    ["(module (func (result i64 i64) (i64.mul_wide_s (i64.const 1) (i64.const 2))))", ["multi-value", "mvp", "wide-arithmetic"]],
    ["(module (type $f (func)) (type $c (cont $f)) (func (param (ref $c)) (resume $c (local.get 0))))", ["function-references", "mvp", "stack-switching"]],
    ["(module (tag (result i32)))", ["exceptions", "legacy-exceptions", "stack-switching"]],
    ["(module (memory 1 (pagesize 1)))", ["custom-page-sizes"]],
    ['(module (import "m" (item "a" (func)) (item "b" (func))))', ["compact-imports"]],
    ["(module (type $s (struct)) (global (ref null (exact $s)) (ref.null none)))", ["custom-descriptors", "function-references", "gc", "reference-types"]],
  ])("%s", (text, features) => {
    expect(uses(text)).toEqual(features);
  });
});

describe("engineFeatures", () => {
  it("finds at least the WebAssembly 2.0 features on Node 20 and later", () => {
    const have = engineFeatures();
    for (const f of ["mvp", "sign-extension", "saturating-float-to-int", "multi-value", "bulk-memory", "reference-types", "simd"] as const) {
      expect(have.has(f)).toBe(true);
    }
    expect([...have].every((f) => ALL_FEATURES.includes(f))).toBe(true);
  });
});

describe("scriptProposals", () => {
  it("reads the proposal a script is written for off its folder", () => {
    expect(scriptProposals("proposals/stack-switching/cont.wast")).toEqual(["stack-switching"]);
    expect(scriptProposals("/suite/proposals/wide-arithmetic/wide-arithmetic.wast")).toEqual(["wide-arithmetic"]);
    expect(scriptProposals("proposals/unknown-thing/a.wast")).toEqual([]);
    expect(scriptProposals("suite/proposals/compact-import-section/imports-compact.wast")).toEqual(["compact-imports"]);
    expect(scriptProposals("suite/legacy/throw.wast")).toEqual(["legacy-exceptions"]);
    expect(scriptProposals("tag.wast")).toEqual([]);
  });
});
