/**
 * merge: winds several modules into one. An import of one module that
 * another module (named as the importer names it) exports becomes a direct
 * reference to the exported entity: calls, global accesses, tables and
 * memories. Each module keeps its own memories and tables (several
 * memories need multi-memory), entity names that clash get the module's
 * name as a prefix, and the result exports what the caller chooses.
 */
import { emptyModule } from "../../module/empty.js";
import type { Data, Func, Global, Memory, Module, Table, Tag, ExportKind, Export, ValType } from "../../module/model.js";
import { indexSpaces } from "../../module/index-space.js";
import { sameTypes, sameValType } from "../../module/resolve-types.js";
import { decode } from "../../binary/decode.js";
import { WasmDecodeError } from "../../binary/decode-error.js";
import { WatError } from "../../syntax/errors.js";
import { SnippetError } from "../errors.js";
import { readBytes, readText } from "../snippet.js";
import { watToModule } from "../../wat2wasm.js";
import { addFunc, op } from "../../module/build.js";
import { PassError, type Pass, type PassHost } from "../pass.js";
import { importName, listArg } from "../patterns.js";
import { entitiesOf, mapModule, type Target } from "../walk.js";
import { constRange, hex, pagesText, type Range } from "../placement.js";
import { combineMemories } from "./combine-memories.js";
import { formatSignature } from "../substitution.js";
import { declareTakenFuncs } from "../func-declarations.js";

type Importable = Func | Table | Memory | Global | Tag;

export interface MergeInput {
  /** The module name other inputs import it by. */
  name: string;
  module: Module;
}

export interface MergeOptions {
  /**
   * The exports of the result: `MODULE.EXPORT` or `MODULE.EXPORT=AS` (`AS`
   * defaults to `EXPORT`). By default the first input's exports.
   */
  exports?: readonly string[];
  /**
   * `keep` (the default): each module keeps its memories, and a result with
   * several needs multi-memory (a warning says so). `combine`: one memory
   * holding each module's at its own base (see `combineMemories`).
   */
  memories?: "keep" | "combine";
  /** Hears what is not an error (a result that needs multi-memory); by default `process.emitWarning`. */
  warn?: (message: string) => void;
}

/** Merges the inputs (whose entities move into the result: the inputs are used up). */
export function merge(inputs: readonly MergeInput[], options: MergeOptions = {}): Module {
  const fail = (reason: string): never => {
    throw new PassError("merge", reason);
  };
  const byName = new Map<string, MergeInput>();
  for (const input of inputs) {
    if (byName.has(input.name)) fail(`two inputs are named "${input.name}"`);
    byName.set(input.name, input);
  }
  const linked = new Set<MergeInput>();
  const substitute = linkImports(inputs, byName, fail, linked);
  const warn = options.warn ?? ((message: string) => process.emitWarning(message, "WatkitMergeWarning"));
  checkUseful(inputs, linked, options.exports, warn, fail);
  const owner = new Map<Memory, string>();
  for (const input of inputs) for (const m of indexSpaces(input.module).memories) owner.set(m, input.name);
  const ordered = order(inputs, byName);
  const result = emptyModule();
  for (const input of ordered) {
    const m = input.module;
    mapModule(m, (t) => substitute.get(t as Importable) ?? t);
    result.types.push(...m.types);
    result.imports.push(...m.imports.filter((e) => !substitute.has(e)));
    result.funcs.push(...m.funcs);
    result.tables.push(...m.tables);
    result.memories.push(...m.memories);
    result.globals.push(...m.globals);
    result.tags.push(...m.tags);
    result.elems.push(...m.elems);
    result.datas.push(...m.datas);
    result.dataCount ||= m.dataCount;
  }
  // Custom sections describe their own module's bytes (debug info, producers): the first input's stay.
  result.customs = inputs[0].module.customs;
  result.start = startOf(result, ordered);
  result.exports = chooseExports(inputs, byName, options.exports, fail);
  // An input's export that is not kept may have been what let its code take `ref.func` of the function.
  declareTakenFuncs(result);
  checkSharedMemoryData(result, inputs, fail);
  if (options.memories === "combine") combineMemories(result, (m) => owner.get(m) ?? "?");
  keepSegmentsOnTheirTables(result);
  renameClashes(ordered, new Set(entitiesOf(result)));
  const memories = indexSpaces(result).memories;
  if (memories.length > 1) {
    const from = memories.map((m) => `"${owner.get(m) ?? "?"}"`).join(", ");
    warn(
      `the merged module has ${memories.length} memories (of ${from}): it needs multi-memory, which Node 20 cannot run; merge with memories=combine to put them in one`,
    );
  }
  return result;
}

/**
 * Where one input imports another's memory, both place data in it: their
 * active segments at constant offsets must not overlap across inputs nor
 * lie past the memory's initial size.
 */
function checkSharedMemoryData(result: Module, inputs: readonly MergeInput[], fail: (r: string) => never): void {
  const from = new Map<Data, string>();
  for (const input of inputs) for (const d of input.module.datas) from.set(d, input.name);
  const placed = new Map<Memory, { data: Data; range: Range }[]>();
  for (const data of result.datas) {
    const range = constRange(data);
    if (range === undefined || data.mode.kind !== "active" || data.mode.memory.entity !== "memory") continue;
    const memory = data.mode.memory as Memory;
    const list = placed.get(memory) ?? [];
    placed.set(memory, list);
    list.push({ data, range });
  }
  const describe = (x: { data: Data; range: Range }) => `a data segment of "${from.get(x.data)}" at [${hex(x.range.start)}, ${hex(x.range.end)})`;
  for (const [memory, list] of placed) {
    if (new Set(list.map((x) => from.get(x.data))).size < 2) continue;
    const size = memory.limits.min * 65536n;
    const sorted = list.filter((x) => x.range.end > x.range.start).sort((a, b) => (a.range.start < b.range.start ? -1 : a.range.start > b.range.start ? 1 : 0));
    let reach: { data: Data; range: Range } | undefined;
    for (const x of sorted) {
      if (x.range.end > size) fail(`${describe(x)} is beyond the shared memory's initial ${pagesText(memory.limits.min)}`);
      if (reach !== undefined && x.range.start < reach.range.end && from.get(reach.data) !== from.get(x.data)) {
        fail(`${describe(x)} overlaps ${describe(reach)} in the memory they share`);
      }
      if (reach === undefined || x.range.end > reach.range.end) reach = x;
    }
  }
}

/**
 * An input that nothing imports from and that no chosen export comes from
 * only adds dead code: an error, or a warning when its start function runs.
 */
function checkUseful(
  inputs: readonly MergeInput[],
  linked: ReadonlySet<MergeInput>,
  chosen: readonly string[] | undefined,
  warn: (message: string) => void,
  fail: (r: string) => never,
): void {
  const exportedFrom = new Set((chosen ?? []).map((item) => importName(item.split("=")[0])?.module));
  for (const input of inputs.slice(1)) {
    if (linked.has(input) || exportedFrom.has(input.name)) continue;
    const why = `nothing imports from "${input.name}" (no input imports module "${input.name}") and no export= names one of its exports`;
    if (input.module.start !== undefined) warn(`${why}: only its start function is of use`);
    else fail(`${why}: merging it would only add dead code`);
  }
}

/** Each import another input satisfies, mapped to the entity it ends up naming (through re-exports). */
function linkImports(
  inputs: readonly MergeInput[],
  byName: Map<string, MergeInput>,
  fail: (r: string) => never,
  linked: Set<MergeInput>,
): Map<Importable, Importable> {
  const exported = (imp: Importable): Importable | undefined => {
    const from = byName.get(imp.import!.module);
    if (from === undefined) return undefined;
    linked.add(from);
    const exp = from.module.exports.find((e) => e.name === imp.import!.name);
    if (exp === undefined) return fail(`"${imp.import!.module}" has no export "${imp.import!.name}"`);
    if (exp.kind !== imp.entity) fail(`${imp.import!.module}.${imp.import!.name} is a ${exp.kind}, imported as a ${imp.entity}`);
    if (exp.target.entity === "dangling") fail(`${imp.import!.module}.${imp.import!.name} exports an entity that does not exist`);
    return exp.target as Importable;
  };
  const substitute = new Map<Importable, Importable>();
  for (const input of inputs) {
    for (const imp of input.module.imports) {
      let target = exported(imp);
      if (target === undefined) continue;
      const seen = new Set<Importable>([imp]);
      while (target.import !== undefined) {
        if (seen.has(target)) fail(`${imp.import!.module}.${imp.import!.name} is imported in a cycle`);
        seen.add(target);
        const next = exported(target);
        if (next === undefined) break;
        target = next;
      }
      checkMatch(imp, target, fail);
      substitute.set(imp, target);
    }
  }
  // Imports from outside that several inputs share become one.
  const outside = new Map<string, Importable>();
  for (const input of inputs) {
    for (const imp of input.module.imports) {
      if (substitute.has(imp)) continue;
      const key = `${imp.entity} ${JSON.stringify([imp.import!.module, imp.import!.name])}`;
      const first = outside.get(key);
      if (first === undefined) outside.set(key, imp);
      else if (sameImport(first, imp)) substitute.set(imp, first);
    }
  }
  return substitute;
}

function sameImport(a: Importable, b: Importable): boolean {
  try {
    checkMatch(a, b, () => {
      throw new Error("differs");
    });
  } catch {
    return false;
  }
  return a.entity !== "memory" && a.entity !== "table" ? true : (a as Memory | Table).limits.min === (b as Memory | Table).limits.min;
}

function checkMatch(imp: Importable, target: Importable, fail: (r: string) => never): void {
  const what = `${imp.import!.module}.${imp.import!.name}`;
  switch (imp.entity) {
    case "func":
    case "tag": {
      const a = imp.type;
      const b = (target as Func | Tag).type;
      if (a.entity !== "type" || b.entity !== "type" || a.comp.kind !== "func" || b.comp.kind !== "func") return fail(`${what}: no function type`);
      if (!sameTypes(a.comp.params, b.comp.params) || !sameTypes(a.comp.results, b.comp.results)) {
        fail(`${what} is imported as ${imp.entity} ${formatSignature(a.comp)} but exported as ${imp.entity} ${formatSignature(b.comp)}`);
      }
      return;
    }
    case "global": {
      const g = target as Global;
      if (imp.mutable !== g.mutable || !sameValType(imp.type as ValType, g.type)) {
        fail(`${what} is imported as global ${globalText(imp)} but exported as global ${globalText(g)}`);
      }
      return;
    }
    case "memory":
    case "table": {
      const limits = (target as Memory | Table).limits;
      if (limits.min < imp.limits.min || limits.addressType !== imp.limits.addressType) {
        fail(`${what} is imported as ${imp.entity} ${limitsText(imp.limits)} but exported as ${imp.entity} ${limitsText(limits)}`);
      }
      return;
    }
  }
}

function globalText(g: Global): string {
  const t = formatSignature({ params: [g.type], results: [] }).replace(/^\(param (.*)\)$/, "$1");
  return g.mutable ? `(mut ${t})` : t;
}

function limitsText(l: Memory["limits"]): string {
  return `${l.addressType === "i64" ? "i64 " : ""}${l.min}${l.max !== undefined ? ` ${l.max}` : ""}`;
}

/** Inputs that others import from come first, so their entities and start functions come first. */
function order(inputs: readonly MergeInput[], byName: Map<string, MergeInput>): MergeInput[] {
  const out: MergeInput[] = [];
  const state = new Map<MergeInput, "visiting" | "done">();
  const visit = (input: MergeInput): void => {
    if (state.has(input)) return;
    state.set(input, "visiting");
    for (const imp of input.module.imports) {
      const dep = byName.get(imp.import!.module);
      if (dep !== undefined && dep !== input) visit(dep);
    }
    state.set(input, "done");
    out.push(input);
  };
  for (const input of inputs) visit(input);
  return out;
}

/** One start function: the only one, or a new one calling each module's in order. */
function startOf(result: Module, inputs: readonly MergeInput[]): Func | undefined {
  const starts = inputs.map((i) => i.module.start).filter((s): s is Func => s !== undefined && s.entity === "func");
  if (starts.length <= 1) return starts[0];
  return addFunc(result, { name: "merged.start", body: () => starts.map((func) => ({ op: op("call"), func })) });
}

function chooseExports(
  inputs: readonly MergeInput[],
  byName: Map<string, MergeInput>,
  chosen: readonly string[] | undefined,
  fail: (r: string) => never,
): Export[] {
  const exports: Export[] = [];
  const add = (name: string, kind: ExportKind, target: Export["target"]): void => {
    if (exports.some((e) => e.name === name)) fail(`two exports would be named "${name}"`);
    exports.push({ name, kind, target });
  };
  if (chosen === undefined) {
    for (const e of inputs[0].module.exports) add(e.name, e.kind, e.target);
    return exports;
  }
  for (const item of chosen) {
    const eq = item.indexOf("=");
    const ref = importName(eq === -1 ? item : item.slice(0, eq));
    if (ref === undefined) return fail(`expected MODULE.EXPORT[=AS], found "${item}"`);
    const input = byName.get(ref.module) ?? fail(`no input named "${ref.module}"`);
    const exp = input.module.exports.find((e) => e.name === ref.name) ?? fail(`"${ref.module}" has no export "${ref.name}"`);
    add(eq === -1 ? ref.name : item.slice(eq + 1), exp.kind, exp.target);
  }
  return exports;
}

/**
 * A segment written for "the" table or memory (binary flag 0) keeps that
 * form only while its table or memory is still the first of the result.
 */
function keepSegmentsOnTheirTables(result: Module): void {
  const [firstTable] = indexSpaces(result).tables;
  const [firstMemory] = indexSpaces(result).memories;
  for (const e of result.elems) if (e.mode.kind === "active" && e.mode.table !== firstTable) e.implicitTable = false;
  for (const d of result.datas) if (d.mode.kind === "active" && d.mode.memory !== firstMemory) d.implicitMemory = false;
}

/** Names must be unique per kind for the text format: a later module's clashing name gets its module's name. */
function renameClashes(inputs: readonly MergeInput[], kept: Set<Target>): void {
  const taken = new Map<string, Set<string>>();
  for (const input of inputs) {
    const m = input.module;
    for (const e of entitiesOf(m)) {
      if (e.name === undefined || !kept.has(e)) continue;
      const names = taken.get(e.entity) ?? new Set<string>();
      taken.set(e.entity, names);
      let name = e.name;
      for (let n = 2; names.has(name); n++) name = `${input.name}.${e.name}${n === 2 ? "" : `.${n}`}`;
      e.name = name;
      names.add(name);
    }
  }
}

/** `NAME=FILE` inputs, `self=NAME` (the module being rewritten, "main" by default), `export=MODULE.EXPORT[=AS]`. */
export function mergeFromArg(module: Module, arg: string | undefined, host: PassHost): Module {
  let self = "main";
  let memories: MergeOptions["memories"];
  const others: MergeInput[] = [];
  const exports: string[] = [];
  for (const item of listArg(arg)) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new PassError("merge", `expected NAME=FILE, self=NAME or export=MODULE.EXPORT[=AS], found "${item}"`);
    const key = item.slice(0, eq);
    const value = item.slice(eq + 1);
    if (key === "self") self = value;
    else if (key === "memories") {
      if (value !== "keep" && value !== "combine") throw new PassError("merge", `memories= takes keep or combine, found "${value}"`);
      memories = value;
    } else if (key === "export") exports.push(value);
    else others.push({ name: key, module: loadModule(host, value) });
  }
  if (others.length === 0) throw new PassError("merge", "needs at least one NAME=FILE to merge with");
  return merge([{ name: self, module }, ...others], { ...(exports.length > 0 ? { exports } : {}), memories, warn: host.warn });
}

/** A module file to merge, binary or text; its errors name it (and a text's, the line and column in it). */
function loadModule(host: PassHost, file: string): Module {
  const bytes = readBytes(host, file, "merge");
  if (bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d) {
    try {
      return decode(bytes);
    } catch (error) {
      if (error instanceof WasmDecodeError) throw new PassError("merge", `${file}: ${error.message}`);
      throw error;
    }
  }
  const text = readText(host, file, "merge");
  try {
    return watToModule(text);
  } catch (error) {
    if (error instanceof WatError) throw new SnippetError(file, text, error.reason, error.offset);
    throw error;
  }
}

export const mergePass: Pass = {
  name: "merge",
  summary: "wind several modules into one, linking imports to exports directly",
  usage: "merge=NAME=FILE,...[,self=NAME][,export=MODULE.EXPORT[=AS],...][,memories=keep|combine]",
  details:
    'Each NAME=FILE is another module, named as the others import it (import "NAME" "x").\n' +
    "The module being rewritten is named by self= (default main). Imports one input exports become\n" +
    "direct references (calls, globals, tables, memories; types must match); the rest stay imports.\n" +
    "An input nothing imports from and no export= names is refused (it would only add dead code).\n" +
    "memories=keep (the default): every module keeps its own memory; two memories need a multi-memory\n" +
    "engine (not Node 20), and a warning says so. memories=combine: one memory holding each module's at\n" +
    "its own base (loads, stores, memory.* and data move by it); all memories but one must have a fixed\n" +
    "size (code may grow only one, which goes last), only the memory at base 0 may be exported, and an\n" +
    "access past one module's memory reaches the next instead of trapping. Clashing names get\n" +
    "the module's name as a prefix; several start functions run in dependency order from a new one.\n" +
    "The result exports what export= lists, by default what the rewritten module exported.",
  example: "watkit rewrite app.wasm --pass merge=lib=lib.wasm,export=main.run,export=lib.version -o one.wasm",
  run(module, arg, host) {
    return mergeFromArg(module, arg, host);
  },
};
