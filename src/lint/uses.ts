/**
 * Who uses what in a Module: every entity that some instruction, export,
 * segment, start field or type refers to, and the globals and fields that
 * are written. Rules about unused or needlessly mutable entities read it;
 * it is worked out once per module and shared.
 */
import { INSTRUCTIONS, type Imm } from "../isa/instructions.js";
import type { Entity, Func, HeapType, Instr, Module, RefType, StorageType, TypeDef, ValType } from "../module/model.js";

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

/** `REFERS` by instruction id: looked up for every instruction of the module. */
const REFERS_BY_ID = Uint8Array.from(INSTRUCTIONS, (def) => Number(REFERS[def.imm]));

const cache = new WeakMap<Module, Uses>();

export function usesOf(module: Module): Uses {
  let uses = cache.get(module);
  if (!uses) cache.set(module, (uses = collect(module)));
  return uses;
}

function collect(module: Module): Uses {
  const uses: Uses = { used: new Set(), setGlobals: new Set(), setFields: new Map(), setArrays: new Set(), readLocals: new Set(), writtenLocals: new Set() };
  const used = uses.used;
  const use = (e: { entity: string } | undefined): void => {
    if (e !== undefined && e.entity !== "dangling" && e.entity !== "dangling-label") used.add(e as Entity);
  };
  const heap = (h: HeapType | undefined): void => {
    if (h !== undefined && typeof h !== "string") use(h);
  };
  const val = (t: ValType | StorageType | undefined): void => {
    if (t !== undefined && typeof t !== "string") heap((t as RefType).heap);
  };
  const code = (seq: readonly Instr[] | undefined): void => {
    if (seq === undefined) return;
    for (let i = 0; i < seq.length; i++) {
      const ins = seq[i];
      if (REFERS_BY_ID[ins.op.id] === 0) continue;
      const imm = ins.op.imm;
      // The most frequent kinds first, reading only their own fields: instructions of different kinds have different shapes.
      if (imm === "local") {
        const local = ins.local;
        if (local !== undefined && local.entity === "local") (ins.op.name === "local.get" ? uses.readLocals : uses.writtenLocals).add(local);
        continue;
      }
      if (imm === "memarg" || imm === "memarg_lane") {
        use(ins.memarg?.memory);
        continue;
      }
      if (imm === "func") {
        use(ins.func);
        continue;
      }
      if (imm === "global") {
        use(ins.global);
        if (ins.op.name === "global.set" && ins.global) uses.setGlobals.add(ins.global as Entity);
        continue;
      }
      use(ins.func);
      use(ins.global);
      use(ins.table);
      use(ins.table2);
      use(ins.memory);
      use(ins.memory2);
      use(ins.memarg?.memory);
      use(ins.tag);
      use(ins.elem);
      use(ins.data);
      use(ins.type);
      use(ins.type2);
      heap(ins.heapType);
      val(ins.refType);
      val(ins.refType2);
      ins.selectTypes?.forEach(val);
      if (ins.blockType?.kind === "type") use(ins.blockType.type);
      else if (ins.blockType?.kind === "value") val(ins.blockType.type);
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
      for (const c of ins.catches ?? []) use(c.tag);
      for (const c of ins.onClauses ?? []) use(c.tag);
      for (const h of ins.handlers ?? []) {
        use(h.tag);
        code(h.body);
      }
      code(ins.body);
      code(ins.else);
    }
  };
  const func = (f: Func): void => {
    use(f.type);
    for (const l of [...f.params, ...f.locals]) val(l.type);
    code(f.body);
  };

  for (const group of module.types) {
    for (const t of group.types) {
      t.supertypes.forEach(use);
      const comp = t.comp;
      if (comp.kind === "func") [...comp.params, ...comp.results].forEach(val);
      else if (comp.kind === "struct") comp.fields.forEach((f) => val(f.type));
      else if (comp.kind === "cont") use(comp.func);
      else val(comp.element.type);
    }
  }
  for (const imp of module.imports) {
    if (imp.entity === "func") func(imp);
    else if (imp.entity === "tag") use(imp.type);
    else if (imp.entity === "global") val(imp.type);
    else if (imp.entity === "table") val(imp.elemType);
  }
  module.funcs.forEach(func);
  for (const t of module.tables) {
    val(t.elemType);
    code(t.init);
  }
  for (const g of module.globals) {
    val(g.type);
    code(g.init);
  }
  for (const t of module.tags) use(t.type);
  for (const e of module.exports) use(e.target);
  use(module.start);
  for (const e of module.elems) {
    val(e.type);
    if (e.mode.kind === "active") {
      use(e.mode.table);
      code(e.mode.offset);
    }
    e.items.forEach(code);
  }
  for (const d of module.datas) {
    if (d.mode.kind === "active") {
      use(d.mode.memory);
      code(d.mode.offset);
    }
  }
  return uses;
}

/** `$name` when the entity has one, else its index (as `encode` assigns them); messages say the kind. */
export function nameOf(e: { name?: string; index: number }): string {
  return e.name !== undefined ? `$${e.name}` : String(e.index);
}
