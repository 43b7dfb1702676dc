/**
 * Which features a module uses, and where: every construct beyond the MVP
 * (an instruction by its row's feature tag; a type form, a limit, an index
 * space with a second entry, a segment mode, a mutable global crossing the
 * module boundary, a constant expression's arithmetic) is reported to a
 * callback with what it is, its offset when the model has one, and the
 * section that holds it (the place to point at when it has none). The
 * feature check, the `target-features` lint rule and the spec runner's
 * engine skips all read this one walk.
 */
import type { Feature } from "../isa/features.js";
import type { InstrDef } from "../isa/instructions.js";
import type { Func, HeapType, Instr, Limits, Module, RefType, SectionId, TypeDef, ValType } from "./model.js";
import { forEachInstrInOrder } from "./code-walk.js";

/** Features of which any one allows the construct (tags serve both exception proposals). */
export type FeatureNeed = Feature | readonly Feature[];

/**
 * One use: the feature(s) it needs, what it is (an instruction's row, or a
 * phrase such as "a shared memory"), its offset, and its section.
 */
export type FeatureUse = (need: FeatureNeed, what: string | InstrDef, offset: number | undefined, section: SectionId) => void;

const TAG_FEATURES: FeatureNeed = ["exceptions", "legacy-exceptions"];

const GC_HEAPS: ReadonlySet<HeapType> = new Set<HeapType>(["any", "eq", "i31", "struct", "array", "none", "nofunc", "noextern"]);

const EXTENDED_CONST = new Set(["i32.add", "i32.sub", "i32.mul", "i64.add", "i64.sub", "i64.mul"]);

/** Reports every use in `module`; with `bodies: false` function bodies are left out (a code sink sees them). */
export function moduleFeatureUses(module: Module, use: FeatureUse, options: { bodies?: boolean } = {}): void {
  const valType = (t: ValType, offset: number | undefined, section: SectionId): void => valTypeUses(t, offset, section, use);
  for (const group of module.types) {
    if (group.explicit) use("gc", "a recursion group", group.types[0]?.offset, "type");
    for (const t of group.types) typeDef(t, use, valType);
  }
  let memories = 0;
  let tables = 0;
  const defined = [...module.imports, ...module.funcs, ...module.tables, ...module.memories, ...module.globals, ...module.tags];
  for (const entity of defined) {
    const section: SectionId = entity.import !== undefined ? "import" : entity.entity;
    const at = entity.offset;
    if (entity.import?.group !== undefined) use("compact-imports", "a compact import group", at, section);
    switch (entity.entity) {
      case "func":
        if (entity.exactType) use("custom-descriptors", "an exact function import", at, section);
        if (options.bodies !== false) funcFeatureUses(entity, use);
        else for (const l of entity.locals) valType(l.type, at, "code");
        break;
      case "table":
        if (++tables === 2) use("reference-types", "a second table", at, section);
        limits(entity.limits, at, section, use, "table");
        if (!isFuncref(entity.elemType)) refType(entity.elemType, at, section, use);
        if (entity.init) {
          use("function-references", "a table initialiser", at, section);
          constExpr(entity.init, use);
        }
        break;
      case "memory":
        if (++memories === 2) use("multi-memory", "a second memory", at, section);
        limits(entity.limits, at, section, use, "memory");
        break;
      case "global":
        valType(entity.type, at, section);
        if (entity.shared) use("shared-everything-threads", "a shared global", at, section);
        if (entity.import !== undefined && entity.mutable) use("mutable-global", "an imported mutable global", at, section);
        if (entity.init) constExpr(entity.init, use);
        break;
      case "tag":
        use(TAG_FEATURES, "a tag", at, section);
        if (entity.type.entity === "type" && entity.type.comp.kind === "func" && entity.type.comp.results.length > 0) {
          use("stack-switching", "a tag with results", at, section);
        }
        break;
    }
  }
  for (const e of module.exports) {
    if (e.target.entity === "global" && e.target.mutable) use("mutable-global", "an exported mutable global", e.offset, "export");
  }
  for (const elem of module.elems) {
    if (elem.mode.kind === "passive") use("bulk-memory", "a passive element segment", elem.offset, "elem");
    if (elem.mode.kind === "declarative") use("reference-types", "a declarative element segment", elem.offset, "elem");
    if (!isFuncref(elem.type)) refType(elem.type, elem.offset, "elem", use);
    for (const item of elem.items) constExpr(item, use);
    if (elem.mode.kind === "active") constExpr(elem.mode.offset, use);
  }
  for (const data of module.datas) {
    if (data.mode.kind === "passive") use("bulk-memory", "a passive data segment", data.offset, "data");
    else constExpr(data.mode.offset, use);
  }
  if (module.dataCount) use("bulk-memory", "a data count section", undefined, "datacount");
}

/** The uses of a type definition in a recursion group of its own. */
export function typeFeatureUses(t: TypeDef, use: FeatureUse): void {
  typeDef(t, use, (v, offset, section) => valTypeUses(v, offset, section, use));
}

function valTypeUses(t: ValType, offset: number | undefined, section: SectionId, use: FeatureUse): void {
  if (t === "v128") use("simd", "the v128 type", offset, section);
  else if (typeof t === "object") refType(t, offset, section, use);
}

/** The uses of a function's locals and body. */
export function funcFeatureUses(func: Func, use: FeatureUse): void {
  for (const l of func.locals) {
    if (l.type === "v128") use("simd", "the v128 type", func.offset, "code");
    else if (typeof l.type === "object") refType(l.type, func.offset, "code", use);
  }
  code(func.body, use);
}

/** The uses of one instruction itself (not of the instructions in its body). */
export function instrFeatureUses(ins: Instr, use: FeatureUse): void {
  use(ins.op.feature, ins.op, ins.offset, "code");
  if (ins.heapType !== undefined) heapType(ins.heapType, true, ins.offset, "code", use);
  if (ins.sharedHeap) use("shared-everything-threads", "a shared heap type", ins.offset, "code");
  if (ins.refType !== undefined) refType(ins.refType, ins.offset, "code", use);
  if (ins.refType2 !== undefined) refType(ins.refType2, ins.offset, "code", use);
  if (ins.selectTypes !== undefined) {
    use("reference-types", "a typed select", ins.offset, "code");
    for (const t of ins.selectTypes) if (t === "v128") use("simd", "the v128 type", ins.offset, "code");
    else if (typeof t === "object") refType(t, ins.offset, "code", use);
  }
  const block = ins.blockType;
  if (block?.kind === "type") use("multi-value", "a block with a function type", ins.offset, "code");
  else if (block?.kind === "value") {
    if (block.type === "v128") use("simd", "the v128 type", ins.offset, "code");
    else if (typeof block.type === "object") refType(block.type, ins.offset, "code", use);
  }
}

function code(instrs: readonly Instr[], use: FeatureUse): void {
  forEachInstrInOrder(instrs, (ins) => instrFeatureUses(ins, use));
}

/** Arithmetic in a constant expression is extended-const; reading a global the module defines came with gc. */
function constExpr(instrs: readonly Instr[], use: FeatureUse): void {
  code(instrs, use);
  for (const ins of instrs) {
    if (EXTENDED_CONST.has(ins.op.name)) use("extended-const", ins.op, ins.offset, "global");
    if (ins.global?.entity === "global" && ins.global.import === undefined) use("gc", "a constant expression reading a defined global", ins.offset, "global");
  }
}

function typeDef(t: TypeDef, use: FeatureUse, valType: (t: ValType, offset: number | undefined, section: SectionId) => void): void {
  if (t.describes !== undefined || t.descriptor !== undefined) use("custom-descriptors", "a descriptor clause", t.offset, "type");
  if (t.shared) use("shared-everything-threads", "a shared type", t.offset, "type");
  if (t.comp.kind === "cont") use("stack-switching", "a continuation type", t.offset, "type");
  else if (t.comp.kind !== "func") use("gc", `a ${t.comp.kind} type`, t.offset, "type");
  else if (t.explicitSub || t.supertypes.length > 0 || !t.final) use("gc", "a subtype declaration", t.offset, "type");
  if (t.comp.kind === "func") {
    if (t.comp.results.length > 1) use("multi-value", "a function type with several results", t.offset, "type");
    for (const v of t.comp.params) valType(v, t.offset, "type");
    for (const v of t.comp.results) valType(v, t.offset, "type");
  } else if (t.comp.kind !== "cont") {
    const fields = t.comp.kind === "struct" ? t.comp.fields : [t.comp.element];
    for (const f of fields) if (f.type !== "i8" && f.type !== "i16") valType(f.type, t.offset, "type");
  }
}

function limits(l: Limits, offset: number | undefined, section: SectionId, use: FeatureUse, kind: "table" | "memory"): void {
  if (l.addressType === "i64") use("memory64", "a 64-bit address type", offset, section);
  if (l.shared) use(kind === "memory" ? "threads" : "shared-everything-threads", `a shared ${kind}`, offset, section);
  if (l.pageSizeLog2 !== undefined) use("custom-page-sizes", "a custom page size", offset, section);
}

function isFuncref(t: RefType): boolean {
  return t.nullable && t.heap === "func" && t.shared !== true;
}

function refType(t: RefType, offset: number | undefined, section: SectionId, use: FeatureUse): void {
  if (t.exact) use("custom-descriptors", "an exact reference type", offset, section);
  if (!t.nullable) use("function-references", "a non-nullable reference type", offset, section);
  if (t.shared) use("shared-everything-threads", "a shared heap type", offset, section);
  heapType(t.heap, false, offset, section, use);
}

/** `inInstr`: a heap type an instruction names (ref.null's), which the instruction's own feature already covers when abstract. */
function heapType(h: HeapType, inInstr: boolean, offset: number | undefined, section: SectionId, use: FeatureUse): void {
  if (typeof h === "object") use("function-references", "a reference to a defined type", offset, section);
  else if (h === "exn" || h === "noexn") use("exceptions", "an exception reference", offset, section);
  else if (h === "cont" || h === "nocont") use("stack-switching", "a continuation reference", offset, section);
  else if (GC_HEAPS.has(h)) use("gc", "a GC reference type", offset, section);
  else if (!inInstr) use("reference-types", "a reference type", offset, section);
}
