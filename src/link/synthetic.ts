/**
 * What the linker writes itself: `__wasm_call_ctors` (the init functions by
 * priority), trapping stubs (signature mismatch, weak undefined function),
 * `__stack_pointer` and the globals that export data addresses, and the
 * function types they need, shared with the inputs' (one type per signature).
 */
import { instrByName } from "../isa/instructions.js";
import type { InstrDef } from "../isa/instructions.js";
import type { Func, FuncType, Global, Instr, TypeDef, TypeRef, ValType } from "../module/model.js";
import { sameTypes } from "../module/resolve-types.js";

function op(name: string): InstrDef {
  return instrByName(name)!;
}

export const i32Const = (value: number): Instr => ({ op: op("i32.const"), i32: value | 0 });

/** One function type per signature, for the output's type section. */
export class FuncTypes {
  readonly defs: TypeDef[] = [];

  /** The output's type for a signature (an input's type, or params and results). */
  of(type: TypeRef | FuncType): TypeDef {
    const comp = "entity" in type ? (type.entity === "type" ? type.comp : undefined) : type;
    if (comp?.kind !== "func") throw new Error("linked functions have function types");
    const found = this.defs.find((t) => t.comp.kind === "func" && sameTypes(t.comp.params, comp.params) && sameTypes(t.comp.results, comp.results));
    if (found !== undefined) return found;
    const def: TypeDef = { entity: "type", final: true, supertypes: [], comp: { kind: "func", params: [...comp.params], results: [...comp.results] }, explicitSub: false, index: 0 };
    this.defs.push(def);
    return def;
  }
}

function func(name: string, type: TypeDef, body: Instr[]): Func {
  const comp = type.comp as FuncType;
  const params = comp.params.map((t: ValType, index) => ({ entity: "local" as const, type: t, index }));
  return { entity: "func", name, type, params, locals: [], body, index: 0 };
}

/** `__wasm_call_ctors`: calls each init function, lowest priority first (ties in input order). */
export function callCtors(types: FuncTypes, inits: Array<{ priority: number; func: Func }>): Func {
  const sorted = inits.map((x, i) => ({ ...x, i })).sort((a, b) => a.priority - b.priority || a.i - b.i);
  const body: Instr[] = [];
  for (const { func: f } of sorted) {
    body.push({ op: op("call"), func: f });
    const results = (f.type as TypeDef).comp.kind === "func" ? ((f.type as TypeDef).comp as FuncType).results : [];
    for (let k = 0; k < results.length; k++) body.push({ op: op("drop") });
  }
  return func("__wasm_call_ctors", types.of({ kind: "func", params: [], results: [] }), body);
}

/** A function of the given type that traps: what calls reach when they cannot reach the function they name. */
export function trapStub(name: string, type: TypeDef): Func {
  return func(name, type, [{ op: op("unreachable") }]);
}

/** An i32 global starting at `value` (mutable for `__stack_pointer`). */
export function i32Global(name: string, value: number, mutable: boolean): Global {
  return { entity: "global", name, type: "i32", mutable, init: [i32Const(value)], index: 0 };
}

/** `NAME.command_export`: runs the constructors, calls the function with its arguments, then the destructors. */
export function commandWrapper(name: string, target: Func, ctors: Func, dtors: Func | undefined): Func {
  const wrapper = func(name, target.type as TypeDef, []);
  wrapper.body = [
    { op: op("call"), func: ctors },
    ...wrapper.params.map((local) => ({ op: op("local.get"), local })),
    { op: op("call"), func: target },
    ...(dtors === undefined ? [] : [{ op: op("call"), func: dtors }]),
  ];
  return wrapper;
}
