/**
 * Builders: add types, functions, locals, globals, memories, tables, exports
 * and segments to a module, for the rewrite passes, the `watkit/rewrite` API
 * and the modules the wast runner makes itself (the spectest host, adapters).
 * They create bound entities; indices come later from `encode`.
 */
import { ArgumentError } from "../errors.js";
import { instrByName, type InstrDef } from "../isa/instructions.js";
import type {
  Data,
  Elem,
  Export,
  ExportKind,
  Func,
  Global,
  ImportName,
  Instr,
  Local,
  Memory,
  Module,
  RefType,
  Table,
  Tag,
  TypeDef,
  ValType,
} from "./model.js";
import { funcTypeOf, sameTypes } from "./resolve-types.js";

const FUNCREF: RefType = { nullable: true, heap: "func" };

export function op(name: string): InstrDef {
  const def = instrByName(name);
  if (def === undefined) throw new Error(`no instruction ${name}`);
  return def;
}

/** An instruction with its immediates. */
export function instr(name: string, fields: Partial<Instr> = {}): Instr {
  return { op: op(name), ...fields };
}

/** A final function type with these params and results: an existing one of its own group, or a new one. */
export function funcType(module: Module, params: readonly ValType[], results: readonly ValType[]): TypeDef {
  for (const group of module.types) {
    if (group.types.length !== 1 || group.explicit) continue;
    const t = group.types[0];
    if (t.final && t.supertypes.length === 0 && t.comp.kind === "func" && sameTypes(t.comp.params, params) && sameTypes(t.comp.results, results)) {
      return t;
    }
  }
  const def = funcTypeOf(params, results);
  module.types.push({ types: [def], explicit: false });
  return def;
}

export interface FuncSpec {
  name?: string;
  params?: readonly ValType[];
  results?: readonly ValType[];
  /** Types of the locals after the parameters. */
  locals?: readonly ValType[];
  /** Built from the function itself, so that its body can name its parameters and locals. */
  body: (func: Func) => Instr[];
  /** Export names. */
  exports?: readonly string[];
}

export function addFunc(module: Module, spec: FuncSpec): Func {
  const type = funcType(module, spec.params ?? [], spec.results ?? []);
  const func: Func = {
    entity: "func",
    type,
    params: (spec.params ?? []).map((t, i) => ({ entity: "local", type: t, index: i })),
    locals: (spec.locals ?? []).map((t, i) => ({ entity: "local", type: t, index: (spec.params ?? []).length + i })),
    body: [],
    index: 0,
  };
  if (spec.name !== undefined) func.name = spec.name;
  func.body = spec.body(func);
  module.funcs.push(func);
  for (const name of spec.exports ?? []) addExport(module, name, func);
  return func;
}

/** A local after the function's parameters and locals. */
export function addLocal(func: Func, type: ValType): Local {
  const local: Local = { entity: "local", type, index: func.params.length + func.locals.length };
  func.locals.push(local);
  return local;
}

/** An imported function. */
export function addImportFunc(module: Module, from: ImportName, params: readonly ValType[], results: readonly ValType[], name?: string): Func {
  return importFunc(module, from, funcType(module, params, results), name);
}

/** An imported function of exactly this type (which may be in a recursion group or have supertypes). */
export function importFunc(module: Module, from: ImportName, type: TypeDef, name?: string): Func {
  if (type.comp.kind !== "func") throw new Error("importFunc needs a function type");
  const params = type.comp.params.map((t, i): Local => ({ entity: "local", type: t, index: i }));
  const func: Func = { entity: "func", import: { ...from }, type, params, locals: [], body: [], index: 0 };
  if (name !== undefined) func.name = name;
  module.imports.push(func);
  return func;
}

export function addGlobal(module: Module, spec: { name?: string; type: ValType; mutable?: boolean; init: Instr[]; exports?: readonly string[] }): Global {
  const global: Global = { entity: "global", type: spec.type, mutable: spec.mutable ?? false, init: spec.init, index: 0 };
  if (spec.name !== undefined) global.name = spec.name;
  module.globals.push(global);
  for (const name of spec.exports ?? []) addExport(module, name, global);
  return global;
}

/** An imported global. */
export function importGlobal(module: Module, from: ImportName, type: ValType, mutable: boolean): Global {
  const global: Global = { entity: "global", import: { ...from }, type, mutable, index: 0 };
  module.imports.push(global);
  return global;
}

/** A memory of `min` pages (at most `max`), shared when asked; imported when `import` is given. */
export function addMemory(module: Module, spec: { name?: string; min: number; max?: number; shared?: boolean; import?: ImportName }): Memory {
  const memory: Memory = { entity: "memory", limits: { addressType: "i32", min: BigInt(spec.min), shared: spec.shared ?? false }, index: 0 };
  if (spec.max !== undefined) memory.limits.max = BigInt(spec.max);
  if (spec.name !== undefined) memory.name = spec.name;
  if (spec.import !== undefined) {
    memory.import = { ...spec.import };
    module.imports.push(memory);
  } else {
    module.memories.push(memory);
  }
  return memory;
}

/** A funcref table of `min` entries (at most `limits.max`), with i32 addresses unless told. */
export function addTable(module: Module, min: number, name?: string, limits: { max?: number; addressType?: "i32" | "i64" } = {}): Table {
  const table: Table = { entity: "table", limits: { addressType: limits.addressType ?? "i32", min: BigInt(min), shared: false }, elemType: FUNCREF, index: 0 };
  if (limits.max !== undefined) table.limits.max = BigInt(limits.max);
  if (name !== undefined) table.name = name;
  module.tables.push(table);
  return table;
}

const KINDS: Record<(Func | Table | Memory | Global | Tag)["entity"], ExportKind> = {
  func: "func",
  table: "table",
  memory: "memory",
  global: "global",
  tag: "tag",
};

/** Exports an entity; an export name already in use is an error (export names are unique). */
export function addExport(module: Module, name: string, target: Func | Table | Memory | Global | Tag): Export {
  if (module.exports.some((e) => e.name === name)) throw new ArgumentError("addExport", "name", `is taken (export "${name}" already exists)`);
  const exp: Export = { name, kind: KINDS[target.entity], target };
  module.exports.push(exp);
  return exp;
}

/** An active data segment at a constant offset of `memory`, or a passive one. */
export function addData(module: Module, bytes: Uint8Array, placement: { memory: Memory; offset: number } | "passive", name?: string): Data {
  const data: Data = {
    entity: "data",
    mode: placement === "passive" ? { kind: "passive" } : { kind: "active", memory: placement.memory, offset: [i32Const(placement.offset)] },
    bytes,
    implicitMemory: false,
    index: 0,
  };
  if (name !== undefined) data.name = name;
  module.datas.push(data);
  // memory.init and data.drop on a new passive segment need the data count section.
  if (placement === "passive") module.dataCount = true;
  return data;
}

/** An element segment of functions: active at a constant offset of `table`, passive, or declarative. */
export function addElem(module: Module, funcs: readonly Func[], placement: { table: Table; offset: number } | "passive" | "declarative"): Elem {
  const mode: Elem["mode"] =
    placement === "passive" || placement === "declarative" ? { kind: placement } : { kind: "active", table: placement.table, offset: [i32Const(placement.offset)] };
  const elem: Elem = {
    entity: "elem",
    mode,
    type: FUNCREF,
    items: funcs.map((f) => [{ op: op("ref.func"), func: f }]),
    funcIndices: true,
    implicitTable: false,
    index: 0,
  };
  module.elems.push(elem);
  return elem;
}

export function i32Const(value: number): Instr {
  return { op: op("i32.const"), i32: value | 0 };
}
