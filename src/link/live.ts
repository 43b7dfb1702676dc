/**
 * Which definitions the output keeps (lld's --gc-sections): those reached
 * from the roots (the entry, the exports, symbols marked EXPORTED or
 * NO_STRIP) through relocations, and the init functions once
 * `__wasm_call_ctors` is reached. Without gc every definition of a loaded
 * file is kept. Also collects the names reached but defined nowhere: they
 * become imports, synthetic symbols or errors.
 */
import type { Data, Func, Global, Instr, TypeRef } from "../module/model.js";
import { SYM, type InitFunc, type LinkingSymbol } from "../module/object-model.js";
import { sameTypes } from "../module/resolve-types.js";
import { forEachInstr } from "../module/code-walk.js";
import { symbolName, type ObjectFile } from "./inputs.js";
import type { SymbolRef, SymbolTable } from "./symbol-table.js";

export const CALL_CTORS = "__wasm_call_ctors";

/** A defined entity of an input that the output can keep. */
export type Definition = Func | Data | Global;

export interface Liveness {
  live: Set<unknown>;
  /** Each name reached without a definition, with the first reference to it. */
  undefined: Map<string, SymbolRef>;
  /** The init functions the output calls, in the order the files gave them (sorting by priority comes later). */
  initFuncs: Array<{ file: ObjectFile; init: InitFunc }>;
}

/** The entity a defined symbol names, if it is one the output keeps. */
export function definitionOf(s: LinkingSymbol): Definition | undefined {
  if (s.kind === "data") return s.target?.data.entity === "data" ? s.target.data : undefined;
  if (s.kind === "func" || s.kind === "global") return s.target.entity === "dangling" ? undefined : s.target;
  return undefined;
}

export function markLive(table: SymbolTable, roots: string[], gcSections: boolean): Liveness {
  const result: Liveness = { live: new Set(), undefined: new Map(), initFuncs: [] };
  const queue: SymbolRef[] = [];
  const liveFiles = new Set<ObjectFile>();
  const reach = (ref: SymbolRef) => {
    const found = table.resolve(ref);
    if (!table.definesHere(found)) {
      const name = symbolName(found.symbol);
      if (name !== undefined && !result.undefined.has(name)) result.undefined.set(name, found);
      return;
    }
    const def = definitionOf(found.symbol);
    if (def === undefined || result.live.has(def) || signatureMismatch(ref, found)) return;
    result.live.add(def);
    for (const target of relocTargets(def)) queue.push({ file: found.file, symbol: target });
    // A file with anything kept keeps its init functions (lld's live files).
    if (liveFiles.has(found.file)) return;
    liveFiles.add(found.file);
    for (const init of found.file.module.linking!.initFuncs) {
      const initRef = { file: found.file, symbol: init.symbol };
      if (!table.definesHere(initRef)) continue;
      result.initFuncs.push({ file: found.file, init });
      queue.push(initRef);
    }
  };
  for (const name of roots) {
    const entry = table.names.get(name);
    const ref = entry?.definition ?? entry?.reference;
    if (ref !== undefined) queue.push(ref);
  }
  for (const file of table.files) {
    for (const symbol of file.module.linking!.symbols) {
      const kept = (symbol.flags & (SYM.EXPORTED | SYM.NO_STRIP)) !== 0 && table.definesHere({ file, symbol });
      if (!gcSections || kept) queue.push({ file, symbol });
    }
  }
  while (queue.length > 0) reach(queue.shift()!);
  const order = new Map(table.files.map((f, i) => [f, i]));
  result.initFuncs.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return result;
}

/** Whether a function reference (an import) has another signature than the definition it resolves to: lld then calls a stub instead. */
export function signatureMismatch(ref: SymbolRef, found: SymbolRef): boolean {
  const [wanted, def] = [ref.symbol, found.symbol];
  if (wanted.kind !== "func" || def.kind !== "func" || wanted.target.entity !== "func" || def.target.entity !== "func") return false;
  if (wanted.target.import === undefined) return false;
  const [a, b] = [wanted.target.type, def.target.type];
  if (a.entity !== "type" || b.entity !== "type" || a.comp.kind !== "func" || b.comp.kind !== "func") return a !== b;
  return !sameTypes(a.comp.params, b.comp.params) || !sameTypes(a.comp.results, b.comp.results);
}

/** Whether a relocation names a symbol (all but R_WASM_TYPE_INDEX_LEB, which names a type). */
export function isSymbol(target: LinkingSymbol | TypeRef): target is LinkingSymbol {
  return !("entity" in target);
}

/** The symbols the relocations of a definition name. */
function relocTargets(def: Definition): LinkingSymbol[] {
  const targets: LinkingSymbol[] = [];
  const add = (relocs: Array<{ target: LinkingSymbol | TypeRef }> | undefined) => {
    for (const r of relocs ?? []) if (isSymbol(r.target)) targets.push(r.target);
  };
  const code = (instrs: Instr[] | undefined) => instrs !== undefined && forEachInstr(instrs, (ins) => add(ins.relocs));
  if (def.entity === "func") code(def.body);
  else if (def.entity === "global") code(def.init);
  else add(def.relocs);
  return targets;
}
