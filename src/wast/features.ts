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
import type { HeapType, Instr, Limits, Module, RefType, TypeDef, ValType } from "../module/model.js";
import { watToModule } from "../wat2wasm.js";
import { engineValidates } from "./engine.js";

/** One module per feature that only an engine with the feature accepts. */
const PROBES: Record<Feature, string> = {
  mvp: "(module (func (result i32) (i32.const 0)))",
  "sign-ext": "(module (func (result i32) (i32.extend8_s (i32.const 0))))",
  "sat-trunc": "(module (func (result i32) (i32.trunc_sat_f32_s (f32.const 0))))",
  "multi-value": "(module (func (result i32 i32) (i32.const 0) (i32.const 0)))",
  "bulk-memory": "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))",
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
  "compact-imports": '(module (import "m" (item "a" (func)) (item "b" (func))))',
  "custom-descriptors": "(module (type $s (struct)) (func (param (ref null (exact $s)))))",
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

/** The features a module uses (a superset is harmless: it is consulted only for modules the engine refuses). */
export function featuresOf(module: Module): Set<Feature> {
  const used = new Set<Feature>();
  const valType = (t: ValType): void => {
    if (t === "v128") used.add("simd");
    else if (typeof t === "object") refType(t);
  };
  const refType = (t: RefType): void => {
    used.add("reference-types");
    if (t.exact) used.add("custom-descriptors");
    if (!t.nullable || typeof t.heap === "object") used.add("function-references");
    heapType(t.heap);
  };
  const heapType = (h: HeapType): void => {
    if (typeof h === "object") return;
    if (h === "exn" || h === "noexn") used.add("exceptions");
    else if (h !== "func" && h !== "extern") used.add("gc");
  };
  const limits = (l: Limits): void => {
    if (l.addressType === "i64") used.add("memory64");
    if (l.shared) used.add("threads");
    if (l.pageSizeLog2 !== undefined) used.add("custom-page-sizes");
  };
  const code = (instrs: readonly Instr[]): void => {
    for (const ins of instrs) {
      used.add(ins.op.feature);
      if (ins.heapType !== undefined) heapType(ins.heapType);
      for (const t of [ins.refType, ins.refType2]) if (t) refType(t);
      ins.selectTypes?.forEach(valType);
      if (ins.blockType?.kind === "value") valType(ins.blockType.type);
      if (ins.blockType?.kind === "type") used.add("multi-value");
      if (ins.body) code(ins.body);
      if (ins.else) code(ins.else);
      ins.handlers?.forEach((h) => code(h.body));
    }
  };
  // Arithmetic in constant expressions is extended-const; reading a global defined in the module came with gc.
  const constExpr = (instrs: readonly Instr[]): void => {
    code(instrs);
    for (const ins of instrs) {
      if (/^i(32|64)\.(add|sub|mul)$/.test(ins.op.name)) used.add("extended-const");
      if (ins.global?.entity === "global" && ins.global.import === undefined) used.add("gc");
    }
  };
  const typeDef = (t: TypeDef): void => {
    if (t.comp.kind !== "func" || t.supertypes.length > 0 || !t.final) used.add("gc");
    if (t.describes !== undefined || t.descriptor !== undefined) used.add("custom-descriptors");
    if (t.comp.kind === "func") {
      t.comp.params.forEach(valType);
      t.comp.results.forEach(valType);
      if (t.comp.results.length > 1) used.add("multi-value");
    } else {
      const fields = t.comp.kind === "struct" ? t.comp.fields : [t.comp.element];
      for (const f of fields) if (f.type !== "i8" && f.type !== "i16") valType(f.type);
    }
  };
  for (const group of module.types) {
    if (group.explicit) used.add("gc");
    group.types.forEach(typeDef);
  }
  if (module.imports.some((e) => e.import!.group !== undefined)) used.add("compact-imports");
  const all = [...module.imports, ...module.funcs, ...module.tables, ...module.memories, ...module.globals, ...module.tags];
  let memories = 0;
  let tables = 0;
  for (const entity of all) {
    switch (entity.entity) {
      case "func":
        if (entity.exactType) used.add("custom-descriptors");
        entity.locals.forEach((l) => valType(l.type));
        code(entity.body);
        break;
      case "table":
        tables++;
        limits(entity.limits);
        refType(entity.elemType);
        // A table's initialiser expression came with typed function references.
        if (entity.init) used.add("function-references");
        if (entity.init) constExpr(entity.init);
        break;
      case "memory":
        memories++;
        limits(entity.limits);
        break;
      case "global":
        valType(entity.type);
        if (entity.init) constExpr(entity.init);
        break;
      case "tag":
        used.add("legacy-exceptions");
        break;
    }
  }
  if (memories > 1) used.add("multi-memory");
  if (tables > 1) used.add("reference-types");
  for (const elem of module.elems) {
    refType(elem.type);
    elem.items.forEach(constExpr);
    if (elem.mode.kind === "active") constExpr(elem.mode.offset);
  }
  for (const data of module.datas) if (data.mode.kind === "active") constExpr(data.mode.offset);
  return used;
}
