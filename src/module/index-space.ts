/**
 * The module's index spaces in index order: for functions, tables,
 * memories, globals and tags the imports of that kind first, then the
 * module's own; types in recursion-group order; segments as listed. The
 * lists are the caller's: changing the module later leaves them as they were.
 */
import type { Data, Elem, Func, Global, Memory, Module, Table, Tag, TypeDef } from "./model.js";

export interface IndexSpaces {
  types: TypeDef[];
  funcs: Func[];
  tables: Table[];
  memories: Memory[];
  globals: Global[];
  tags: Tag[];
  elems: Elem[];
  datas: Data[];
}

/** The space an import of each kind goes to. */
export const IMPORT_SPACE = { func: "funcs", table: "tables", memory: "memories", global: "globals", tag: "tags" } as const;

export function indexSpaces(module: Module): IndexSpaces {
  const imported: Pick<IndexSpaces, (typeof IMPORT_SPACE)[keyof typeof IMPORT_SPACE]> = { funcs: [], tables: [], memories: [], globals: [], tags: [] };
  for (const imp of module.imports) (imported[IMPORT_SPACE[imp.entity]] as (typeof imp)[]).push(imp);
  // A loop, not flatMap: small modules are indexed by the thousand, and flatMap's calls cost more than the copying.
  const types: TypeDef[] = [];
  for (const group of module.types) for (const type of group.types) types.push(type);
  // concat, not push(...): a spread argument list overflows the stack on a module of a few hundred thousand functions.
  return {
    types,
    funcs: imported.funcs.concat(module.funcs),
    tables: imported.tables.concat(module.tables),
    memories: imported.memories.concat(module.memories),
    globals: imported.globals.concat(module.globals),
    tags: imported.tags.concat(module.tags),
    elems: module.elems.slice(),
    datas: module.datas.slice(),
  };
}
