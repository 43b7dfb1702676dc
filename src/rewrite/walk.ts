/**
 * Walking a module's references: every place a module field, a type or an
 * instruction points at another entity, visited through one function that
 * may also replace the reference (`RefMap`). Passes build reachability
 * (dce), substitution (replace-import, merge) and clean-up on it, so no
 * pass needs to know which instruction field holds which kind of reference.
 */
import type {
  Data,
  Dangling,
  Elem,
  Func,
  Global,
  HeapType,
  Instr,
  Memory,
  Module,
  RefType,
  Table,
  Tag,
  TypeDef,
  ValType,
} from "../module/model.js";
import { indexSpaces } from "../module/index-space.js";
import { forEachInstr } from "../module/code-walk.js";

/** An entity a reference can name (locals and labels are private to a function and not included). */
export type Target = Func | Table | Memory | Global | Tag | TypeDef | Elem | Data;

/**
 * Called with each reference; returns the entity the reference should name
 * from now on (the same one to keep it). Dangling references are passed too.
 */
export type RefMap = (target: Target | Dangling) => Target | Dangling;

/** Every instruction sequence of a module: bodies, global and table initialisers, segment offsets and items. */
export function forEachCode(module: Module, visit: (code: Instr[]) => void): void {
  for (const f of module.funcs) visit(f.body);
  for (const g of module.globals) if (g.init !== undefined) visit(g.init);
  for (const t of module.tables) if (t.init !== undefined) visit(t.init);
  for (const e of module.elems) {
    if (e.mode.kind === "active") visit(e.mode.offset);
    for (const item of e.items) visit(item);
  }
  for (const d of module.datas) if (d.mode.kind === "active") visit(d.mode.offset);
}

/** Maps the entity references held by one instruction (not those of nested bodies). */
export function mapInstrRefs(ins: Instr, map: RefMap): void {
  const m = map as <T>(x: T) => T;
  if (ins.func !== undefined) ins.func = m(ins.func);
  if (ins.type !== undefined) ins.type = m(ins.type);
  if (ins.type2 !== undefined) ins.type2 = m(ins.type2);
  if (ins.global !== undefined) ins.global = m(ins.global);
  if (ins.table !== undefined) ins.table = m(ins.table);
  if (ins.table2 !== undefined) ins.table2 = m(ins.table2);
  if (ins.memory !== undefined) ins.memory = m(ins.memory);
  if (ins.memory2 !== undefined) ins.memory2 = m(ins.memory2);
  if (ins.tag !== undefined) ins.tag = m(ins.tag);
  if (ins.elem !== undefined) ins.elem = m(ins.elem);
  if (ins.data !== undefined) ins.data = m(ins.data);
  if (ins.memarg !== undefined) ins.memarg.memory = m(ins.memarg.memory);
  if (ins.blockType !== undefined && ins.blockType.kind !== "empty") {
    ins.blockType = ins.blockType.kind === "type" ? { kind: "type", type: m(ins.blockType.type) } : { kind: "value", type: mapValType(ins.blockType.type, map) };
  }
  if (ins.heapType !== undefined) ins.heapType = mapHeapType(ins.heapType, map);
  if (ins.refType !== undefined) ins.refType = mapRefType(ins.refType, map);
  if (ins.refType2 !== undefined) ins.refType2 = mapRefType(ins.refType2, map);
  if (ins.selectTypes !== undefined) ins.selectTypes = ins.selectTypes.map((t) => mapValType(t, map));
  if (ins.catches !== undefined) for (const c of ins.catches) if (c.tag !== undefined) c.tag = m(c.tag);
  if (ins.handlers !== undefined) for (const h of ins.handlers) if (h.tag !== undefined) h.tag = m(h.tag);
  if (ins.onClauses !== undefined) for (const c of ins.onClauses) c.tag = m(c.tag);
}

export function mapCode(code: Instr[], map: RefMap): void {
  forEachInstr(code, (ins) => mapInstrRefs(ins, map));
}

export function mapValType(t: ValType, map: RefMap): ValType {
  return typeof t === "string" ? t : mapRefType(t, map);
}

export function mapRefType(t: RefType, map: RefMap): RefType {
  if (typeof t.heap === "string") return t;
  const heap = mapHeapType(t.heap, map);
  return heap === t.heap ? t : { nullable: t.nullable, heap };
}

function mapHeapType(h: HeapType, map: RefMap): HeapType {
  return typeof h === "string" ? h : (map(h) as HeapType);
}

/** Maps the references of a type definition: supertypes, the types in its fields, a continuation's function type. */
export function mapTypeDef(def: TypeDef, map: RefMap): void {
  def.supertypes = def.supertypes.map((t) => map(t) as TypeDef | Dangling);
  const comp = def.comp;
  switch (comp.kind) {
    case "func":
      comp.params = comp.params.map((t) => mapValType(t, map));
      comp.results = comp.results.map((t) => mapValType(t, map));
      return;
    case "struct":
      for (const f of comp.fields) f.type = mapStorage(f.type, map);
      return;
    case "array":
      comp.element.type = mapStorage(comp.element.type, map);
      return;
    case "cont":
      comp.func = map(comp.func) as TypeDef | Dangling;
      return;
  }
}

function mapStorage<T extends ValType | "i8" | "i16">(t: T, map: RefMap): T {
  return (t === "i8" || t === "i16" ? t : mapValType(t as ValType, map)) as T;
}

/**
 * Maps every reference of the module outside instruction bodies: entity
 * types, exports, start, segment modes, types. `mapModule` adds the code.
 */
export function mapFields(module: Module, map: RefMap): void {
  const m = map as <T>(x: T) => T;
  for (const group of module.types) for (const def of group.types) mapTypeDef(def, map);
  for (const f of indexSpaces(module).funcs) {
    f.type = m(f.type);
    for (const l of [...f.params, ...f.locals]) l.type = mapValType(l.type, map);
  }
  for (const e of [...module.imports, ...module.tables, ...module.globals, ...module.tags]) {
    if (e.entity === "table") e.elemType = mapRefType(e.elemType, map);
    else if (e.entity === "global") e.type = mapValType(e.type, map);
    else if (e.entity === "tag") e.type = m(e.type);
  }
  for (const x of module.exports) x.target = m(x.target);
  if (module.start !== undefined) module.start = m(module.start);
  for (const e of module.elems) {
    e.type = mapRefType(e.type, map);
    if (e.mode.kind === "active") e.mode.table = m(e.mode.table);
  }
  for (const d of module.datas) if (d.mode.kind === "active") d.mode.memory = m(d.mode.memory);
}

/** Maps every reference in the module. */
export function mapModule(module: Module, map: RefMap): void {
  mapFields(module, map);
  forEachCode(module, (code) => mapCode(code, map));
}

/** Every entity of the module, imports first. */
export function entitiesOf(module: Module): Target[] {
  return [
    ...module.types.flatMap((g) => g.types),
    ...module.imports,
    ...module.funcs,
    ...module.tables,
    ...module.memories,
    ...module.globals,
    ...module.tags,
    ...module.elems,
    ...module.datas,
  ];
}
