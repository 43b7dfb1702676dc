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
  // Indexed loops, not `for...of` or flatMap: small modules are indexed by the thousand, mostly in unoptimised code, where iterator steps and calls cost more than the copying.
  const imports = module.imports;
  for (let i = 0; i < imports.length; i++) (imported[IMPORT_SPACE[imports[i].entity]] as (typeof imports)[number][]).push(imports[i]);
  const types: TypeDef[] = [];
  const groups = module.types;
  for (let g = 0; g < groups.length; g++) {
    const members = groups[g].types;
    for (let k = 0; k < members.length; k++) types.push(members[k]);
  }
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
