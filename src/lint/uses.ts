/**
 * Who uses what in a Module: every entity that some instruction, export,
 * segment, start field or type refers to, and the globals and fields that
 * are written. Rules about unused or needlessly mutable entities read it;
 * it is worked out once per module and shared: by the lint walk itself when
 * it visits every body (`usesVisitor`), else by a walk of its own.
 */
import { INSTRUCTIONS, type Imm } from "../isa/instructions.js";
import { forEachInstr } from "../module/code-walk.js";
import type { Entity, Func, HeapType, Instr, Module, RefType, StorageType, TypeDef, ValType } from "../module/model.js";
import type { Visitor } from "./rule.js";

export interface Uses {
  used: Set<Entity>;
  /** Globals written by `global.set`. */
  setGlobals: Set<Entity>;
  /** Struct types with a field written (`struct.set`), by field index; array types written. */
  setFields: Map<TypeDef, Set<number>>;
  setArrays: Set<TypeDef>;
  /** Locals read (`local.get`, `local.tee` is a write that yields the value, not a read of the local). */
  readLocals: Set<Entity>;
  writtenLocals: Set<Entity>;
}

const ARRAY_WRITES = new Set(["array.set", "array.fill", "array.init_data", "array.init_elem"]);

/** Whether an instruction's immediates can refer to an entity (a block type, an index, a reftype); most cannot, and are skipped at once. */
const REFERS = {
  none: false, fence: false, structural: false, label: false, br_table: false, shuffle: false, lane: false,
  i32: false, i64: false, f32: false, f64: false, v128: false,
  block: true, try_table: true, try: true, br_on_cast: true, func: true, call_indirect: true,
  type: true, type_field: true, type_count: true, type_data: true, type_elem: true, type_type: true,
  local: true, global: true, table: true, memory: true, tag: true, elem: true, data: true,
  table_table: true, table_elem: true, memory_memory: true, memory_data: true,
  memarg: true, memarg_lane: true, select: true, heap_type: true, ref_type: true,
  resume: true, resume_throw: true, type_tag: true,
} as const satisfies Record<Imm, boolean>;

/** The fields of an instruction that hold an entity. */
const ENTITY_FIELDS = ["func", "global", "table", "table2", "memory", "memory2", "tag", "elem", "data", "type", "type2"] as const satisfies readonly (keyof Instr)[];

/** `REFERS` by instruction id: looked up for every instruction of the module. */
const REFERS_BY_ID = Uint8Array.from(INSTRUCTIONS, (def) => Number(REFERS[def.imm]));

const cache = new WeakMap<Module, Uses>();

export function usesOf(module: Module): Uses {
  let uses = cache.get(module);
  if (!uses) cache.set(module, (uses = collect(module)));
  return uses;
}

/**
 * Gathers the uses in the walk of the linter, which reaches every
 * instruction already: to be the first visitor, so that the uses are known
 * to the rules' `Module:exit`, and only when no body is left out of the walk.
 */
export function usesVisitor(module: Module): Visitor {
  const collector = new UsesCollector();
  collector.outside(module);
  return {
    instrs: (op) => REFERS_BY_ID[op.id] === 1,
    Instr: (ins) => collector.instr(ins),
    "Module:exit": () => void cache.set(module, collector.uses),
  };
}

function collect(module: Module): Uses {
  const collector = new UsesCollector();
  collector.outside(module);
  const code = (seq: readonly Instr[]): void =>
    forEachInstr(seq, (ins) => {
      if (REFERS_BY_ID[ins.op.id] === 1) collector.instr(ins);
    });
  for (const f of module.funcs) code(f.body);
  for (const t of module.tables) if (t.init) code(t.init);
  for (const g of module.globals) if (g.init) code(g.init);
  for (const e of module.elems) {
    if (e.mode.kind === "active") code(e.mode.offset);
    e.items.forEach(code);
  }
  for (const d of module.datas) if (d.mode.kind === "active") code(d.mode.offset);
  return collector.uses;
}

class UsesCollector {
  readonly uses: Uses = { used: new Set(), setGlobals: new Set(), setFields: new Map(), setArrays: new Set(), readLocals: new Set(), writtenLocals: new Set() };

  private use(e: { entity: string } | undefined): void {
    if (e !== undefined && e.entity !== "dangling" && e.entity !== "dangling-label") this.uses.used.add(e as Entity);
  }

  private heap(h: HeapType | undefined): void {
    if (h !== undefined && typeof h !== "string") this.use(h);
  }

  private val(t: ValType | StorageType | undefined): void {
    if (t !== undefined && typeof t !== "string") this.heap((t as RefType).heap);
  }

  /** One instruction whose immediates may refer to something (its body is not looked into). */
  instr(ins: Instr): void {
    const uses = this.uses;
    const imm = ins.op.imm;
    // The most frequent kinds first, reading only their own fields: instructions of different kinds have different shapes.
    if (imm === "local") {
      const local = ins.local;
      if (local !== undefined && local.entity === "local") (ins.op.name === "local.get" ? uses.readLocals : uses.writtenLocals).add(local);
      return;
    }
    if (imm === "memarg" || imm === "memarg_lane") {
      this.use(ins.memarg?.memory);
      return;
    }
    if (imm === "func") {
      this.use(ins.func);
      return;
    }
    if (imm === "global") {
      this.use(ins.global);
      if (ins.op.name === "global.set" && ins.global) uses.setGlobals.add(ins.global as Entity);
      return;
    }
    for (const key of ENTITY_FIELDS) this.use(ins[key]);
    this.use(ins.memarg?.memory);
    this.heap(ins.heapType);
    this.val(ins.refType);
    this.val(ins.refType2);
    ins.selectTypes?.forEach((t) => this.val(t));
    if (ins.blockType?.kind === "type") this.use(ins.blockType.type);
    else if (ins.blockType?.kind === "value") this.val(ins.blockType.type);
    const name = ins.op.name;
    if (ins.local !== undefined && ins.local.entity === "local") {
      if (name === "local.get") uses.readLocals.add(ins.local);
      else uses.writtenLocals.add(ins.local);
    }
    if (name === "global.set" && ins.global) uses.setGlobals.add(ins.global as Entity);
    if (name === "struct.set" && ins.type && ins.type.entity === "type" && ins.index !== undefined) {
      const fields = uses.setFields.get(ins.type) ?? new Set<number>();
      fields.add(ins.index);
      uses.setFields.set(ins.type, fields);
    }
    if (ARRAY_WRITES.has(name) && ins.type?.entity === "type") uses.setArrays.add(ins.type);
    if (name === "array.copy" && ins.type?.entity === "type") uses.setArrays.add(ins.type);
    for (const c of ins.catches ?? []) this.use(c.tag);
    for (const c of ins.onClauses ?? []) this.use(c.tag);
    for (const h of ins.handlers ?? []) this.use(h.tag);
  }

  /** Every use outside instructions: types, function signatures and locals, imports, exports, the start function, segments. */
  outside(module: Module): void {
    const func = (f: Func): void => {
      this.use(f.type);
      for (const l of f.params) this.val(l.type);
      for (const l of f.locals) this.val(l.type);
    };
    for (const group of module.types) {
      for (const t of group.types) {
        t.supertypes.forEach((s) => this.use(s));
        const comp = t.comp;
        if (comp.kind === "func") [...comp.params, ...comp.results].forEach((v) => this.val(v));
        else if (comp.kind === "struct") comp.fields.forEach((f) => this.val(f.type));
        else if (comp.kind === "cont") this.use(comp.func);
        else this.val(comp.element.type);
      }
    }
    for (const imp of module.imports) {
      if (imp.entity === "func") func(imp);
      else if (imp.entity === "tag") this.use(imp.type);
      else if (imp.entity === "global") this.val(imp.type);
      else if (imp.entity === "table") this.val(imp.elemType);
    }
    module.funcs.forEach(func);
    for (const t of module.tables) this.val(t.elemType);
    for (const g of module.globals) this.val(g.type);
    for (const t of module.tags) this.use(t.type);
    for (const e of module.exports) this.use(e.target);
    this.use(module.start);
    for (const e of module.elems) {
      this.val(e.type);
      if (e.mode.kind === "active") this.use(e.mode.table);
    }
    for (const d of module.datas) if (d.mode.kind === "active") this.use(d.mode.memory);
  }
}

/** `$name` when the entity has one, else its index (as `encode` assigns them); messages say the kind. */
export function nameOf(e: { name?: string; index: number }): string {
  return e.name !== undefined ? `$${e.name}` : String(e.index);
}
