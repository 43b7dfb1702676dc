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
import { addExport, addFunc, addGlobal, addImportFunc, addMemory, addTable, instr } from "../module/build.js";
import type { Instr, Module, NumType } from "../module/model.js";
import { parseF32Bits, parseF64Bits } from "../syntax/literals.js";
import { compile } from "./engine.js";

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
    const imported = addImportFunc(module, { module: "host", name }, params, []);
    addFunc(module, { params, body: (wrapper) => [...wrapper.params.map((p) => instr("local.get", { local: p })), instr("call", { func: imported })], exports: [name] });
    host[name] = (...values) => values.forEach((v, i) => print(`${String(v)} : ${params[i]}`));
  }
  for (const [name, { type, init }] of Object.entries(GLOBALS)) addGlobal(module, { type, init: [init], exports: [name] });
  addExport(module, "table", addTable(module, 10, undefined, { max: 20 }));
  addExport(module, "memory", addMemory(module, { min: 1, max: 2 }));
  // A second module, so that neither needs two tables or two memories.
  const extra = emptyModule();
  if (features.has("memory64")) addExport(extra, "table64", addTable(extra, 10, undefined, { max: 20, addressType: "i64" }));
  if (features.has("threads")) addExport(extra, "shared_memory", addMemory(extra, { min: 1, max: 2, shared: true }));
  return { ...instantiate(module, { host }), ...instantiate(extra, {}) };
}

function instantiate(module: Module, imports: WebAssembly.Imports): WebAssembly.Exports {
  return new WebAssembly.Instance(compile(encode(module, { names: false })), imports).exports;
}
