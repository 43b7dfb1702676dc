/**
 * The `spectest` host module the spec scripts import from, as the reference
 * interpreter defines it: print functions of exact types (a module importing
 * `print_i32` with another type fails to link, so they are WebAssembly
 * functions that call the host's printer), globals of 666 / 666.6, a funcref
 * table of 10 to 20 elements, a memory of 1 to 2 pages; and, where the engine
 * has the features, `table64` (the same table with i64 addresses) and
 * `shared_memory` (1 to 2 pages, shared). Built as a model and encoded by watkit.
 */
import { encode } from "../binary/encode.js";
import type { Feature } from "../isa/instructions.js";
import { emptyModule } from "../module/empty.js";
import type { Global, Instr, Memory, Module, NumType, Table } from "../module/model.js";
import { parseF32Bits, parseF64Bits } from "../syntax/literals.js";
import { compile } from "./engine.js";
import { addFuncType, func, instr } from "./model-builder.js";

const PRINTS: Record<string, NumType[]> = {
  print: [],
  print_i32: ["i32"],
  print_i64: ["i64"],
  print_f32: ["f32"],
  print_f64: ["f64"],
  print_i32_f32: ["i32", "f32"],
  print_f64_f64: ["f64", "f64"],
};

const GLOBALS: Record<string, { type: NumType; init: Instr }> = {
  global_i32: { type: "i32", init: instr("i32.const", { i32: 666 }) },
  global_i64: { type: "i64", init: instr("i64.const", { i64: 666n }) },
  global_f32: { type: "f32", init: instr("f32.const", { i32: parseF32Bits("666.6") }) },
  global_f64: { type: "f64", init: instr("f64.const", { i64: parseF64Bits("666.6") }) },
};

/** The exports of a fresh spectest instance; `print` receives one line per printed value. */
export function spectest(features: ReadonlySet<Feature>, print: (line: string) => void): WebAssembly.Exports {
  const module = emptyModule();
  const host: Record<string, (...values: unknown[]) => void> = {};
  for (const [name, params] of Object.entries(PRINTS)) {
    const type = addFuncType(module, params, []);
    const imported = func(type, { module: "host", name });
    const wrapper = func(type);
    wrapper.body = [...wrapper.params.map((p) => instr("local.get", { local: p })), instr("call", { func: imported })];
    module.imports.push(imported);
    module.funcs.push(wrapper);
    module.exports.push({ name, kind: "func", target: wrapper });
    host[name] = (...values) => values.forEach((v, i) => print(`${String(v)} : ${params[i]}`));
  }
  for (const [name, { type, init }] of Object.entries(GLOBALS)) {
    const global: Global = { entity: "global", type, mutable: false, init: [init], index: 0 };
    module.globals.push(global);
    module.exports.push({ name, kind: "global", target: global });
  }
  addTable(module, "table", "i32");
  addMemory(module, "memory", false);
  // A second module, so that neither needs two tables or two memories.
  const extra = emptyModule();
  if (features.has("memory64")) addTable(extra, "table64", "i64");
  if (features.has("threads")) addMemory(extra, "shared_memory", true);
  return { ...instantiate(module, { host }), ...instantiate(extra, {}) };
}

function instantiate(module: Module, imports: WebAssembly.Imports): WebAssembly.Exports {
  return new WebAssembly.Instance(compile(encode(module, { names: false })), imports).exports;
}

function addTable(module: Module, name: string, addressType: "i32" | "i64"): void {
  const table: Table = {
    entity: "table",
    limits: { addressType, min: 10n, max: 20n, shared: false },
    elemType: { nullable: true, heap: "func" },
    index: 0,
  };
  module.tables.push(table);
  module.exports.push({ name, kind: "table", target: table });
}

function addMemory(module: Module, name: string, shared: boolean): void {
  const memory: Memory = { entity: "memory", limits: { addressType: "i32", min: 1n, max: 2n, shared }, index: 0 };
  module.memories.push(memory);
  module.exports.push({ name, kind: "memory", target: memory });
}
