/**
 * Small constructors for the Module model, for the modules the runner makes
 * itself (the spectest host module, adapters): they are built as models and
 * encoded by watkit's encoder, never written as text.
 */
import { instrByName } from "../isa/instructions.js";
import type {
  AbsHeapType,
  Func,
  FuncType,
  HeapType,
  ImportName,
  Instr,
  Local,
  Module,
  NumType,
  RefType,
  TypeDef,
  ValType,
} from "../module/model.js";
import { NUM_BYTES } from "./values.js";

export function instr(name: string, fields: Partial<Instr> = {}): Instr {
  const op = instrByName(name);
  if (op === undefined) throw new Error(`no instruction ${name}`);
  return { op, ...fields };
}

/** A function type in a recursion group of its own, added to the module. */
export function addFuncType(module: Module, params: ValType[], results: ValType[]): TypeDef {
  const type: TypeDef = {
    entity: "type",
    final: true,
    supertypes: [],
    comp: { kind: "func", params, results },
    explicitSub: false,
    index: 0,
  };
  module.types.push({ types: [type], explicit: false });
  return type;
}

export function local(type: ValType): Local {
  return { entity: "local", type, index: 0 };
}

/** A function of a type: imported when `from` is given, else defined with `body` (which may use its `params`). */
export function func(type: TypeDef, from?: ImportName): Func {
  const comp = type.comp as FuncType;
  return { entity: "func", type, import: from, params: comp.params.map(local), locals: [], body: [], index: 0 };
}

/** `T.load` / `T.store` at a constant address, naturally aligned. */
export function memoryAccess(module: Module, kind: "load" | "store", type: NumType, offset: number): Instr {
  const memory = module.imports.find((i) => i.entity === "memory") ?? module.memories[0];
  if (memory?.entity !== "memory") throw new Error("memoryAccess needs a memory");
  return instr(`${type}.${kind}`, { memarg: { memory, align: Math.log2(NUM_BYTES[type]), offset: BigInt(offset) } });
}

export type Hierarchy = "func" | "extern" | "any" | "exn" | "cont";

/** The top of the type hierarchy a reference type belongs to. */
export function hierarchyOf(heap: HeapType): Hierarchy {
  if (typeof heap === "object") {
    if (heap.entity === "dangling") return "any";
    return heap.comp.kind === "func" ? "func" : heap.comp.kind === "cont" ? "cont" : "any";
  }
  const tops: Record<AbsHeapType, Hierarchy> = {
    func: "func",
    nofunc: "func",
    extern: "extern",
    noextern: "extern",
    exn: "exn",
    noexn: "exn",
    cont: "cont",
    nocont: "cont",
    any: "any",
    eq: "any",
    i31: "any",
    struct: "any",
    array: "any",
    none: "any",
  };
  return tops[heap];
}

export function nullable(type: RefType): RefType {
  return { nullable: true, heap: type.heap };
}
