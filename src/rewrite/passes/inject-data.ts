/**
 * inject-data: adds bytes to a module's memory, either as an active segment
 * at a free address (after the static data and the stack the linker laid
 * out, see `freeAddress`) exported as address and length globals, or as a
 * passive segment with an exported function that copies it to an address.
 */
import type { Global, Memory, Module } from "../../module/model.js";
import { indexSpaces } from "../../module/index-space.js";
import { addData, addFunc, addGlobal, i32Const, op } from "../../module/build.js";
import { PassError, type Pass } from "../pass.js";
import { listArg } from "../patterns.js";
import { hex, placementProblem } from "../placement.js";
import { readBytes } from "../snippet.js";

const PAGE = 65536;
const ALIGN = 16;

export interface InjectOptions {
  /** Export names: `NAME` (address, active) or `NAME_copy` (passive), and `NAME_len`. */
  name: string;
  /** `active` (the default) or `passive`. */
  mode?: "active" | "passive";
  /** Where an active segment goes; by default the first free address (`freeAddress`). */
  at?: number;
  /** Memory index (default 0). */
  memory?: number;
}

export interface Injected {
  /** Address of an active segment. */
  address?: number;
  length: number;
}

export function injectData(module: Module, bytes: Uint8Array, options: InjectOptions): Injected {
  const fail = (reason: string): never => {
    throw new PassError("inject-data", reason);
  };
  const memory = indexSpaces(module).memories[options.memory ?? 0] ?? fail(`the module has no memory ${options.memory ?? 0}`);
  if (memory.limits.addressType !== "i32") fail("64-bit memories are not supported");
  if (!/^[\w.$-]+$/.test(options.name)) fail(`"${options.name}" is not a usable export name`);
  for (const name of [options.name, `${options.name}_len`, `${options.name}_copy`]) {
    if (module.exports.some((e) => e.name === name)) fail(`export "${name}" already exists`);
  }
  const addLength = () => addGlobal(module, { name: `${options.name}_len`, type: "i32", init: [i32Const(bytes.length)], exports: [`${options.name}_len`] });
  if (options.mode === "passive") {
    addLength();
    const data = addData(module, bytes, "passive", options.name);
    addFunc(module, {
      name: `${options.name}_copy`,
      params: ["i32"],
      body: (f) => [{ op: op("local.get"), local: f.params[0] }, i32Const(0), i32Const(bytes.length), { op: op("memory.init"), data, memory }],
      exports: [`${options.name}_copy`],
    });
    return { length: bytes.length };
  }
  const layout = linkerGlobals(module);
  const address = options.at ?? freeAddress(module, memory, layout);
  const end = address + bytes.length;
  if (end > 2 ** 32) fail("the data does not fit in a 32-bit memory");
  if (options.at !== undefined) {
    // An address the user chose must be free and inside the memory: the program's own data and stack are there.
    const problem = placementProblem(module, memory, { start: BigInt(address), end: BigInt(end) });
    if (problem !== undefined) fail(`at=${hex(address)}: ${problem}`);
  }
  const pages = BigInt(Math.ceil(end / PAGE));
  if (pages > memory.limits.min) {
    if (memory.import !== undefined) fail("the data is beyond the imported memory's minimum size");
    if (memory.limits.max !== undefined && pages > memory.limits.max) fail(`the data needs ${pages} pages, the memory allows ${memory.limits.max}`);
    memory.limits.min = pages;
  }
  addLength();
  addData(module, bytes, { memory, offset: address }, options.name);
  // The heap and the end of static data start after the new bytes.
  if (options.at === undefined) {
    setConst(layout.dataEnd, end);
    setConst(layout.heapBase, alignUp(end, ALIGN));
  }
  addGlobal(module, { name: options.name, type: "i32", init: [i32Const(address)], exports: [options.name] });
  return { address, length: bytes.length };
}

interface LinkerGlobals {
  dataEnd?: Global;
  heapBase?: Global;
}

/** wasm-ld's `__data_end` and `__heap_base`, by name or by export (Rust exports them unnamed). */
function linkerGlobals(module: Module): LinkerGlobals {
  const find = (name: string): Global | undefined => {
    const exported = module.exports.find((e) => e.name === name && e.kind === "global")?.target;
    const global = exported?.entity === "global" ? exported : indexSpaces(module).globals.find((g) => g.name === name);
    return global !== undefined && constOf(global) !== undefined ? global : undefined;
  };
  return { dataEnd: find("__data_end"), heapBase: find("__heap_base") };
}

/**
 * The first address past everything the module lays out: its active
 * segments, `__data_end` and `__heap_base` (past the stack when the stack
 * follows the data); without those globals, the end of the memory's
 * initial size (which then grows), since nothing is known about its heap.
 */
export function freeAddress(module: Module, memory: Memory, layout: LinkerGlobals = linkerGlobals(module)): number {
  const marks = [layout.dataEnd, layout.heapBase].map((g) => (g === undefined ? undefined : constOf(g)));
  if (marks.every((m) => m === undefined)) return Number(memory.limits.min) * PAGE;
  let end = Math.max(...marks.map((m) => m ?? 0));
  for (const d of module.datas) {
    if (d.mode.kind !== "active" || d.mode.memory !== memory) continue;
    const at = d.mode.offset.length === 1 ? d.mode.offset[0].i32 : undefined;
    if (at !== undefined) end = Math.max(end, (at >>> 0) + d.bytes.length);
  }
  return alignUp(end, ALIGN);
}

function constOf(g: Global): number | undefined {
  const init = g.init;
  return g.type === "i32" && init !== undefined && init.length === 1 && init[0].op.name === "i32.const" ? init[0].i32! >>> 0 : undefined;
}

function setConst(g: Global | undefined, value: number): void {
  if (g !== undefined) g.init = [i32Const(value)];
}

function alignUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

export const injectDataPass: Pass = {
  name: "inject-data",
  summary: "add bytes from a file as a data segment the program can find through exports",
  usage: "inject-data=FILE[,name=NAME][,passive][,at=ADDRESS][,memory=INDEX]",
  details:
    "Active (the default): the bytes go to the first free address, after the active segments and\n" +
    "__data_end/__heap_base when the module has them (those globals then move past the bytes; without\n" +
    "them the bytes go at the end of the memory's initial size, which grows); exports the globals NAME\n" +
    "(address) and NAME_len. A program whose code has the heap start built in as a constant may still\n" +
    "allocate over them: use at=ADDRESS or passive then. at=ADDRESS must not overlap an active segment\n" +
    "and must lie within the memory's minimum size.\n" +
    "passive: a passive segment; exports NAME_copy(dest) (memory.init of all bytes) and NAME_len.\n" +
    "NAME defaults to the file name without its extension.",
  example: "watkit rewrite app.wasm --pass inject-data=config.json,name=config -o app.wasm",
  run(module, arg, host) {
    const [file, ...opts] = listArg(arg);
    if (file === undefined) throw new PassError("inject-data", "needs a FILE");
    const options: InjectOptions = { name: file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "").replace(/[^\w.$-]/g, "_") };
    for (const opt of opts) {
      const [key, value] = opt.split("=", 2);
      if (key === "passive" && value === undefined) options.mode = "passive";
      else if (key === "name" && value) options.name = value;
      else if ((key === "at" || key === "memory") && value !== undefined && /^(0x[\da-f]+|\d+)$/i.test(value)) options[key] = Number(value);
      else throw new PassError("inject-data", `unknown option "${opt}"`);
    }
    if (options.memory !== undefined && host.input !== undefined) {
      // memory=INDEX counts the memories of the module as given to rewrite.
      const memory = host.input.entity("memories", options.memory, module);
      if (typeof memory === "string") throw new PassError("inject-data", `memory=${options.memory}: ${memory}`);
      options.memory = indexSpaces(module).memories.indexOf(memory as Memory);
    }
    const bytes = readBytes(host, file, "inject-data");
    try {
      injectData(module, bytes, options);
    } catch (error) {
      if (error instanceof PassError) throw new PassError("inject-data", `${file}: ${error.reason}`);
      throw error;
    }
  },
};
