/**
 * The module's index spaces in index order: for functions, tables,
 * memories, globals and tags the imports of that kind first, then the
 * module's own; types in recursion-group order; segments as listed. The
 * lists are the caller's: changing the module later leaves them as they were.
 */
import { objectList } from "./empty.js";
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

/** The spaces that imports begin. */
export type ImportedSpaces = Pick<IndexSpaces, (typeof IMPORT_SPACE)[keyof typeof IMPORT_SPACE]>;

/** The spaces of a module without imports: never written to. */
const NO_IMPORTS: Readonly<ImportedSpaces> = { funcs: [], tables: [], memories: [], globals: [], tags: [] };

/** The imports of each kind in order: the start of each space, which the module's own definitions follow. The lists are not to be changed. */
export function importedSpaces(module: Module): Readonly<ImportedSpaces> {
  const imports = module.imports;
  if (imports.length === 0) return NO_IMPORTS;
  const imported: ImportedSpaces = { funcs: [], tables: [], memories: [], globals: [], tags: [] };
  // Indexed loops, not `for...of` or flatMap: small modules are indexed by the thousand, mostly in unoptimised code, where iterator steps and calls cost more than the copying.
  for (let i = 0; i < imports.length; i++) (imported[IMPORT_SPACE[imports[i].entity]] as (typeof imports)[number][]).push(imports[i]);
  return imported;
}

/** The type space in index order: the recursion groups' members. */
export function typeList(module: Module): TypeDef[] {
  const groups = module.types;
  let count = 0;
  for (let g = 0; g < groups.length; g++) count += groups[g].types.length;
  // Made at its length: grown by `push`, a small module's list kept room for 17.
  const types = objectList<TypeDef>(count);
  let at = 0;
  for (let g = 0; g < groups.length; g++) {
    const members = groups[g].types;
    for (let k = 0; k < members.length; k++) types[at++] = members[k];
  }
  return types;
}

export function indexSpaces(module: Module): IndexSpaces {
  const imported = importedSpaces(module);
  // concat, not push(...): a spread argument list overflows the stack on a module of a few hundred thousand functions.
  return {
    types: typeList(module),
    funcs: imported.funcs.concat(module.funcs),
    tables: imported.tables.concat(module.tables),
    memories: imported.memories.concat(module.memories),
    globals: imported.globals.concat(module.globals),
    tags: imported.tags.concat(module.tags),
    elems: module.elems.slice(),
    datas: module.datas.slice(),
  };
}
