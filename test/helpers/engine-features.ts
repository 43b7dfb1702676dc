/**
 * Which WebAssembly features a module uses, and whether the host engine
 * (Node 20's V8 11.3) validates them without flags, so that a differential
 * test compares with `WebAssembly.validate` only where the engine can judge.
 *
 * A module uses a feature when an instruction's table row belongs to it,
 * or its types, limits or constant expressions need it: typed and
 * non-nullable references (function-references), struct/array types,
 * recursion groups, subtypes and the any/eq/i31 hierarchy (gc), exnref
 * (exceptions), 64-bit memories and tables (memory64), a second memory
 * (multi-memory), a stated page size (custom-page-sizes), exact types and
 * descriptor clauses (custom-descriptors), compact import groups
 * (compact-imports), constant
 * expressions with arithmetic (extended-const) or reading a defined global (gc),
 * shared types, heap types, globals and tables (shared-everything-threads).
 */
import type { Feature } from "../../src/isa/instructions.js";
import type { Instr, Module, RefType, StorageType } from "../../src/module/model.js";

/** What V8 11.3 (Node 20) has shipped. */
export const NODE20_FEATURES: ReadonlySet<Feature> = new Set<Feature>([
  "mvp",
  "sign-extension",
  "saturating-float-to-int",
  "multi-value",
  "bulk-memory",
  "bulk-memory-opt",
  "reference-types",
  "simd",
  "tail-call",
  "threads",
  "legacy-exceptions",
]);

export function featuresUsed(module: Module): Set<Feature> {
  const used = new Set<Feature>();
  const ref = (t: RefType): void => {
    if (t.exact) used.add("custom-descriptors");
    if (t.shared) used.add("shared-everything-threads");
    if (typeof t.heap !== "string" || !t.nullable) used.add("function-references");
    if (typeof t.heap !== "string") return;
    if (t.heap === "exn" || t.heap === "noexn") used.add("exceptions");
    else if (t.heap !== "func" && t.heap !== "extern") used.add("gc");
    else used.add("reference-types");
  };
  const storage = (t: StorageType): void => {
    if (t === "v128") used.add("simd");
    else if (t === "i8" || t === "i16") used.add("gc");
    else if (typeof t !== "string") ref(t);
  };
  const imported = new Set(module.imports);
  const code = (instrs: Instr[], constant: boolean): void => {
    if (constant && instrs.length > 1) used.add("extended-const");
    const stack = [instrs];
    while (stack.length > 0) {
      for (const ins of stack.pop()!) {
        used.add(ins.op.feature);
        if (constant && ins.global !== undefined && !imported.has(ins.global as never)) used.add("gc");
        if (ins.blockType?.kind === "value") storage(ins.blockType.type);
        if (ins.blockType?.kind === "type") used.add("multi-value");
        ins.selectTypes?.forEach(storage);
        if (ins.refType !== undefined) ref(ins.refType);
        if (ins.refType2 !== undefined) ref(ins.refType2);
        if (ins.heapType !== undefined) ref({ nullable: true, heap: ins.heapType, shared: ins.sharedHeap });
        // Pushed one by one: an array of them for every instruction made this walk the slowest part of v8-differential.
        if (ins.body !== undefined) stack.push(ins.body);
        if (ins.else !== undefined) stack.push(ins.else);
        if (ins.handlers !== undefined) for (const h of ins.handlers) stack.push(h.body);
      }
    }
  };
  for (const group of module.types) {
    if (group.explicit) used.add("gc");
    for (const def of group.types) {
      if (!def.final || def.supertypes.length > 0 || def.comp.kind !== "func") used.add("gc");
      if (def.describes !== undefined || def.descriptor !== undefined) used.add("custom-descriptors");
      if (def.shared) used.add("shared-everything-threads");
      if (def.comp.kind === "func") {
        def.comp.params.forEach(storage);
        def.comp.results.forEach(storage);
        if (def.comp.results.length > 1) used.add("multi-value");
      } else if (def.comp.kind === "struct") def.comp.fields.forEach((f) => storage(f.type));
      else if (def.comp.kind === "cont") used.add("stack-switching");
      else storage(def.comp.element.type);
    }
  }
  if (module.imports.some((e) => e.import!.group !== undefined)) used.add("compact-imports");
  const all = [...module.imports, ...module.funcs, ...module.tables, ...module.memories, ...module.globals, ...module.tags];
  let memories = 0;
  for (const e of all) {
    switch (e.entity) {
      case "func":
        if (e.exactType) used.add("custom-descriptors");
        e.locals.forEach((l) => storage(l.type));
        code(e.body, false);
        break;
      case "table":
        ref(e.elemType);
        if (e.limits.shared) used.add("shared-everything-threads");
        if (e.limits.addressType === "i64") used.add("memory64");
        if (e.init !== undefined) {
          used.add("function-references");
          code(e.init, true);
        }
        break;
      case "memory":
        memories++;
        if (e.limits.addressType === "i64") used.add("memory64");
        if (e.limits.shared) used.add("threads");
        if (e.limits.pageSizeLog2 !== undefined) used.add("custom-page-sizes");
        break;
      case "global":
        storage(e.type);
        if (e.shared) used.add("shared-everything-threads");
        if (e.init !== undefined) code(e.init, true);
        break;
      case "tag":
        used.add("legacy-exceptions");
        break;
    }
  }
  if (memories > 1) used.add("multi-memory");
  for (const e of module.elems) {
    ref(e.type);
    e.items.forEach((item) => code(item, true));
    if (e.mode.kind === "active") code(e.mode.offset, true);
  }
  for (const d of module.datas) if (d.mode.kind === "active") code(d.mode.offset, true);
  return used;
}

/** The features of `used` the host engine lacks. */
export function missingInNode20(used: Set<Feature>): Feature[] {
  return [...used].filter((f) => !NODE20_FEATURES.has(f));
}
