/**
 * The entries of the import section (compact-import-section): consecutive
 * imports that share a group object become one entry, as long as they still
 * fit it — the same module name and, for form "type", the same description.
 * An import that no longer fits (after a rewrite renamed or retyped it)
 * starts a new entry, so edits never produce a group the binary cannot say.
 */
import type { Func, Global, ImportGroup, Limits, Memory, Table, Tag } from "./model.js";
import { sameValType } from "./resolve-types.js";

export type Importable = Func | Table | Memory | Global | Tag;

/** One entry of the import section: a plain import, or a group of one or more. */
export type ImportEntry = { kind: "single"; import: Importable } | { kind: "group"; group: ImportGroup; module: string; items: Importable[] };

export function importEntries(imports: readonly Importable[]): ImportEntry[] {
  const entries: ImportEntry[] = [];
  let open: (ImportEntry & { kind: "group" }) | undefined;
  for (const imp of imports) {
    const name = imp.import;
    if (name === undefined) throw new Error(`encode: imported ${imp.entity} has no import name`);
    const group = name.group;
    if (group === undefined) {
      open = undefined;
      entries.push({ kind: "single", import: imp });
      continue;
    }
    if (open !== undefined && open.group === group && open.module === name.module && (group.form === "items" || sameDesc(open.items[0], imp))) {
      open.items.push(imp);
      continue;
    }
    open = { kind: "group", group, module: name.module, items: [imp] };
    entries.push(open);
  }
  return entries;
}

/** Whether two imports have the same description (they encode to the same bytes once indices are assigned). */
function sameDesc(a: Importable, b: Importable): boolean {
  switch (a.entity) {
    case "func":
    case "tag":
      return b.entity === a.entity && b.type.index === a.type.index;
    case "table":
      return b.entity === "table" && sameLimits(a.limits, b.limits) && sameValType(a.elemType, b.elemType);
    case "memory":
      return b.entity === "memory" && sameLimits(a.limits, b.limits);
    case "global":
      return b.entity === "global" && a.mutable === b.mutable && sameValType(a.type, b.type);
  }
}

function sameLimits(a: Limits, b: Limits): boolean {
  return a.addressType === b.addressType && a.min === b.min && a.max === b.max && a.shared === b.shared && a.pageSizeLog2 === b.pageSizeLog2;
}
