/**
 * Adapters: modules the runner generates (as models, encoded by watkit) to
 * call an exported function or read an exported global with exact values.
 * JS cannot pass or receive a v128 or an exnref, and turns NaN payloads into
 * whatever the engine likes; so an adapter imports the target with its exact
 * type (the target's type definitions are copied, so concrete reference types
 * match), loads the numeric arguments from a memory shared with the runner,
 * calls, and stores the numeric results there. References cross as JS values
 * (exnref never does: its class is all that comes back), each with a class
 * computed inside the engine (null, i31, struct, array, host, func, ...).
 */
import { encode } from "../binary/encode.js";
import { compile } from "./engine.js";
import { emptyModule } from "../module/empty.js";
import { addFunc, addLocal, addMemory, importFunc, importGlobal, instr } from "../module/build.js";
import type { AbsHeapType, Func, FuncType, Global, HeapType, Instr, Local, Module, NumType, RefType, TypeDef, ValType } from "../module/model.js";
import { type Arg, NUM_BYTES, REF_CLASSES, type RefClass, type Value } from "./values.js";

/** Each value has a slot of this many bytes; results follow the arguments. */
const SLOT = 16;
const RESULTS_AT = 4096;
const MAX_VALUES = RESULTS_AT / SLOT;

const CLASS_CODE = Object.fromEntries(REF_CLASSES.map((c, i) => [c, i])) as Record<RefClass, number>;

export type Call = (args: Arg[]) => Value[];

/** Makes and caches the adapters of one run; all share one memory. */
export class Adapters {
  readonly #memory = new WebAssembly.Memory({ initial: 1 });
  readonly #compiled = new WeakMap<TypeDef | Global, WebAssembly.Module>();
  readonly #calls = new WeakMap<object, Call>();

  /** A caller of `fn`, an exported function whose definition in `model` is `target`. */
  call(model: Module, target: Func, fn: CallableFunction & WebAssembly.ImportValue): Call {
    let call = this.#calls.get(fn);
    if (call) return call;
    const type = target.type;
    if (type.entity !== "type" || type.comp.kind !== "func") throw new Error("the export's type is not a function type");
    const { params, results } = type.comp;
    if (params.length > MAX_VALUES || results.length > MAX_VALUES) throw new Error("too many parameters or results");
    const compiled = this.#compile(type, () => callAdapter(model, type));
    const exports = this.#instantiate(compiled, fn);
    call = (args) => {
      if (args.length !== params.length) throw new Error(`expected ${params.length} arguments, got ${args.length}`);
      const jsArgs: unknown[] = [];
      args.forEach((arg, i) => {
        if (arg.kind === "num") {
          if (arg.type !== params[i]) throw new Error(`argument ${i + 1} is ${arg.type}, the parameter ${typeText(params[i])}`);
          this.#bytes().set(arg.bytes, i * SLOT);
        } else if (typeof params[i] !== "object") {
          throw new Error(`argument ${i + 1} is a reference, the parameter ${typeText(params[i])}`);
        } else if (passable(params[i])) {
          jsArgs.push(arg.value);
        } else if (arg.value !== null) {
          throw new Error(`argument ${i + 1}: only a null exception reference can be written in a script`);
        }
      });
      return this.#read(results, (exports.call as CallableFunction)(...jsArgs));
    };
    this.#calls.set(fn, call);
    return call;
  }

  /** Reads an exported global, `target` its definition in `model`. */
  get(model: Module, target: Global, global: WebAssembly.Global): Value {
    let call = this.#calls.get(global);
    if (!call) {
      const compiled = this.#compile(target, () => globalAdapter(model, target));
      const exports = this.#instantiate(compiled, global);
      call = () => this.#read([target.type], (exports.call as CallableFunction)());
      this.#calls.set(global, call);
    }
    return call([])[0];
  }

  #compile(key: TypeDef | Global, make: () => Module): WebAssembly.Module {
    let compiled = this.#compiled.get(key);
    if (!compiled) this.#compiled.set(key, (compiled = compile(encode(make(), { names: false }))));
    return compiled;
  }

  #instantiate(compiled: WebAssembly.Module, target: WebAssembly.ImportValue): WebAssembly.Exports {
    return new WebAssembly.Instance(compiled, { watkit: { memory: this.#memory, target } }).exports;
  }

  #bytes(): Uint8Array {
    return new Uint8Array(this.#memory.buffer);
  }

  #read(types: ValType[], returned: unknown): Value[] {
    const refs = types.filter((t) => typeof t === "object" && passable(t)).length;
    const jsResults = refs === 1 ? [returned] : refs > 1 ? [...(returned as unknown[])] : [];
    const bytes = this.#bytes();
    const view = new DataView(bytes.buffer);
    return types.map((type, j) => {
      const at = RESULTS_AT + j * SLOT;
      if (typeof type !== "object") return { kind: "num", type, bytes: bytes.slice(at, at + NUM_BYTES[type]) };
      return { kind: "ref", class: REF_CLASSES[view.getUint32(at, true)], value: passable(type) ? jsResults.shift() : undefined };
    });
  }
}

/** References JS can hold: all but the exception and continuation hierarchies. */
function passable(type: RefType): boolean {
  const hierarchy = hierarchyOf(type.heap);
  return hierarchy !== "exn" && hierarchy !== "cont";
}

function typeText(type: ValType): string {
  return typeof type === "object" ? "a reference" : type;
}

/** A module with the target's types, the shared memory and the target imported; `call` is to be defined. */
function adapterBase(model: Module): Module {
  const module = emptyModule();
  module.types = [...model.types];
  addMemory(module, { min: 1, import: { module: "watkit", name: "memory" } });
  return module;
}

function callAdapter(model: Module, type: TypeDef): Module {
  const module = adapterBase(model);
  const target = importFunc(module, { module: "watkit", name: "target" }, type);
  const { params, results } = type.comp as FuncType;
  const refParams = params.filter((p): p is RefType => typeof p === "object" && passable(p));
  const adapter = defineCall(module, refParams, results);
  const jsParams = [...adapter.params];
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (typeof p !== "object") adapter.body.push(instr("i32.const", { i32: 0 }), memoryAccess(module, "load", p, i * SLOT));
    else if (passable(p)) adapter.body.push(instr("local.get", { local: jsParams.shift()! }));
    else adapter.body.push(instr("ref.null", { heapType: p.heap }));
  }
  adapter.body.push(instr("call", { func: target }));
  storeResults(module, adapter, results);
  return module;
}

function globalAdapter(model: Module, target: Global): Module {
  const module = adapterBase(model);
  const global = importGlobal(module, { module: "watkit", name: "target" }, target.type, target.mutable);
  const adapter = defineCall(module, [], [target.type]);
  adapter.body.push(instr("global.get", { global }));
  storeResults(module, adapter, [target.type]);
  return module;
}

/** The exported `call`: parameters for the references JS passes, results for those it receives (as their top types). */
function defineCall(module: Module, refParams: RefType[], results: ValType[]): Func {
  const jsResults = results.filter((r): r is RefType => typeof r === "object" && passable(r));
  const tops = jsResults.map((r): RefType => ({ nullable: true, heap: hierarchyOf(r.heap) }));
  return addFunc(module, { params: refParams, results: tops, body: () => [], exports: ["call"] });
}

/**
 * With the results on the stack: pops them into locals, stores numbers and
 * reference classes into their slots, and pushes the references JS receives.
 */
function storeResults(module: Module, adapter: Func, results: ValType[]): void {
  const body = adapter.body;
  const locals = results.map((r) => addLocal(adapter, typeof r === "object" ? { nullable: true, heap: r.heap } : r));
  const tag = addLocal(adapter, "i32");
  for (let j = results.length - 1; j >= 0; j--) body.push(instr("local.set", { local: locals[j] }));
  results.forEach((r, j) => {
    const at = RESULTS_AT + j * SLOT;
    if (typeof r === "object") body.push(...classify(locals[j], hierarchyOf(r.heap), tag));
    const stored = typeof r === "object" ? tag : locals[j];
    body.push(instr("i32.const", { i32: 0 }), instr("local.get", { local: stored }));
    body.push(memoryAccess(module, "store", typeof r === "object" ? "i32" : r, at));
  });
  results.forEach((r, j) => {
    if (typeof r === "object" && passable(r)) body.push(instr("local.get", { local: locals[j] }));
  });
}

/** Sets `tag` to the class code of the reference in `ref`: the last matching test wins. */
function classify(ref: Local, hierarchy: Hierarchy, tag: Local): Instr[] {
  const nonNull: Record<typeof hierarchy, RefClass> = { func: "func", extern: "extern", exn: "exn", cont: "cont", any: "host" };
  const code: Instr[] = [instr("i32.const", { i32: CLASS_CODE[nonNull[hierarchy]] }), instr("local.set", { local: tag })];
  const choose = (cls: RefClass, test: Instr): void => {
    code.push(
      instr("i32.const", { i32: CLASS_CODE[cls] }),
      instr("local.get", { local: tag }),
      instr("local.get", { local: ref }),
      test,
      instr("select"),
      instr("local.set", { local: tag }),
    );
  };
  if (hierarchy === "any") {
    for (const heap of ["array", "struct", "i31"] as const) {
      choose(heap, instr("ref.test", { refType: { nullable: false, heap } }));
    }
  }
  choose("null", instr("ref.is_null"));
  return code;
}

/** `T.load` / `T.store` at a constant address of the adapter's memory, naturally aligned. */
function memoryAccess(module: Module, kind: "load" | "store", type: NumType, offset: number): Instr {
  const memory = module.imports.find((i) => i.entity === "memory");
  if (memory?.entity !== "memory") throw new Error("memoryAccess needs a memory");
  return instr(`${type}.${kind}`, { memarg: { memory, align: Math.log2(NUM_BYTES[type]), offset: BigInt(offset) } });
}

type Hierarchy = "func" | "extern" | "any" | "exn" | "cont";

const TOPS: Record<AbsHeapType, Hierarchy> = {
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

/** The top of the type hierarchy a reference type belongs to. */
function hierarchyOf(heap: HeapType): Hierarchy {
  if (typeof heap !== "object") return TOPS[heap];
  if (heap.entity === "dangling") return "any";
  return heap.comp.kind === "func" ? "func" : heap.comp.kind === "cont" ? "cont" : "any";
}
