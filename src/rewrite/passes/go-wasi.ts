/**
 * go-wasi: turns a Go `GOOS=js GOARCH=wasm` module (imports of module `go`,
 * or `gojs` from Go 1.21) into a WASI preview 1 command. The part of Go's
 * wasm_exec.js that the standard library reaches is added to the module in
 * WAT (src/rewrite/go-wasi/): the syscall/js value table, the `fs`,
 * `process`, `crypto`, `Date` and `Uint8Array` globals on WASI calls, the
 * callbacks into Go, and an event loop for timers. Everything the pass needs
 * of the Go module it finds through the exports `run`, `resume`, `getsp`,
 * `mem` and the import list, so stripped binaries work too.
 */
import type { Func, Instr, Local, Memory, Module } from "../../module/model.js";
import { indexSpaces } from "../../module/index-space.js";
import { sameTypes } from "../../module/resolve-types.js";
import { op } from "../../module/build.js";
import { PassError, type Pass } from "../pass.js";
import { addWat } from "../snippet.js";
import { forEachInstr } from "../../module/code-walk.js";
import { mapCode } from "../walk.js";
import { GO_EXPORTS, GO_EXPORTS_MODULE, runtimeWat } from "../go-wasi/runtime.js";

const GO_IMPORT_MODULES = new Set(["go", "gojs"]);

const fail = (reason: string): never => {
  throw new PassError("go-wasi", reason);
};

/** Makes `module` (a Go js/wasm module) a WASI command in place. */
export function goWasi(module: Module): void {
  const goImports = module.imports.filter((e): e is Func => e.entity === "func" && GO_IMPORT_MODULES.has(e.import!.module));
  if (goImports.length === 0) fail('the module imports nothing from "go" or "gojs": it is not a Go js/wasm module');
  const exported = (name: string, kind: "func" | "memory"): Func | Memory => {
    const target = module.exports.find((e) => e.name === name && e.kind === kind)?.target;
    if (target === undefined || target.entity === "dangling") return fail(`the module has no ${kind} export "${name}", which Go js/wasm modules have`);
    return target as Func | Memory;
  };
  if (exported("mem", "memory") !== indexSpaces(module).memories[0]) {
    fail('the memory exported as "mem" is not memory 0');
  }
  const goFuncs = new Set(module.funcs);
  const runtime = addWat(module, runtimeWat());
  routeMemoryGrowth(goFuncs, runtime);
  // The code of a large Go binary is too big to walk for a few dozen
  // references: each Go import becomes, in place, the runtime's function for
  // it, so only the runtime's own code needs new references.
  const bound = new Map<Func, Func>();
  for (const [name] of GO_EXPORTS) {
    const standIn = runtime.imports.find((e): e is Func => e.entity === "func" && e.import!.module === GO_EXPORTS_MODULE && e.import!.name === name)!;
    bound.set(standIn, checkedType(standIn, exported(name, "func") as Func));
  }
  const missing: string[] = [];
  // Go may import a function twice (Go 1.26 does getRandomData): the second import calls the first.
  const again: [Func, Func][] = [];
  for (const imp of goImports) {
    const impl = runtime.funcs.find((f) => f.name === `go.${imp.import!.name}`);
    if (impl === undefined) missing.push(`${imp.import!.module}.${imp.import!.name}`);
    else if (bound.has(impl)) again.push([imp, bound.get(impl)!]);
    else bound.set(checkedType(imp, impl), imp);
  }
  if (missing.length > 0) fail(`go-wasi does not provide ${missing.join(", ")}`);
  for (const [impl, imp] of bound) {
    if (imp.import !== undefined) define(module, imp, impl.params, impl.locals, impl.body);
  }
  for (const [imp, first] of again) {
    const params = first.params.map((p): Local => ({ entity: "local", type: p.type, index: 0 }));
    define(module, imp, params, [], [...params.map((local): Instr => ({ op: op("local.get"), local })), { op: op("call"), func: first }]);
  }
  module.imports = module.imports.filter((e) => !bound.has(e as Func) && (e.entity !== "func" || e.import !== undefined));
  module.funcs = module.funcs.filter((f) => !bound.has(f));
  for (const f of runtime.funcs) mapCode(f.body, (t) => bound.get(t as Func) ?? t);
}

/** Turns the imported function `imp` into a defined one with this code. */
function define(module: Module, imp: Func, params: Local[], locals: Local[], body: Instr[]): void {
  imp.import = undefined;
  imp.params = params;
  imp.locals = locals;
  imp.body = body;
  module.funcs.push(imp);
}

/** `by`, once it is known to have the type of `f`. */
function checkedType(f: Func, by: Func): Func {
  const [a, b] = [f.type, by.type];
  if (a.entity !== "type" || b.entity !== "type" || a.comp.kind !== "func" || b.comp.kind !== "func" ||
      !sameTypes(a.comp.params, b.comp.params) || !sameTypes(a.comp.results, b.comp.results)) {
    const name = f.import !== undefined ? `${f.import.module}.${f.import.name}` : "a Go export";
    return fail(`${name} does not have the type go-wasi expects`);
  }
  return by;
}

/**
 * Go's `memory.size` and `memory.grow` go through the runtime, which keeps
 * its heap above Go's pages. The two instructions become calls in place:
 * the code of a large Go binary is too big to copy for two of its instructions.
 */
function routeMemoryGrowth(goFuncs: ReadonlySet<Func>, runtime: Module): void {
  const [size, grow] = ["go.memory.size", "go.memory.grow"].map((name) => runtime.funcs.find((f) => f.name === name)!);
  const [sizeOp, growOp, call] = [op("memory.size"), op("memory.grow"), op("call")];
  for (const f of goFuncs) {
    forEachInstr(f.body, (ins: Instr) => {
      if (ins.op !== sizeOp && ins.op !== growOp) return;
      ins.func = ins.op === sizeOp ? size : grow;
      ins.op = call;
      delete ins.memory;
    });
  }
}

export const goWasiPass: Pass = {
  name: "go-wasi",
  summary: "make a Go js/wasm module (imports of go or gojs) a WASI command",
  usage: "go-wasi",
  details:
    "Replaces the imports Go's wasm_exec.js provides with WAT on WASI preview 1: syscall/js values,\n" +
    "the fs, process, crypto, Date and Uint8Array globals (files through the preopened --dir\n" +
    "directories), callbacks into Go and an event loop for timers and sleeps. Adds _start and\n" +
    'exports the memory as "memory". A program that uses other JavaScript stops with a message\n' +
    "naming the member it reached. Works on stripped binaries (no name section).",
  example: "watkit rewrite prog.wasm prog-wasi.wasm --pass go-wasi && watkit run prog-wasi.wasm --dir .",
  run(module, arg) {
    if (arg !== undefined) fail("takes no argument");
    goWasi(module);
  },
};
