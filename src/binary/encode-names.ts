/**
 * The "name" custom section: names of the module's entities, in the
 * subsection order of the extended name section (module 0, function 1,
 * local 2, label 3, type 4, table 5, memory 6, global 7, elem 8, data 9,
 * field 10, tag 11). Subsections with no names are left out, and so is the
 * whole section when nothing has a name.
 *
 * What is named follows wasm-tools, whose output is the reference:
 * - local names only for defined functions (parameters, then locals);
 * - label names are indexed by the position of the structured instruction
 *   (block, loop, if, try, try_table) in the function, in text order,
 *   counting unnamed ones; `encode-code.ts` collects them;
 * - field names only for struct types outside an explicit `(rec ...)`.
 *
 * Indices must already be assigned.
 */
import type { Module } from "../module/model.js";
import type { NameList } from "./encode-code.js";
import type { ByteWriter } from "./writer.js";

interface Named {
  name?: string;
  index: number;
}

type Imported = Module["imports"][number];

/**
 * Writes subsection `id`, a name map of one index space (its imports of
 * `kind`, then `defined`), when any of them has a name. Written from the
 * model as it is: a module is encoded once, and most have few names.
 */
function writeSpaceNames(w: ByteWriter, id: number, imports: readonly Imported[], kind: Imported["entity"] | null, defined: readonly Named[]): void {
  // Indexed loops: most modules are small, and run this in cold code, where a `for...of` costs an iterator and a call per item.
  let count = 0;
  if (kind !== null) for (let i = 0; i < imports.length; i++) if (imports[i].entity === kind && imports[i].name !== undefined) count++;
  count += countNamed(defined);
  if (count === 0) return;
  w.byte(id);
  const mark = w.beginSized();
  w.u32(count);
  if (kind !== null) for (let i = 0; i < imports.length; i++) if (imports[i].entity === kind) writeName(w, imports[i]);
  for (let i = 0; i < defined.length; i++) writeName(w, defined[i]);
  w.endSized(mark);
}

function writeName(w: ByteWriter, item: Named): void {
  if (item.name === undefined) return;
  w.u32(item.index);
  w.name(item.name);
}

function writeNameMap(w: ByteWriter, list: NameList): void {
  w.u32(list.length);
  for (const [index, name] of list) {
    w.u32(index);
    w.name(name);
  }
}

function countNamed(items: readonly Named[]): number {
  let count = 0;
  for (let i = 0; i < items.length; i++) if (items[i].name !== undefined) count++;
  return count;
}

/** Local names: for each defined function with any, its parameters' and locals' names. */
function writeLocalNames(w: ByteWriter, module: Module): void {
  const defined = module.funcs;
  let funcs = 0;
  for (let i = 0; i < defined.length; i++) if (countNamed(defined[i].params) + countNamed(defined[i].locals) > 0) funcs++;
  if (funcs === 0) return;
  w.byte(2);
  const mark = w.beginSized();
  w.u32(funcs);
  for (const f of defined) {
    const count = countNamed(f.params) + countNamed(f.locals);
    if (count === 0) continue;
    w.u32(f.index);
    w.u32(count);
    for (const p of f.params) writeName(w, p);
    for (const l of f.locals) writeName(w, l);
  }
  w.endSized(mark);
}

/** Field names of the struct types outside an explicit `(rec ...)`. */
function writeFieldNames(w: ByteWriter, module: Module): void {
  const fields: Array<[number, NameList]> = [];
  const groups = module.types;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (group.explicit) continue;
    for (const t of group.types) {
      if (t.comp.kind !== "struct") continue;
      const list: NameList = [];
      const fs = t.comp.fields;
      for (let k = 0; k < fs.length; k++) {
        const name = fs[k].name;
        if (name !== undefined) list.push([k, name]);
      }
      if (list.length > 0) fields.push([t.index, list]);
    }
  }
  writeIndirectMap(w, 10, fields);
}

/** Type names: types are numbered across recursion groups. */
function writeTypeNames(w: ByteWriter, module: Module): void {
  let count = 0;
  for (let g = 0; g < module.types.length; g++) count += countNamed(module.types[g].types);
  if (count === 0) return;
  w.byte(4);
  const mark = w.beginSized();
  w.u32(count);
  for (const group of module.types) for (const t of group.types) writeName(w, t);
  w.endSized(mark);
}

/** Subsection `id` as an indirect name map (labels, fields), when it has entries. */
function writeIndirectMap(w: ByteWriter, id: number, list: Array<[number, NameList]>): void {
  if (list.length === 0) return;
  w.byte(id);
  const mark = w.beginSized();
  w.u32(list.length);
  for (const [index, names] of list) {
    w.u32(index);
    writeNameMap(w, names);
  }
  w.endSized(mark);
}

/** Writes the name section, if any entity has a name. `labels` comes from the code encoder. */
export function writeNameSection(w: ByteWriter, module: Module, labels: Array<[number, NameList]>): void {
  const imports = module.imports;
  const start = w.length;
  w.byte(0);
  const section = w.beginSized();
  w.name("name");
  const empty = w.length;
  if (module.name !== undefined) {
    w.byte(0);
    const mark = w.beginSized();
    w.name(module.name);
    w.endSized(mark);
  }
  writeSpaceNames(w, 1, imports, "func", module.funcs);
  writeLocalNames(w, module);
  writeIndirectMap(w, 3, labels);
  writeTypeNames(w, module);
  writeSpaceNames(w, 5, imports, "table", module.tables);
  writeSpaceNames(w, 6, imports, "memory", module.memories);
  writeSpaceNames(w, 7, imports, "global", module.globals);
  writeSpaceNames(w, 8, imports, null, module.elems);
  writeSpaceNames(w, 9, imports, null, module.datas);
  writeFieldNames(w, module);
  writeSpaceNames(w, 11, imports, "tag", module.tags);
  // Nothing has a name: no section at all.
  if (w.length === empty) w.truncate(start);
  else w.endSized(section);
}
