/**
 * `link`: wasm32 object files and archives in, one WebAssembly module out,
 * as wasm-ld links clang's non-PIC output: resolve the symbols, keep what the
 * roots reach, lay out memory, build the indirect function table, apply the
 * relocations, add what the linker itself defines, and encode. The result is
 * validated before it is returned.
 */
import { encode } from "../binary/encode.js";
import type { BinaryLayout } from "../binary/exact.js";
import { linkCustomSections, type CustomValues } from "./custom-sections.js";
import { toolSections } from "./tool-sections.js";
import { instrByName } from "../isa/instructions.js";
import { emptyModule } from "../module/empty.js";
import type { Data, Elem, Func, FuncType, Global, Memory, Module, Table, TypeDef, TypeRef } from "../module/model.js";
import { SYM } from "../module/object-model.js";
import { validate } from "../validate/validate.js";
import { addressIn, layoutMemory, segmentBytes, type MemoryLayout } from "./data-layout.js";
import { readInput, symbolName } from "./inputs.js";
import { LinkError } from "./link-error.js";
import { DEFAULTS, type LinkInput, type LinkOptions, type LinkResult } from "./link-options.js";
import { CALL_CTORS, definitionOf, markLive, signatureMismatch, type Liveness } from "./live.js";
import { relocateCode, relocateData, type SymbolValues } from "./relocate.js";
import { SymbolTable, type SymbolRef } from "./symbol-table.js";
import { callCtors, commandWrapper, FuncTypes, i32Const, i32Global, trapStub } from "./synthetic.js";

const STACK_POINTER = "__stack_pointer";
const CALL_DTORS = "__wasm_call_dtors";
const TABLE = "__indirect_function_table";
/** Data symbols the linker defines when something references them, and their values. */
const DATA_SYMBOLS: Record<string, (layout: MemoryLayout, globalBase: number) => number> = {
  __data_end: (l) => l.dataEnd,
  __heap_base: (l) => l.heapBase,
  __global_base: (_, base) => base,
  __dso_handle: (_, base) => base,
};

export function link(inputs: LinkInput[], options: LinkOptions = {}): LinkResult {
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    options.warn?.(message);
  };
  const table = new SymbolTable();
  for (const input of inputs) table.add(readInput(input));
  const entry = options.noEntry === true ? false : (options.entry ?? DEFAULTS.entry);
  const exports = options.exports ?? [];
  // The entry and the exports load the archive members that define them, as
  // do libc's destructors (run after the entry when libc defines them).
  for (const name of [...(entry === false ? [] : [entry]), ...exports, CALL_DTORS]) table.require(name);
  const dtors = table.names.get(CALL_DTORS)?.definition === undefined ? [] : [CALL_DTORS];
  const roots = [...(entry === false ? [] : [entry]), ...exports, ...dtors];
  const live = markLive(table, roots, options.gcSections ?? DEFAULTS.gcSections);
  const linker = new Linker(table, live, options, warn);
  const module = linker.build(entry, exports);
  // Custom sections follow the code: where the bodies went in a first encoding is where they stay.
  const layout: BinaryLayout = { sections: {}, bodies: [], customs: new Map() };
  let bytes = encode(module, { layout });
  module.customs = [...linkCustomSections(table.files, linker, layout, module.funcs), ...toolSections(table.files)];
  if (module.customs.length > 0) bytes = encode(module);
  const result = validate(bytes);
  if (!result.valid) throw new Error(`link: the linked module is invalid: ${result.errors[0].message}`);
  return { bytes, warnings };
}

class Linker implements SymbolValues, CustomValues {
  private readonly out: Module = emptyModule();
  private readonly types = new FuncTypes();
  private readonly memory: Memory = { entity: "memory", name: "memory", limits: { addressType: "i32", min: 0n, shared: false }, index: 0 };
  private readonly stackPointer = i32Global(STACK_POINTER, 0, true);
  private indirect: Table | undefined;
  private readonly slots = new Map<Func, number>();
  private readonly imports = new Map<string, Func | Global>();
  private readonly stubs = new Map<string, Func>();
  private ctors: Func | undefined;
  private layout!: MemoryLayout;
  private readonly globalBase: number;

  constructor(
    private readonly symbols: SymbolTable,
    private readonly live: Liveness,
    private readonly options: LinkOptions,
    private readonly warn: (message: string) => void,
  ) {
    this.globalBase = options.globalBase ?? DEFAULTS.globalBase;
  }

  build(entry: string | false, exports: string[]): Module {
    const out = this.out;
    this.checkUndefined(entry === false ? exports : [entry, ...exports]);
    const kept = <T>(list: T[]) => list.filter((x) => this.live.live.has(x));
    const datas = this.symbols.files.flatMap((f) => kept(f.module.datas));
    this.layout = layoutMemory(datas, this.globalBase, this.options.stackSize ?? DEFAULTS.stackSize);
    if (this.live.undefined.has(CALL_CTORS) || this.live.initFuncs.length > 0) this.ctors = callCtors(this.types, []);
    const funcs = this.symbols.files.flatMap((file) => kept(file.module.funcs).map((func) => ({ file, func })));
    const globals = this.symbols.files.flatMap((file) => kept(file.module.globals).map((global) => ({ file, global })));
    if (this.needsTable()) this.indirect = { entity: "table", name: TABLE, limits: { addressType: "i32", min: 0n, shared: false }, elemType: { nullable: true, heap: "func" }, index: 0 };
    // File by file, code before data, as lld scans relocations: the order table slots are given in.
    for (const file of this.symbols.files) {
      for (const func of kept(file.module.funcs)) relocateCode(file, func.body, this, this.memory, this.indirect, true);
      for (const data of kept(file.module.datas)) relocateData(file, data, this, (offset) => addressIn(this.layout.placements.get(data)!, offset));
      for (const global of kept(file.module.globals)) relocateCode(file, global.init ?? [], this, this.memory, this.indirect, false);
    }
    if (this.ctors !== undefined) {
      this.ctors.body = callCtors(this.types, this.live.initFuncs.map(({ file, init }) => ({ priority: init.priority, func: this.func({ file, symbol: init.symbol }) }))).body;
    }
    this.memory.limits = { ...this.memory.limits, min: BigInt(this.layout.pages) };
    this.stackPointer.init = [i32Const(this.layout.stackTop)];
    this.nameDefinitions();
    out.imports = [...this.imports.values()];
    out.funcs = [...(this.ctors === undefined ? [] : [this.ctors]), ...funcs.map((f) => f.func), ...this.stubs.values()];
    out.memories = [this.memory];
    out.globals = [this.stackPointer, ...globals.map((g) => g.global)];
    out.datas = this.dataSegments();
    for (const f of [...out.imports, ...out.funcs]) if (f.entity === "func") f.type = this.types.of(f.type);
    for (const f of out.funcs) f.exact = undefined;
    if (this.indirect !== undefined) this.finishTable();
    out.types = this.types.defs.map((t) => ({ types: [t], explicit: false }));
    this.addExports(entry, exports);
    return out;
  }

  /** Undefined names the output reaches: linker-defined, imports, weak (nothing), or errors naming the referencing file. */
  private checkUndefined(roots: string[]): void {
    for (const name of roots) {
      if (this.symbols.names.get(name)?.definition !== undefined || name in DATA_SYMBOLS) continue;
      const isEntry = name === roots[0] && this.options.noEntry !== true;
      throw new LinkError(isEntry ? "--entry" : "--export", `${isEntry ? "entry symbol not defined (pass --no-entry to suppress)" : "symbol exported via --export not found"}: ${name}`);
    }
    for (const [name, ref] of this.live.undefined) {
      if (name === STACK_POINTER || name === CALL_CTORS || name === TABLE || name in DATA_SYMBOLS) continue;
      const symbol = ref.symbol;
      if (symbol.kind === "func" || symbol.kind === "global") {
        const explicit = (symbol.flags & SYM.EXPLICIT_NAME) !== 0 && symbol.kind === "func";
        if ((explicit || this.options.allowUndefined) && symbol.target.entity !== "dangling" && symbol.target.import !== undefined) {
          symbol.target.name = name;
          this.imports.set(name, symbol.target);
          continue;
        }
      }
      if (this.symbols.names.get(name)?.strongReference !== true) continue;
      throw new LinkError(ref.file.name, `undefined symbol: ${name}`);
    }
  }

  private needsTable(): boolean {
    return this.options.exportTable === true || this.symbols.files.some((f) => f.module.imports.some((i) => i.entity === "table"));
  }

  func(ref: SymbolRef): Func {
    const found = this.symbols.resolve(ref);
    const name = symbolName(ref.symbol) ?? "";
    if (!this.symbols.definesHere(found)) {
      if (name === CALL_CTORS && this.ctors !== undefined) return this.ctors;
      const imported = this.imports.get(name);
      if (imported?.entity === "func") return imported;
      return this.stub(`undefined_weak:${name}`, ref);
    }
    const def = found.symbol.target as Func;
    const wanted = ref.symbol.target as Func;
    if (signatureMismatch(ref, found)) {
      const stub = `signature_mismatch:${name}`;
      if (!this.stubs.has(stub)) this.warn(`function signature mismatch: ${name}\n>>> defined as ${signature(this.types.of(wanted.type))} in ${ref.file.name}\n>>> defined as ${signature(this.types.of(def.type))} in ${found.file.name}`);
      return this.stub(stub, ref);
    }
    return def;
  }

  private stub(name: string, ref: SymbolRef): Func {
    let stub = this.stubs.get(name);
    if (stub === undefined) this.stubs.set(name, (stub = trapStub(name, this.types.of((ref.symbol.target as Func).type))));
    return stub;
  }

  global(ref: SymbolRef): Global {
    const found = this.symbols.resolve(ref);
    if (this.symbols.definesHere(found)) return found.symbol.target as Global;
    const name = symbolName(ref.symbol)!;
    if (name === STACK_POINTER) return this.stackPointer;
    const imported = this.imports.get(name);
    if (imported?.entity === "global") return imported;
    throw new LinkError(ref.file.name, `undefined global: ${name}`);
  }

  table(ref: SymbolRef): Table {
    if (this.indirect === undefined) throw new LinkError(ref.file.name, `table ${symbolName(ref.symbol)}: only the indirect function table is linked`);
    return this.indirect;
  }

  address(ref: SymbolRef): number {
    const found = this.symbols.resolve(ref);
    const symbol = found.symbol;
    if (symbol.kind !== "data") throw new LinkError(ref.file.name, `${symbolName(symbol)} is not a data symbol`);
    if (!this.symbols.definesHere(found) || symbol.target === undefined) {
      const value = DATA_SYMBOLS[symbol.name];
      return value === undefined ? 0 : value(this.layout, this.globalBase);
    }
    if ((symbol.flags & SYM.ABSOLUTE) !== 0) return symbol.target.offset;
    return addressIn(this.layout.placements.get(symbol.target.data as Data)!, symbol.target.offset);
  }

  kept(ref: SymbolRef): boolean {
    const found = this.symbols.resolve(ref);
    if (this.symbols.definesHere(found)) {
      const def = definitionOf(found.symbol);
      return def !== undefined && this.live.live.has(def);
    }
    const name = symbolName(found.symbol) ?? "";
    return this.imports.has(name) || name === STACK_POINTER || (found.symbol.kind === "data" && name in DATA_SYMBOLS);
  }

  globalIndex(ref: SymbolRef): number {
    return this.global(ref).index;
  }

  type(type: TypeRef): TypeDef {
    return this.types.of(type);
  }

  slot(ref: SymbolRef): number {
    const found = this.symbols.resolve(ref);
    if (!this.symbols.definesHere(found) && !this.imports.has(symbolName(ref.symbol) ?? "")) return 0;
    const func = this.func(ref);
    let slot = this.slots.get(func);
    if (slot === undefined) this.slots.set(func, (slot = this.slots.size + 1));
    return slot;
  }

  /** Functions and globals are known by their symbols' names (objects have no name section); the first defined symbol names its entity. */
  private nameDefinitions(): void {
    for (const file of this.symbols.files) {
      for (const s of [...file.module.linking!.symbols].reverse()) {
        if ((s.kind === "func" || s.kind === "global") && s.name !== undefined && s.target.entity !== "dangling" && s.target.import === undefined) s.target.name = s.name;
      }
    }
  }

  private dataSegments(): Data[] {
    return this.layout.segments
      .filter((s) => !s.name.startsWith(".bss"))
      .map((s) => ({
        entity: "data" as const,
        name: s.name,
        mode: { kind: "active" as const, memory: this.memory, offset: [i32Const(s.address)] },
        bytes: segmentBytes(s),
        implicitMemory: true,
        index: 0,
      }));
  }

  private finishTable(): void {
    const table = this.indirect!;
    const size = BigInt(this.slots.size + 1);
    table.limits = { ...table.limits, min: size, ...(this.options.growableTable ? {} : { max: size }) };
    this.out.tables = [table];
    if (this.slots.size === 0) return;
    const elem: Elem = {
      entity: "elem",
      mode: { kind: "active", table, offset: [i32Const(1)] },
      type: { nullable: true, heap: "func" },
      items: [...this.slots.keys()].map((f) => [{ op: instrByName("ref.func")!, func: f }]),
      funcIndices: true,
      implicitTable: true,
      index: 0,
    };
    this.out.elems = [elem];
  }

  /**
   * A command whose code never calls `__wasm_call_ctors` gets it called for
   * it, as lld does: each exported function is wrapped (`NAME.command_export`)
   * to run the constructors, itself, then libc's `__wasm_call_dtors`.
   */
  private commandExport(name: string, func: Func, explicit: string[]): Func {
    const dtors = this.symbols.names.get(CALL_DTORS)?.definition;
    if (this.ctors === undefined || this.live.undefined.has(CALL_CTORS) || explicit.includes(CALL_CTORS)) return func;
    if (this.live.initFuncs.length === 0 && dtors === undefined) return func;
    const wrapper = commandWrapper(`${name}.command_export`, func, this.ctors, dtors === undefined ? undefined : this.func(dtors));
    this.out.funcs.push(wrapper);
    return wrapper;
  }

  /** A data symbol is exported as an immutable global holding its address, as lld does. */
  private exportAddress(name: string, address: number): void {
    const global = i32Global(name, address, false);
    this.out.globals.push(global);
    this.out.exports.push({ name, kind: "global", target: global });
  }

  private addExports(entry: string | false, names: string[]): void {
    const out = this.out;
    out.exports.push({ name: "memory", kind: "memory", target: this.memory });
    if (this.options.exportTable && this.indirect !== undefined) out.exports.push({ name: TABLE, kind: "table", target: this.indirect });
    const exported = new Set<string>();
    const add = (symbol: string, name = symbol) => {
      if (exported.has(name)) return;
      exported.add(name);
      const entry = this.symbols.names.get(symbol);
      const ref = entry?.definition ?? entry?.reference;
      if (ref === undefined && symbol in DATA_SYMBOLS) return this.exportAddress(name, DATA_SYMBOLS[symbol](this.layout, this.globalBase));
      if (ref === undefined) throw new LinkError("--export", `symbol exported via --export not found: ${symbol}`);
      if (ref.symbol.kind === "func") out.exports.push({ name, kind: "func", target: this.commandExport(name, this.func(ref), names) });
      else if (ref.symbol.kind === "global") out.exports.push({ name, kind: "global", target: this.global(ref) });
      else if (ref.symbol.kind === "data") this.exportAddress(name, this.address(ref));
    };
    if (entry !== false) add(entry);
    for (const file of this.symbols.files) {
      for (const s of file.module.linking!.symbols) {
        if ((s.flags & SYM.EXPORTED) === 0 || !this.symbols.definesHere({ file, symbol: s })) continue;
        // export_name("x") puts the name in the object's export section.
        add(symbolName(s)!, file.module.exports.find((e) => s.kind !== "data" && s.kind !== "section" && e.target === s.target)?.name);
      }
    }
    for (const name of names) add(name);
  }
}

function signature(t: TypeDef): string {
  const comp = t.comp as FuncType;
  const list = (ts: unknown[]) => ts.map((x) => (typeof x === "string" ? x : "ref")).join(", ");
  return `(${list(comp.params)}) -> ${comp.results.length === 0 ? "void" : list(comp.results)}`;
}
