/**
 * Which WebAssembly features the host engine has, found by asking it to
 * validate one tiny module per feature (encoded by watkit), and which
 * features a module uses, read off the model (the instruction table says
 * each instruction's feature; types, limits and index spaces say the rest).
 * A command is skipped only when a module the engine refuses uses a feature
 * the engine lacks.
 */
import { encode } from "../binary/encode.js";
import type { Feature } from "../isa/instructions.js";
import { moduleFeatureUses } from "../module/feature-uses.js";
import type { Module } from "../module/model.js";
import { watToModule } from "../wat2wasm.js";
import { engineValidates } from "./engine.js";

/**
 * One module per feature that only an engine with the feature accepts; a
 * feature without one counts as missing (watkit cannot encode it yet).
 */
const PROBES: Partial<Record<Feature, string>> = {
  mvp: "(module (func (result i32) (i32.const 0)))",
  "mutable-global": '(module (import "m" "g" (global (mut i32))))',
  "sign-extension": "(module (func (result i32) (i32.extend8_s (i32.const 0))))",
  "saturating-float-to-int": "(module (func (result i32) (i32.trunc_sat_f32_s (f32.const 0))))",
  "multi-value": "(module (func (result i32 i32) (i32.const 0) (i32.const 0)))",
  "bulk-memory-opt": "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))",
  "bulk-memory": "(module (memory 1) (data) (func (data.drop 0)))",
  "reference-types": "(module (table 1 externref) (table 1 funcref) (func (result externref) (ref.null extern)))",
  simd: "(module (func (result v128) (v128.const i64x2 0 0)))",
  "relaxed-simd":
    "(module (func (result v128) (f32x4.relaxed_madd (v128.const i64x2 0 0) (v128.const i64x2 0 0) (v128.const i64x2 0 0))))",
  "tail-call": "(module (func return_call 0))",
  "extended-const": "(module (global i32 (i32.add (i32.const 1) (i32.const 2))))",
  "function-references": "(module (type $t (func)) (func (param (ref $t)) (call_ref $t (local.get 0))))",
  gc: "(module (type $s (struct (field i32))) (func (result anyref) (struct.new $s (i32.const 0))))",
  exceptions:
    "(module (tag) (func (result exnref) (block (result exnref) (try_table (catch_all_ref 0) (throw 0)) (unreachable))))",
  "legacy-exceptions": "(module (tag) (func (try (do (throw 0)) (catch 0))))",
  memory64: "(module (memory i64 1) (table i64 1 funcref) (func (result i64) (memory.size)))",
  "multi-memory": "(module (memory 1) (memory 1))",
  threads: "(module (memory 1 1 shared) (func (result i32) (i32.atomic.load (i32.const 0))))",
  "wide-arithmetic": "(module (func (result i64 i64) (i64.mul_wide_u (i64.const 0) (i64.const 0))))",
  "custom-page-sizes": "(module (memory 1 (pagesize 1)))",
  "stack-switching": "(module (type $f (func)) (type $c (cont $f)) (func (param (ref $c)) (resume $c (local.get 0))))",
  "compact-imports": '(module (import "m" (item "a" (func)) (item "b" (func))))',
  "custom-descriptors": "(module (type $s (struct)) (func (param (ref null (exact $s)))))",
  "shared-everything-threads": "(module (global (shared mut i32) (i32.const 0)) (func (result i32) (global.atomic.get seq_cst 0)))",
};

/** The features the running engine has. */
export function engineFeatures(): Set<Feature> {
  const have = new Set<Feature>();
  for (const [feature, text] of Object.entries(PROBES) as [Feature, string][]) {
    if (engineValidates(encode(watToModule(text)))) have.add(feature);
  }
  return have;
}

export const ALL_FEATURES = Object.keys(PROBES) as Feature[];

/** Spec testsuite folders named otherwise than the feature their scripts need. */
const FOLDER_FEATURES: Readonly<Record<string, Feature>> = { "compact-import-section": "compact-imports", legacy: "legacy-exceptions" };

/**
 * The proposal a script is written for, read off its path
 * (`.../proposals/stack-switching/cont.wast`, `.../legacy/throw.wast`) as
 * wasm-tools' test runner does: its rules apply where they differ from
 * WebAssembly 3.0's.
 */
export function scriptProposals(file: string): Feature[] {
  const folder = /(?:^|[\\/])proposals[\\/]([^\\/]+)[\\/]/.exec(file)?.[1] ?? /(?:^|[\\/])(legacy)[\\/]/.exec(file)?.[1];
  const name = folder === undefined ? undefined : (FOLDER_FEATURES[folder] ?? folder);
  return name !== undefined && (ALL_FEATURES as string[]).includes(name) ? [name as Feature] : [];
}

/** The features a module uses (a superset is harmless: it is consulted only for modules the engine refuses). */
export function featuresOf(module: Module): Set<Feature> {
  const used = new Set<Feature>();
  moduleFeatureUses(module, (need) => {
    if (typeof need === "string") used.add(need);
    else for (const f of need) used.add(f);
  });
  return used;
}
